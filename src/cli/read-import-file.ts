import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../core/text-from-file';
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
