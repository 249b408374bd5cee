export const OUTPUTS: readonly string[];
export const CLI_OUTPUTS: readonly string[];
export function buildNeeded(root: string): string | null;
export function cliBuildNeeded(root: string): string | null;
