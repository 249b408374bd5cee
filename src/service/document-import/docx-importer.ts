import { DocxReader, type DocxParts } from '../../core/text-extraction/docx-text';
import { finishImport } from '../../core/text-extraction/finish-import';
import type { ImportedDocument } from '../../core/text-extraction/importable-formats';
import { looksLikeZip } from '../../core/text-extraction/read-zip-directory';
import type { ImportNote } from '../../core/model';
import { fail, type Result } from '../../core/result';
import { ZipArchive, ZIP_LIMITS, type ZipReadLimits } from './read-zip';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptedPackage" as UTF-16LE: the stream an Office file saved with a password keeps its content in. */
function holdsEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** Says what a file named .docx is when it is not a zip archive. */
function notAZip(bytes: Uint8Array): Result<never> {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    return holdsEncryptedPackage(bytes)
      ? fail(
          'encrypted',
          'The Word document is password-protected (encrypted); open it in Word, remove the password, save it and import it again.',
        )
      : fail(
          'old-format',
          'This is an old Word 97–2003 document (.doc), not a .docx; save it as .docx in Word and import it again.',
        );
  }
  return fail(
    'not-docx',
    'The file is not a Word .docx document (a .docx is a zip archive, and this file is not one).',
  );
}

/** Imports a .docx: headings, paragraphs and list items one per line, then its footnotes and endnotes. */
export async function importDocx(
  fileName: string,
  bytes: Uint8Array,
  limits: ZipReadLimits = ZIP_LIMITS,
): Promise<Result<ImportedDocument>> {
  if (!looksLikeZip(bytes)) return notAZip(bytes);
  const archive = ZipArchive.open(bytes, limits);
  if (!archive.ok) return archive;
  // The small parts first, whole; then word/document.xml read as it is unpacked, never held whole.
  const parts: Omit<DocxParts, 'document'> = {};
  const optional = {
    footnotes: 'word/footnotes.xml',
    endnotes: 'word/endnotes.xml',
    numbering: 'word/numbering.xml',
    styles: 'word/styles.xml',
    core: 'docProps/core.xml',
  };
  for (const [key, path] of Object.entries(optional) as Array<[keyof typeof optional, string]>) {
    const part = await archive.value.readText(path);
    if (!part.ok) return part;
    if (part.value !== undefined) parts[key] = part.value;
  }
  const reader = new DocxReader(parts);
  const document = await archive.value.streamText('word/document.xml', (text) => reader.write(text));
  if (!document.ok) return document;
  if (!document.value) return fail('not-docx', 'The zip archive is not a Word document (it has no word/document.xml).');
  const text = reader.end();
  if (!text.ok) return text;
  const notes: ImportNote[] = [
    { kind: 'markup', message: 'The Word document was turned into plain text, one paragraph per line.' },
  ];
  if (text.value.footnoteCount > 0) {
    notes.push({
      kind: 'content',
      message: `${text.value.footnoteCount} footnote${text.value.footnoteCount === 1 ? ' was' : 's were'} appended at the end as "[n] …".`,
    });
  }
  const { endnoteCount, unmappedSymbols } = text.value;
  if (endnoteCount > 0) {
    notes.push({
      kind: 'content',
      message: `${endnoteCount} endnote${endnoteCount === 1 ? ' was' : 's were'} appended at the end as "[i] …".`,
    });
  }
  if (unmappedSymbols > 0) {
    const what = unmappedSymbols === 1 ? 'symbol has' : 'symbols have';
    notes.push({
      kind: 'content',
      message: `${unmappedSymbols} ${what} no Unicode equivalent and kept the font's private-use code point.`,
    });
  }
  return finishImport(fileName, {
    format: 'docx',
    encoding: 'utf-8',
    text: text.value.text,
    notes,
    title: text.value.title ?? null,
  });
}
