import { decodeText } from './text-decoding';
import { normalizeLineEndings } from './line-endings';
import { markdownToText } from './markdown-to-text';
import { fail, ok, type Result } from '../result';
import type { CollateDocument, ImportNote } from '../model';
import { MAX_IMPORT_BYTES, tooLargeMessage } from './import-limits';

export { MAX_IMPORT_BYTES, tooLargeMessage };

const PLAIN_TEXT_EXTENSIONS = ['txt', 'md'] as const;

/** The text of a plain-text or Markdown file; the title is chosen later, once boilerplate is flagged. */
export type ImportedText = Pick<CollateDocument, 'format' | 'encoding' | 'notes' | 'text'>;

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Turns a file's bytes into the canonical text of a document, or says why it cannot. */
export function textFromFile(fileName: string, bytes: Uint8Array): Result<ImportedText> {
  const extension = extensionOf(fileName);
  if (!(PLAIN_TEXT_EXTENSIONS as readonly string[]).includes(extension)) {
    return fail('unsupported', `Files of type ".${extension}" cannot be imported yet (supported: .txt, .md).`);
  }
  if (bytes.length > MAX_IMPORT_BYTES) return fail('too-large', tooLargeMessage(bytes.length));
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const notes: ImportNote[] = [...decoded.value.notes];
  const lines = normalizeLineEndings(decoded.value.text);
  if (lines.changed > 0) {
    notes.push({ kind: 'line-endings', message: `${lines.changed} CRLF or CR line endings became LF.` });
  }
  let text = lines.text;
  const format = extension as ImportedText['format'];
  if (format === 'md') {
    text = markdownToText(text);
    notes.push({ kind: 'markup', message: 'Markdown was rendered to plain text.' });
  }
  if (text.trim() === '') return fail('empty', 'The file holds no text.');
  return ok({ format, encoding: decoded.value.encoding, notes, text });
}
