import { strToU8, zipSync, type Zippable } from 'fflate';

/** A zip archive of text files (UTF-8), paths as given. */
export function zipTextFiles(files: ReadonlyArray<{ path: string; content: string }>): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) entries[file.path.replace(/^\/+/, '')] = strToU8(file.content);
  return zipSync(entries, { level: 6 });
}
