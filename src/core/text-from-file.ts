import { decodeText } from './text-decoding';
import { normalizeLineEndings } from './line-endings';
import { markdownToText } from './markdown-to-text';
import { fail, ok, type Result } from './result';
import type { CollateDocument, ImportNote } from './model';

/** Largest file Collate imports; bigger files are refused with this figure in the message. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const tooLargeMessage = (size: number): string =>
  `The file is ${(size / 1024 / 1024).toFixed(1)} MB; Collate imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;

export const IMPORTABLE_EXTENSIONS = ['txt', 'md'] as const;

export type ImportedText = Pick<CollateDocument, 'title' | 'format' | 'encoding' | 'notes' | 'text'>;

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

const MAX_TITLE_LENGTH = 200;

function titleFrom(text: string, fileName: string): string {
  const firstLine = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  return firstLine.length > 0 && firstLine.length <= MAX_TITLE_LENGTH ? firstLine : baseName(fileName);
}

/** Turns a file's bytes into the canonical text of a document, or says why it cannot. */
export function textFromFile(fileName: string, bytes: Uint8Array): Result<ImportedText> {
  const extension = extensionOf(fileName);
  if (!(IMPORTABLE_EXTENSIONS as readonly string[]).includes(extension)) {
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
  return ok({ title: titleFrom(text, fileName), format, encoding: decoded.value.encoding, notes, text });
}
