import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';

/**
 * Which workspaces a command line names. A launch, a second launch (Electron's `second-instance`) and
 * an associated file opened from the file manager all arrive as a command line; macOS's `open-file`
 * arrives as one path, read by `openTargetOf`.
 */

/** The manifest a workspace folder holds; opening it from a file manager opens its folder. */
const MANIFEST_NAME = 'collate.json';
/** A workspace folder named `<name>.collate` is a bundle: macOS shows it as one document. */
export const BUNDLE_EXTENSION = '.collate';

/** What a path handed to Collate opens: a workspace folder, or nothing, with the reason. */
export type OpenTarget = { dir: string } | { refused: string };

/**
 * The workspace a path names: a `collate.json` stands for its folder, a bundle or folder for itself.
 * Another JSON file (Collate is offered for JSON files in "Open With", to reach collate.json) is refused.
 */
export function openTargetOf(path: string, cwd = process.cwd()): OpenTarget {
  const absolute = resolve(cwd, path);
  const name = basename(absolute);
  if (name === MANIFEST_NAME) return { dir: dirname(absolute) };
  if (extname(name).toLowerCase() === '.json')
    return {
      refused: `${absolute} is not a workspace's collate.json. Collate opens a workspace folder, the collate.json inside it, or a .collate bundle.`,
    };
  return { dir: absolute };
}

/** The folder of a path that names a workspace (see `openTargetOf`); the path itself when it names none. */
export function workspaceRootOf(path: string, cwd = process.cwd()): string {
  const target = openTargetOf(path, cwd);
  return 'dir' in target ? target.dir : resolve(cwd, path);
}

/** Is this argument a document handed to Collate (a bundle or a JSON file), rather than a flag or the app? */
function isOpenedDocument(arg: string): boolean {
  if (arg.startsWith('-')) return false;
  const name = basename(arg.replace(/[\\/]+$/, ''));
  if (extname(name).toLowerCase() === '.json') return true;
  return name.endsWith(BUNDLE_EXTENSION) && name.length > BUNDLE_EXTENSION.length;
}

/**
 * Everything a command line names, in order, without repeats: `--workspace <dir>`, `--workspace=<dir>`,
 * and any `.collate` bundle, `collate.json` (its folder) or other JSON file (refused) among the arguments.
 * Paths are resolved against `cwd`, the directory of the launch that passed them.
 */
export function openTargetsInArgs(argv: readonly string[], cwd = process.cwd()): OpenTarget[] {
  const found: OpenTarget[] = [];
  const seen = new Set<string>();
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
    } else if (isOpenedDocument(arg)) {
      named = arg;
    }
    if (named === undefined) continue;
    const target = openTargetOf(named, cwd);
    const key = 'dir' in target ? target.dir : target.refused;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(target);
  }
  return found;
}

/** The workspace folders a command line names (refused files left out). */
export function workspacesInArgs(argv: readonly string[], cwd = process.cwd()): string[] {
  return openTargetsInArgs(argv, cwd).flatMap((target) => ('dir' in target ? [target.dir] : []));
}

/**
 * What the first windows open: what the command line names, else COLLATE_WORKSPACE; nothing otherwise,
 * and the welcome window lists the recent workspaces instead.
 */
export function launchTargets(argv: readonly string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): OpenTarget[] {
  const named = openTargetsInArgs(argv, cwd);
  if (named.length > 0) return named;
  const fromEnv = env.COLLATE_WORKSPACE?.trim();
  return fromEnv ? [{ dir: resolve(cwd, fromEnv) }] : [];
}

/** A folder New Workspace… makes a workspace: missing or empty (a non-empty one is opened, and refused if foreign). */
export function needsInit(dir: string): boolean {
  if (!existsSync(dir)) return true;
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return false;
  }
}
