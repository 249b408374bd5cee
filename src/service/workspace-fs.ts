import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { checkEntry, guardPath, isLinkRefusal, linkError, O_NOFOLLOW } from './workspace-path-guard';

/**
 * Every read and write of a workspace file goes through here: paths stay under the root, links are
 * refused (see workspace-path-guard.ts), and a write is on disk when it resolves — data and the
 * folder entry fsynced — so "Saved" survives a power loss. Paths are relative to the root.
 */

const { O_RDONLY, O_WRONLY, O_CREAT, O_EXCL, O_APPEND } = constants;

async function openChecked(root: string, file: string, flags: number): Promise<FileHandle> {
  const path = guardPath(root, file);
  let handle: FileHandle;
  try {
    handle = await open(path, flags | O_NOFOLLOW, 0o666);
  } catch (error) {
    if (isLinkRefusal(error)) throw linkError(file, 'is a symbolic link or junction');
    throw error;
  }
  try {
    checkEntry(file, await handle.stat());
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/** A file's text, or null when it does not exist. */
export async function readWorkspaceText(root: string, file: string): Promise<string | null> {
  let handle: FileHandle;
  try {
    handle = await openChecked(root, file, O_RDONLY);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** When a file was last written. */
export async function workspaceFileTime(root: string, file: string): Promise<Date> {
  const stats = await lstat(guardPath(root, file));
  checkEntry(file, stats);
  return stats.mtime;
}

/** A file's modification time and size ("mtime:size"), or null when it does not exist; a link is refused. */
export async function workspaceFileVersion(root: string, file: string): Promise<string | null> {
  try {
    const stats = await lstat(guardPath(root, file));
    checkEntry(file, stats);
    return `${stats.mtimeMs}:${stats.size}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Makes a folder's entries (a rename, a new or removed file) durable. */
async function syncFolder(path: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, O_RDONLY);
    await handle.sync();
  } catch (error) {
    // Some systems (Windows) cannot open or fsync a folder; the data itself was fsynced.
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EACCES'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

const tempName = (file: string): string => join(dirname(file), `.${basename(file)}.tmp`);

/**
 * Replaces a file atomically and durably: a temporary file beside it is written and fsynced, renamed
 * over it (never over a link), and the folder is fsynced.
 */
export async function writeWorkspaceFile(root: string, file: string, text: string | Uint8Array): Promise<void> {
  const temp = tempName(file);
  const tempPath = guardPath(root, temp);
  // A temporary file left by a crash (or planted as a link) is removed, never followed.
  await unlink(tempPath).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  const handle = await openChecked(root, temp, O_WRONLY | O_CREAT | O_EXCL);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await checkReplaceable(root, file);
    await rename(tempPath, guardPath(root, file));
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(tempPath));
}

/** A file about to be replaced must be a plain file (or missing), never a link whose target would change. */
async function checkReplaceable(root: string, file: string): Promise<void> {
  try {
    checkEntry(file, await lstat(guardPath(root, file)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Appends to a file (creating it) and returns once the bytes are on disk. */
export async function appendWorkspaceFile(root: string, file: string, text: string): Promise<void> {
  const handle = await openChecked(root, file, O_WRONLY | O_CREAT | O_APPEND);
  let created = false;
  try {
    created = (await handle.stat()).size === 0;
    await handle.write(text);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  if (created) await syncFolder(dirname(guardPath(root, file)));
}

/** Cuts a file to `length` bytes, durably; a missing file is left missing. */
export async function truncateWorkspaceFile(root: string, file: string, length: number): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await openChecked(root, file, O_WRONLY);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    await handle.truncate(length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Removes a file (a link is removed itself, never its target); a missing file is fine. */
export async function removeWorkspaceFile(root: string, file: string): Promise<void> {
  const path = guardPath(root, file);
  try {
    await unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await syncFolder(dirname(path));
}

/** Renames a plain file within the workspace, durably. */
export async function renameWorkspaceFile(root: string, from: string, to: string): Promise<void> {
  const fromPath = guardPath(root, from);
  checkEntry(from, await lstat(fromPath));
  await checkReplaceable(root, to);
  const toPath = guardPath(root, to);
  await rename(fromPath, toPath);
  await syncFolder(dirname(toPath));
  if (dirname(fromPath) !== dirname(toPath)) await syncFolder(dirname(fromPath));
}

/** The names in a folder of the workspace, or null when it does not exist; a linked folder is refused. */
export async function listWorkspaceFolder(root: string, folder: string): Promise<string[] | null> {
  const path = guardPath(root, folder);
  try {
    if ((await lstat(path)).isSymbolicLink()) throw linkError(folder, 'is a symbolic link or junction');
    return await readdir(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Creates a folder and the folders above it, refusing any that is a link. */
export async function makeWorkspaceFolder(root: string, folder: string): Promise<void> {
  const path = guardPath(root, join(folder, 'entry'));
  await mkdir(dirname(path), { recursive: true });
  guardPath(root, join(folder, 'entry'));
  if ((await lstat(dirname(path))).isSymbolicLink()) throw linkError(folder, 'is a symbolic link or junction');
}
