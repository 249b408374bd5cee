import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { IMPORTABLE_EXTENSIONS } from '../core/text-extraction/importable-formats';
import { isAnnotationFileName } from '../core/annotation-import/plan-batch';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../core/text-extraction/text-from-file';
import type { BatchFile } from '../service/annotation-import/index';
import type { ImportSource } from '../service/workspace-service';

/** Reads a file named on the command line, or says why it cannot (without reading a huge one). */
export async function readImportFile(path: string): Promise<{ source: ImportSource } | { error: string }> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { error: 'it is a folder; name the files inside it' };
    if (info.size > MAX_IMPORT_BYTES) return { error: tooLargeMessage(info.size) };
    return { source: { name: basename(path), bytes: new Uint8Array(await readFile(path)) } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: 'no such file' };
    if (code === 'EACCES' || code === 'EPERM') return { error: 'permission denied' };
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const importable = (name: string): boolean => {
  const dot = name.lastIndexOf('.');
  const extension = dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extension) || isAnnotationFileName(name);
};

/** Files under a folder that an import picks up, by extension; hidden entries skipped, links not followed. */
async function walk(dir: string, out: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && importable(entry.name)) out.push(path);
  }
}

/**
 * The files of a batch from the command line: files as named (read when their turn comes, so a
 * missing or huge one fails alone), folders walked recursively for document and annotation files.
 */
export async function collectImportFiles(paths: readonly string[]): Promise<BatchFile[]> {
  const names: string[] = [];
  for (const path of paths) {
    let folder = false;
    try {
      folder = (await stat(path)).isDirectory();
    } catch {
      // Reported when the file is read.
    }
    if (folder) await walk(path, names);
    else names.push(path);
  }
  return names.map((name) => ({
    name,
    read: async () => {
      const read = await readImportFile(name);
      return 'error' in read ? read : { bytes: read.source.bytes };
    },
  }));
}
