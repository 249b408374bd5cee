export function buildCli(root: string, outdir?: string): Promise<void>;
