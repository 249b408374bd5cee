import { mkdir, readdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { CollateError } from '../core/collate-error';
import { cancelledError, type JobControl } from './jobs/job-control';

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** True when `path` is the folder `root` or lies inside it, symbolic links resolved where they exist. */
async function isInside(path: string, root: string): Promise<boolean> {
  const realRoot = await realpath(root).catch(() => resolve(root));
  let existing = resolve(path);
  const rest: string[] = [];
  while (!(await realpath(existing).catch(() => null)) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  const real = join(await realpath(existing).catch(() => existing), ...rest);
  return real === realRoot || real.startsWith(realRoot + sep);
}

/**
 * Writes an export's files under its destination folder. Everything is written first into a
 * temporary folder beside it and moved into place only when all of it was written, so a failed
 * export leaves nothing half-written. Every path must resolve inside the folder (a second check
 * behind the exporters' own); a folder with other files in it is refused unless `overwrite` is set,
 * and so is a destination inside the workspace. Cancelling (`signal`) before the move leaves the
 * destination as it was. A content given as chunks is written as they come, never held whole.
 */
export async function writeExportFiles(
  destination: string,
  files: Array<{ path: string; content: string | Iterable<string> | AsyncIterable<string>; encoding?: 'base64' }>,
  options: { overwrite?: boolean; workspaceRoot?: string } & JobControl = {},
): Promise<string[]> {
  const root = resolve(destination);
  if (options.workspaceRoot && (await isInside(root, options.workspaceRoot))) {
    throw new CollateError(
      'export-destination',
      `Cannot export into ${root}: it lies inside the workspace. Choose a folder outside it.`,
    );
  }
  const relative = files.map((f) => {
    const target = resolve(root, f.path);
    if (!target.startsWith(root + sep))
      throw new CollateError('unsafe-export-path', `Refusing to write ${f.path}: it lies outside ${root}.`);
    const content =
      f.encoding === 'base64' && typeof f.content === 'string' ? Buffer.from(f.content, 'base64') : f.content;
    return { path: target.slice(root.length + 1), content };
  });
  const existing = await readdir(root).catch((error: unknown) => {
    if (code(error) !== 'ENOTDIR') return null;
    throw new CollateError(
      'export-destination',
      `${root} is a file; an export is written into a folder. Choose a folder.`,
    );
  });
  if (existing && existing.length > 0 && !options.overwrite) {
    throw new CollateError(
      'export-exists',
      `${root} is not empty; choose a new folder or pass --force to write over it.`,
    );
  }
  const staging = join(dirname(root), `.${basename(root)}.${process.pid}.partial`);
  const { signal, onProgress } = options;
  try {
    for (const [done, file] of relative.entries()) {
      if (signal?.aborted) throw cancelledError(`nothing was written to ${root}`);
      onProgress?.({ step: 'Saving files', done, total: relative.length });
      await mkdir(dirname(join(staging, file.path)), { recursive: true });
      await writeFile(join(staging, file.path), file.content);
    }
    if (signal?.aborted) throw cancelledError(`nothing was written to ${root}`);
    if (!existing) await rename(staging, root);
    else {
      for (const file of relative) {
        await mkdir(dirname(join(root, file.path)), { recursive: true });
        await rename(join(staging, file.path), join(root, file.path));
      }
    }
  } catch (error) {
    if (error instanceof CollateError) throw error;
    throw new CollateError(
      'export-failed',
      `Could not write the export to ${root}: ${code(error)}. Nothing was left there half-written.`,
    );
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return relative.map((f) => join(root, f.path));
}
