import { normalizeLineEndings } from './line-endings';
import type { ImportNote } from '../model';
import { fail, ok, type Result } from '../result';
import { findBoilerplate } from './find-boilerplate';
import type { ImportedDocument } from './importable-formats';

const MAX_TITLE_LENGTH = 200;

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The first line that is not blank and not flagged as boilerplate ("Breaking News"), else the file name. */
function firstLineTitle(
  text: string,
  fileName: string,
  boilerplate: ReadonlyArray<{ start: number; end: number }>,
): string {
  // Line by line without splitting the whole text: the title is almost always on the first lines.
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    const title = line.trim();
    const from = start + line.length - line.trimStart().length;
    const to = start + line.trimEnd().length;
    start = end + 1;
    if (title === '' || boilerplate.some((b) => b.start <= from && to <= b.end)) continue;
    return title.length <= MAX_TITLE_LENGTH ? title : baseName(fileName);
  }
  return baseName(fileName);
}

const clean = (value: string | null | undefined): string | undefined => {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : undefined;
};

export interface DraftDocument {
  format: ImportedDocument['format'];
  encoding: string;
  text: string;
  notes?: ImportNote[];
  title?: string | null;
  author?: string | null;
  outlet?: string | null;
  published?: string | null;
  pages?: ImportedDocument['pages'];
  /** Flag lines holding only a number as page numbers (for paged sources). */
  pageNumbers?: boolean;
}

/**
 * The last step of every importer: line endings become LF (said in a note), a document without
 * text is refused, the title falls back to the first line or the file name, and boilerplate is
 * flagged (never removed). Pages must already refer to LF text.
 */
export function finishImport(fileName: string, draft: DraftDocument): Result<ImportedDocument> {
  const notes = [...(draft.notes ?? [])];
  const lines = normalizeLineEndings(draft.text);
  if (lines.changed > 0)
    notes.push({ kind: 'line-endings', message: `${lines.changed} CRLF or CR line endings became LF.` });
  const text = lines.text;
  if (text.trim() === '') return fail('empty', 'The file holds no text.');
  const boilerplate = findBoilerplate(text, { pageNumbers: draft.pageNumbers ?? false });
  if (boilerplate.length > 0) {
    const reasons = [...new Set(boilerplate.map((b) => b.reason))].join(', ');
    notes.push({
      kind: 'boilerplate',
      message: `${boilerplate.length} ${boilerplate.length === 1 ? 'passage looks' : 'passages look'} like boilerplate (${reasons}); flagged, not removed.`,
    });
  }
  const document: ImportedDocument = {
    title: clean(draft.title) ?? firstLineTitle(text, fileName, boilerplate),
    format: draft.format,
    encoding: draft.encoding,
    notes,
    text,
    boilerplate,
    // Always present, even when undefined, so that a re-import replaces the ranges of an earlier version.
    pages: draft.pages,
  };
  const author = clean(draft.author);
  const outlet = clean(draft.outlet);
  const published = clean(draft.published);
  if (author) document.author = author;
  if (outlet) document.outlet = outlet;
  if (published) document.published = published;
  return ok(document);
}
