import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { CollateError } from '../core/collate-error';

/**
 * Writes an export's files under its destination folder, each atomically. Every path must resolve
 * inside the folder (a second check behind the exporters' own); a folder with other files in it is
 * refused unless `overwrite` is set.
 */
export async function writeExportFiles(destination: string, files: Array<{ path: string; content: string }>, overwrite = false): Promise<string[]> {
  const root = resolve(destination);
  const targets = files.map((f) => {
    const target = resolve(root, f.path);
    if (!target.startsWith(root + sep)) throw new CollateError('unsafe-export-path', `Refusing to write ${f.path}: it lies outside ${root}.`);
    return { target, content: f.content };
  });
  const existing = await readdir(root).catch(() => [] as string[]);
  if (existing.length > 0 && !overwrite) {
    throw new CollateError('export-exists', `${root} is not empty; choose a new folder or pass --force to write over it.`);
  }
  for (const { target, content } of targets) {
    try {
      await mkdir(dirname(target), { recursive: true });
      const temp = join(dirname(target), `.${process.pid}.export.tmp`);
      await writeFile(temp, content);
      await rename(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new CollateError('export-failed', `Could not write ${target}: ${code}.`);
    }
  }
  return targets.map((t) => t.target);
}
