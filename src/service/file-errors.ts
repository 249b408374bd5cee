import { CollateError } from '../core/collate-error';

/** Turns an fs error into a message that names the file and says what the user can do. */
export function describeWriteError(file: string, error: unknown): CollateError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason = (code && FS_REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
  return new CollateError('write-failed', `Could not save ${file}: ${reason}. Nothing was changed.`);
}

const FS_REASONS: Record<string, string> = {
  EACCES: 'permission denied (the workspace folder is not writable)',
  EPERM: 'permission denied (the workspace folder is not writable)',
  EROFS: 'the workspace is on a read-only disk',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  ENOTDIR: 'a folder of the workspace is missing or is a file',
  ENOENT: 'a folder of the workspace is missing',
  EISDIR: 'a folder stands where the file should be',
};

export function describeReadError(file: string, error: unknown): CollateError {
  if (error instanceof CollateError) return error;
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason = (code && FS_REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
  return new CollateError('read-failed', `Could not read ${file}: ${reason}.`);
}
