export function electronBinary(root: string): string | null;
export function electronDist(root: string): string;
export function fetchElectron(root: string): void;
export function findOrFetchElectron(root: string): string | null;
export function electronVersion(root: string): string;
