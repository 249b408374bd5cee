import type { ExportFile } from './types';

/** The text of a text export file (every format but spaCy's DocBin); a clear error for a binary one. */
export function exportText(file: Pick<ExportFile, 'path' | 'content'>): string {
  if (typeof file.content !== 'string') throw new TypeError(`${file.path} is a binary file, not text.`);
  return file.content;
}
