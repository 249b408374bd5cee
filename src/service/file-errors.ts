import { CollateError } from '../core/collate-error';

/** Turns an fs error into a message that names the file and says what the user can do. */
export function describeWriteError(file: string, error: unknown): CollateError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied (the workspace folder is not writable)',
    EPERM: 'permission denied (the workspace folder is not writable)',
    EROFS: 'the workspace is on a read-only disk',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is exhausted',
    ENOTDIR: 'a folder of the workspace is missing or is a file',
    ENOENT: 'a folder of the workspace is missing',
    EISDIR: 'a folder stands where the file should be',
  };
  const reason = (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return new CollateError('write-failed', `Could not save ${file}: ${reason}. Nothing was changed.`);
}

export function describeReadError(file: string, error: unknown): CollateError {
  if (error instanceof CollateError) return error;
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'EISDIR'
        ? 'it is a folder, not a file'
        : error instanceof Error
          ? error.message
          : String(error);
  return new CollateError('read-failed', `Could not read ${file}: ${reason}.`);
}
