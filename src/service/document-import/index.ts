import { finishImport } from '../../core/text-extraction/finish-import';
import {
  importableFormatOf,
  unsupportedMessage,
  type ImportedDocument,
} from '../../core/text-extraction/importable-formats';
import { fail, type Result } from '../../core/result';
import { MAX_IMPORT_BYTES, textFromFile, tooLargeMessage } from '../../core/text-extraction/text-from-file';
import { importDocx } from './docx-importer';
import { importEpub } from './epub-importer';
import { importHtml } from './html-importer';
import { importPdf } from './pdf-importer';

export { IMPORT_ACCEPT, IMPORTABLE_EXTENSIONS } from '../../core/text-extraction/importable-formats';

function importPlainText(fileName: string, bytes: Uint8Array, format: 'txt' | 'md'): Result<ImportedDocument> {
  // textFromFile knows the extensions .txt and .md; ".markdown" is read as .md.
  const imported = textFromFile(format === 'md' ? fileName.replace(/\.[^./\\]*$/, '.md') : fileName, bytes);
  if (!imported.ok) return imported;
  return finishImport(fileName, imported.value);
}

/** Turns one file's bytes into a document's text and metadata, whatever its format. */
export async function importFile(fileName: string, bytes: Uint8Array): Promise<Result<ImportedDocument>> {
  const format = importableFormatOf(fileName);
  if (!format) return fail('unsupported', unsupportedMessage(fileName));
  if (bytes.length > MAX_IMPORT_BYTES) return fail('too-large', tooLargeMessage(bytes.length));
  if (bytes.length === 0) return fail('empty', 'The file is empty.');
  try {
    switch (format) {
      case 'txt':
      case 'md':
        return importPlainText(fileName, bytes, format);
      case 'html':
        return await importHtml(fileName, bytes);
      case 'docx':
        return await importDocx(fileName, bytes);
      case 'epub':
        return await importEpub(fileName, bytes);
      case 'pdf':
        return await importPdf(fileName, bytes);
    }
  } catch (error) {
    return fail(
      'import-failed',
      `The ${format.toUpperCase()} file could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
