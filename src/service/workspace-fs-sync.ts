import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { contentBytes, type FileContent } from './file-content';
import { checkEntry, guardPath, isLinkRefusal, linkError, O_NOFOLLOW } from './workspace-path-guard';

/**
 * The synchronous twin of workspace-fs.ts, for the few steps that must finish before the process
 * goes on (closing a workspace, taking its lock): the same checks, the same durability.
 */

const { O_RDONLY, O_WRONLY, O_CREAT, O_EXCL } = constants;

function openCheckedSync(root: string, file: string, flags: number): number {
  const path = guardPath(root, file);
  let fd: number;
  try {
    fd = openSync(path, flags | O_NOFOLLOW, 0o666);
  } catch (error) {
    if (isLinkRefusal(error)) throw linkError(file, 'is a symbolic link or junction');
    throw error;
  }
  try {
    checkEntry(file, fstatSync(fd));
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return fd;
}

function syncFolderSync(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, O_RDONLY);
    fsyncSync(fd);
  } catch (error) {
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EACCES'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A file's text, or null when it does not exist. */
export function readWorkspaceTextSync(root: string, file: string): string | null {
  return readWorkspaceBytesSync(root, file)?.toString('utf8') ?? null;
}

/** A file's bytes, or null when it does not exist. */
export function readWorkspaceBytesSync(root: string, file: string): Buffer | null {
  let fd: number;
  try {
    fd = openCheckedSync(root, file, O_RDONLY);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Creates a file that must not exist yet (EEXIST otherwise), durably. */
export function createWorkspaceFileSync(root: string, file: string, text: string): void {
  const fd = openCheckedSync(root, file, O_WRONLY | O_CREAT | O_EXCL);
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  syncFolderSync(dirname(guardPath(root, file)));
}

/** Replaces a file atomically and durably (see writeWorkspaceFile). */
export function writeWorkspaceFileSync(root: string, file: string, content: FileContent): void {
  const temp = join(dirname(file), `.${basename(file)}.tmp`);
  removeWorkspaceFileSync(root, temp);
  const fd = openCheckedSync(root, temp, O_WRONLY | O_CREAT | O_EXCL);
  try {
    for (const bytes of contentBytes(content))
      for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    replaceableSync(root, file);
    renameSync(guardPath(root, temp), guardPath(root, file));
  } catch (error) {
    removeWorkspaceFileSync(root, temp);
    throw error;
  }
  syncFolderSync(dirname(guardPath(root, file)));
}

function replaceableSync(root: string, file: string): void {
  try {
    checkEntry(file, lstatSync(guardPath(root, file)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Removes a file (a link itself, never its target); a missing file is fine. */
export function removeWorkspaceFileSync(root: string, file: string): void {
  try {
    unlinkSync(guardPath(root, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Renames a plain file within the workspace; false when `from` does not exist. */
export function renameWorkspaceFileSync(root: string, from: string, to: string): boolean {
  const fromPath = guardPath(root, from);
  try {
    checkEntry(from, lstatSync(fromPath));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  replaceableSync(root, to);
  renameSync(fromPath, guardPath(root, to));
  return true;
}

/** Creates a folder and the folders above it, refusing any that is a link. */
export function makeWorkspaceFolderSync(root: string, folder: string): void {
  const path = dirname(guardPath(root, join(folder, 'entry')));
  mkdirSync(path, { recursive: true });
  guardPath(root, join(folder, 'entry'));
  if (lstatSync(path).isSymbolicLink()) throw linkError(folder, 'is a symbolic link or junction');
}

/** The names in a folder of the workspace, or null when it does not exist; a linked folder is refused. */
export function listWorkspaceFolderSync(root: string, folder: string): string[] | null {
  const path = guardPath(root, folder);
  try {
    if (lstatSync(path).isSymbolicLink()) throw linkError(folder, 'is a symbolic link or junction');
    return readdirSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A file's size and modification time, or null when it does not exist; a link is refused. */
export function workspaceFileStampSync(root: string, file: string): { size: number; mtimeMs: number } | null {
  let stats;
  try {
    stats = lstatSync(guardPath(root, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (stats.isDirectory()) return { size: 0, mtimeMs: stats.mtimeMs };
  checkEntry(file, stats);
  return { size: stats.size, mtimeMs: stats.mtimeMs };
}
