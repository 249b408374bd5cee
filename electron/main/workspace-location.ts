import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Which workspaces a command line names. A launch, a second launch (Electron's `second-instance`) and
 * an associated file opened from the file manager all arrive as a command line; macOS's `open-file`
 * arrives as one path, read by `workspaceRootOf`.
 */

/** The manifest a workspace folder holds; opening it from a file manager opens its folder. */
const MANIFEST_NAME = 'collate.json';
/** A workspace folder named `<name>.collate` is a bundle: macOS shows it as one document. */
export const BUNDLE_EXTENSION = '.collate';

/** Where the desktop window's workspace comes from, in order: `--workspace <dir>`, COLLATE_WORKSPACE, the default. */
export interface WorkspaceChoice {
  dir: string;
  /** True for the default folder, which is created on first start; a folder the user named is never created. */
  isDefault: boolean;
}

/** The workspace folder a path names: a `collate.json` stands for its folder, anything else for itself. */
export function workspaceRootOf(path: string, cwd = process.cwd()): string {
  const absolute = resolve(cwd, path);
  return basename(absolute) === MANIFEST_NAME ? dirname(absolute) : absolute;
}

/** Is this argument a document Collate is associated with (a bundle or a manifest), rather than a flag or the app? */
function isWorkspaceDocument(arg: string): boolean {
  if (arg.startsWith('-')) return false;
  const name = basename(arg.replace(/[\\/]+$/, ''));
  return name === MANIFEST_NAME || (name.endsWith(BUNDLE_EXTENSION) && name.length > BUNDLE_EXTENSION.length);
}

/**
 * Every workspace a command line names, in order, without repeats: `--workspace <dir>`,
 * `--workspace=<dir>`, and any `.collate` bundle or `collate.json` among the arguments.
 * Paths are resolved against `cwd`, the directory of the launch that passed them.
 */
export function workspacesInArgs(argv: readonly string[], cwd = process.cwd()): string[] {
  const found: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let named: string | undefined;
    if (arg === '--workspace') {
      const next = argv[i + 1];
      if (next && !next.startsWith('--')) {
        named = next;
        i++;
      }
    } else if (arg.startsWith('--workspace=')) {
      named = arg.slice('--workspace='.length) || undefined;
    } else if (isWorkspaceDocument(arg)) {
      named = arg;
    }
    if (named === undefined) continue;
    const root = workspaceRootOf(named, cwd);
    if (!found.includes(root)) found.push(root);
  }
  return found;
}

/** Reads the first workspace a command line names. */
export function workspaceArg(argv: readonly string[]): string | undefined {
  return workspacesInArgs(argv)[0];
}

/**
 * The workspaces the first window(s) open: those named on the command line, else COLLATE_WORKSPACE,
 * else the most recent one that still exists, else `<documents>/Collate`, created on first start.
 */
export function chooseWorkspaces(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  documentsDir: string,
  recent: readonly string[] = [],
): WorkspaceChoice[] {
  const named = workspacesInArgs(argv);
  if (named.length > 0) return named.map((dir) => ({ dir, isDefault: false }));
  const fromEnv = env.COLLATE_WORKSPACE?.trim();
  if (fromEnv) return [{ dir: resolve(fromEnv), isDefault: false }];
  const last = recent.find((dir) => existsSync(join(dir, MANIFEST_NAME)));
  if (last) return [{ dir: last, isDefault: false }];
  return [{ dir: join(documentsDir, 'Collate'), isDefault: true }];
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
