import { close as closeCallback, closeSync, constants, fdatasync, fstat, open as openCallback, write } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { contentBytes, type FileContent } from './file-content';
import { checkEntry, guardPath, isLinkRefusal, linkError, O_NOFOLLOW } from './workspace-path-guard';

/**
 * Every read and write of a workspace file goes through here: paths stay under the root, links are
 * refused (see workspace-path-guard.ts), and a write is on disk when it resolves — data and the
 * folder entry fsynced — so "Saved" survives a power loss. Paths are relative to the root.
 */

const { O_RDONLY, O_WRONLY, O_CREAT, O_EXCL, O_APPEND } = constants;
const openFd = promisify(openCallback);
const fstatFd = promisify(fstat);
const writeFd = promisify(write);
const datasyncFd = promisify(fdatasync);
const closeFd = promisify(closeCallback);

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
  return (await readWorkspaceBytes(root, file))?.toString('utf8') ?? null;
}

/** A file's bytes, or null when it does not exist. */
export async function readWorkspaceBytes(root: string, file: string): Promise<Buffer | null> {
  let handle: FileHandle;
  try {
    handle = await openChecked(root, file, O_RDONLY);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return await handle.readFile();
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
export async function writeWorkspaceFile(root: string, file: string, content: FileContent): Promise<void> {
  const temp = tempName(file);
  const tempPath = guardPath(root, temp);
  // A temporary file left by a crash (or planted as a link) is removed, never followed.
  await unlink(tempPath).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  const handle = await openChecked(root, temp, O_WRONLY | O_CREAT | O_EXCL);
  try {
    for (const bytes of contentBytes(content))
      for (let written = 0; written < bytes.length;)
        written += (await handle.write(bytes, written, bytes.length - written)).bytesWritten;
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

/**
 * A file appended to again and again (a journal), kept open between appends so that each append is
 * a check that the path still names it, one write and one fdatasync. It is opened like every
 * workspace file (inside the root, never through a link); writing through the open descriptor never
 * follows a link planted later, and a file removed or replaced since is opened again.
 */
export class WorkspaceAppender {
  private fd: number | null = null;
  /** The fdatasyncs started so far, one after another; rejects once one failed, until closed. */
  private syncs: Promise<void> = Promise.resolve();
  /** The file the descriptor was opened on, to notice it was removed or replaced since. */
  private opened: { dev: number; ino: number } | null = null;

  constructor(
    private readonly root: string,
    private readonly file: string,
  ) {}

  /**
   * Appends (creating the file) and resolves once the bytes are written, with `durable`, which
   * settles once they are on disk: their fdatasync starts after the previous one is over, so the
   * next write may go on while it runs (pipelining).
   */
  async write(text: string): Promise<{ durable: Promise<void> }> {
    if (this.fd !== null && !(await this.stillThere())) await this.close();
    if (this.fd === null) await this.openFile();
    const fd = this.fd!;
    const bytes = Buffer.from(text);
    for (let written = 0; written < bytes.length;)
      written += (await writeFd(fd, bytes, written, bytes.length - written, null)).bytesWritten;
    // After a failed fdatasync the kernel may have dropped the bytes and a later one can succeed
    // regardless, so every later one fails too until the file is closed.
    const durable = this.syncs.then(() => datasyncFd(fd));
    this.syncs = durable;
    return { durable };
  }

  /** Closes the file once its fdatasyncs are over (it is opened again by the next write). */
  async close(): Promise<void> {
    const fd = this.fd;
    this.fd = null;
    await this.syncs.catch(() => undefined);
    this.syncs = Promise.resolve();
    if (fd !== null) await closeFd(fd).catch(() => undefined);
  }

  /** Closes the file at once; only when no fdatasync is under way. */
  closeSync(): void {
    const fd = this.fd;
    this.fd = null;
    this.syncs = Promise.resolve();
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // Already closed.
      }
    }
  }

  /**
   * Whether the path still names the file the descriptor writes to (an edit must never go to a
   * removed one); a hard link made to it since it was opened is refused.
   */
  private async stillThere(): Promise<boolean> {
    const now = await lstat(guardPath(this.root, this.file)).catch(() => null);
    if (now === null || now.dev !== this.opened?.dev || now.ino !== this.opened.ino) return false;
    checkEntry(this.file, now);
    return true;
  }

  private async openFile(): Promise<void> {
    const path = guardPath(this.root, this.file);
    let fd: number;
    try {
      fd = await openFd(path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW, 0o666);
    } catch (error) {
      if (isLinkRefusal(error)) throw linkError(this.file, 'is a symbolic link or junction');
      throw error;
    }
    try {
      const stats = await fstatFd(fd);
      checkEntry(this.file, stats);
      // A new file's folder entry must be durable too.
      if (stats.size === 0) await syncFolder(dirname(path));
      this.opened = { dev: stats.dev, ino: stats.ino };
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    this.fd = fd;
  }
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
