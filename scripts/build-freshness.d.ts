export const OUTPUTS: readonly string[];
export function buildNeeded(root: string): string | null;
