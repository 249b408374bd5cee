import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { CollateError } from '../../core/collate-error';

const reason = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'ENOENT') return 'its folder does not exist';
  return code ?? (error instanceof Error ? error.message : String(error));
};

/**
 * Checks a report's destination before any work is done, and returns it resolved: its folder must
 * exist and be writable, it must not lie inside the workspace folder, must not be a folder, and an
 * existing file is replaced only with `force`.
 */
export async function checkReportDestination(out: string, workspaceRoot: string, force: boolean): Promise<string> {
  const target = resolve(out);
  const folder = dirname(target);
  const folderStat = await stat(folder).catch(() => undefined);
  if (!folderStat)
    throw new CollateError('report-destination', `Cannot write ${target}: its folder ${folder} does not exist.`);
  if (!folderStat.isDirectory())
    throw new CollateError('report-destination', `Cannot write ${target}: ${folder} is not a folder.`);
  const root = await realpath(workspaceRoot).catch(() => resolve(workspaceRoot));
  const real = join(await realpath(folder), basename(target));
  if (real === root || real.startsWith(root + sep)) {
    throw new CollateError(
      'report-destination',
      `Cannot write ${target}: it lies inside the workspace folder ${root}. Write the report somewhere else.`,
    );
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory())
    throw new CollateError(
      'report-destination',
      `Cannot write ${target}: it is a folder. Give a file name, like ${join(target, 'report.html')}.`,
    );
  if (existing && !force)
    throw new CollateError('report-exists', `${target} already exists; pass --force to replace it.`);
  try {
    await access(folder, constants.W_OK);
  } catch (error) {
    throw new CollateError(
      'report-destination',
      `Cannot write ${target}: the folder is not writable (${reason(error)}).`,
    );
  }
  return target;
}

/**
 * Writes a file atomically: into a temporary file beside it, then renamed over it. On failure or
 * cancellation the temporary file is removed and the destination is as it was.
 */
export async function writeFileAtomically(
  target: string,
  content: string | Uint8Array,
  signal?: AbortSignal,
): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    if (signal?.aborted) throw new CollateError('cancelled', `Cancelled; nothing was written to ${target}.`);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (error instanceof CollateError) throw error;
    throw new CollateError('report-failed', `Could not write ${target}: ${reason(error)}.`);
  }
}
