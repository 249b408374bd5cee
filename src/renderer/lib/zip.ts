import { strToU8, zipSync, type Zippable } from 'fflate';
import { base64ToBytes } from '../../api/base64';

/** A zip archive of an export's files, paths as given: text as UTF-8, base64 files as their bytes. */
export function zipTextFiles(files: ReadonlyArray<{ path: string; content: string; encoding?: 'base64' }>): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    entries[file.path.replace(/^\/+/, '')] =
      file.encoding === 'base64' ? base64ToBytes(file.content) : strToU8(file.content);
  }
  return zipSync(entries, { level: 6 });
}
