import type { Result } from '../../core/result';
import { textFromFile, type ImportedText } from '../../core/text-from-file';

/** Turns one file's bytes into a document's text and metadata, whatever its format. */
export async function importFile(fileName: string, bytes: Uint8Array): Promise<Result<ImportedText>> {
  return textFromFile(fileName, bytes);
}
