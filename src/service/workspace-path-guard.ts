import { constants, lstatSync, type Stats } from 'node:fs';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { CollateError } from '../core/collate-error';

/** Opening flag that refuses a symbolic link as the last part of a path; 0 where the system has none. */
export const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * The absolute path of `file` (relative to the workspace root) after checking that it stays under
 * the root and that no folder on the way is a link: Collate never follows a symbolic link, junction
 * or hard link inside a workspace. The file itself is checked when it is opened.
 */
export function guardPath(root: string, file: string): string {
  const relative = normalize(file);
  if (isAbsolute(file) || relative === '..' || relative.startsWith(`..${sep}`) || relative.split(sep).includes('..')) {
    throw new CollateError(
      'unsafe-path',
      `${file} is outside the workspace; Collate only opens files inside it. Nothing was changed.`,
    );
  }
  const parts = relative.split(sep).filter((part) => part !== '' && part !== '.');
  for (let depth = 1; depth < parts.length; depth++) {
    const folder = parts.slice(0, depth).join(sep);
    let stats: Stats;
    try {
      stats = lstatSync(join(root, folder));
    } catch {
      break; // A missing folder: the open or write that follows reports it.
    }
    if (stats.isSymbolicLink()) throw linkError(folder, 'is a symbolic link or junction');
  }
  return join(root, ...parts);
}

/** Refuses a file that is a link, another kind of entry, or has hard links elsewhere. */
export function checkEntry(file: string, stats: Stats): void {
  if (stats.isSymbolicLink()) throw linkError(file, 'is a symbolic link or junction');
  if (!stats.isFile()) throw new CollateError('unsafe-path', `${file} is not a regular file; it was left untouched.`);
  if (stats.nlink > 1) throw linkError(file, `has ${stats.nlink - 1} other hard link(s)`);
}

export function linkError(file: string, what: string): CollateError {
  return new CollateError(
    'linked-file',
    `${file} ${what}; Collate never reads or writes through links inside a workspace. ` +
      'Replace it with a real file or folder. Nothing was changed.',
  );
}

/** ELOOP is what opening a symbolic link with O_NOFOLLOW gives (EMLINK on some BSDs). */
export function isLinkRefusal(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code === 'ELOOP' || code === 'EMLINK';
}
