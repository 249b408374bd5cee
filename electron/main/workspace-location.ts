import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the desktop window's workspace comes from, in order: `--workspace <dir>`, COLLATE_WORKSPACE, the default. */
export interface WorkspaceChoice {
  dir: string;
  /** True for the default folder, which is created on first start; a folder the user named is never created. */
  isDefault: boolean;
}

/** Reads `--workspace <dir>` or `--workspace=<dir>` from a command line. */
export function workspaceArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--workspace') {
      const next = argv[i + 1];
      return next && !next.startsWith('--') ? next : undefined;
    }
    if (arg.startsWith('--workspace=')) return arg.slice('--workspace='.length) || undefined;
  }
  return undefined;
}

export function chooseWorkspace(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  documentsDir: string,
): WorkspaceChoice {
  const named = workspaceArg(argv) ?? (env.COLLATE_WORKSPACE?.trim() || undefined);
  if (named) return { dir: resolve(named), isDefault: false };
  return { dir: join(documentsDir, 'Collate'), isDefault: true };
}

/** The default folder needs creating when it is missing or empty (a non-empty one is opened, and refused if foreign). */
export function needsInit(dir: string): boolean {
  if (!existsSync(dir)) return true;
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return false;
  }
}

/** The command line for a relaunch on another workspace: the same arguments with `--workspace` replaced. */
export function withWorkspace(argv: readonly string[], dir: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--workspace') {
      const next = argv[i + 1];
      if (next && !next.startsWith('--')) i++;
      continue;
    }
    if (arg.startsWith('--workspace=')) continue;
    out.push(arg);
  }
  return [...out, '--workspace', dir];
}
