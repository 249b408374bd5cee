import { z } from 'zod';
import type { DocumentSummary, IndexedDocument, SpanCounts } from './document-schemas';

/** What the library shows of a document: its details without hashes, import notes or note. */
export type LibraryRow = Pick<DocumentSummary, 'id' | 'title' | 'source' | 'outlet' | 'author' | 'published'> &
  Pick<DocumentSummary, 'tags' | 'done'>;

/** A summary (as updateDocument and tagDocuments answer) cut to its library row. */
export function libraryRowOf(summary: DocumentSummary): LibraryRow {
  const { id, title, source, outlet, author, published, tags, done } = summary;
  const row: LibraryRow = { id, title, source };
  if (outlet !== undefined) row.outlet = outlet;
  if (author !== undefined) row.author = author;
  if (published !== undefined) row.published = published;
  if (tags !== undefined) row.tags = tags;
  if (done !== undefined) row.done = done;
  return row;
}

const count = z.number().int().nonnegative();

/**
 * One library row on the wire, by position rather than by name (ten thousand rows parse in a few
 * milliseconds): id, title, source, outlet, author, published, tags (null when absent), done, and the
 * corpus index's span counts: spans, orphaned, per label, annotators.
 */
export const LibraryRowTuple = z.tuple([
  z.string().min(1),
  z.string(),
  z.string(),
  z.string().nullable(),
  z.string().nullable(),
  z.string().nullable(),
  z.array(z.string()).nullable(),
  z.boolean(),
  count,
  count,
  z.record(z.string(), count),
  z.array(z.string()),
]);
export type LibraryRowTuple = z.infer<typeof LibraryRowTuple>;

/** A window of the library's rows in import order, and how many rows there are in all. */
export const LibraryPage = z.object({ total: count, rows: z.array(LibraryRowTuple) });
export type LibraryPage = z.infer<typeof LibraryPage>;

/** The most rows one call brings. */
export const MAX_LIBRARY_PAGE = 10_000;

export const LibraryPageArgs = z
  .object({ offset: count, limit: z.number().int().min(1).max(MAX_LIBRARY_PAGE) })
  .strict();

/** A document of the corpus index as its library row on the wire. */
export function encodeLibraryRow(document: IndexedDocument): LibraryRowTuple {
  const { counts } = document;
  return [
    document.id,
    document.title,
    document.source,
    document.outlet ?? null,
    document.author ?? null,
    document.published ?? null,
    document.tags ?? null,
    document.done === true,
    counts.spans,
    counts.orphaned,
    counts.labels,
    counts.annotators,
  ];
}

/** A row from the wire as the renderer holds it: the summary's fields, and the counts apart. */
export function decodeLibraryRow(tuple: LibraryRowTuple): { row: LibraryRow; counts: SpanCounts } {
  const [id, title, source, outlet, author, published, tags, done, spans, orphaned, labels, annotators] = tuple;
  const row: LibraryRow = { id, title, source };
  if (outlet !== null) row.outlet = outlet;
  if (author !== null) row.author = author;
  if (published !== null) row.published = published;
  if (tags !== null) row.tags = tags;
  if (done) row.done = true;
  return { row, counts: { spans, orphaned, labels, annotators } };
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isText = (v: unknown): boolean => typeof v === 'string';
const isTextOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isTextList = (v: unknown): boolean => Array.isArray(v) && v.every(isText);

function isLabelCounts(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  for (const key of Object.keys(v)) if (!isCount((v as Record<string, unknown>)[key])) return false;
  return true;
}

function isRowTuple(v: unknown): boolean {
  if (!Array.isArray(v) || v.length !== 12) return false;
  const [id, title, source, outlet, author, published, tags, done, spans, orphaned, labels, annotators] = v;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    isText(title) &&
    isText(source) &&
    isTextOrNull(outlet) &&
    isTextOrNull(author) &&
    isTextOrNull(published) &&
    (tags === null || isTextList(tags)) &&
    typeof done === 'boolean' &&
    isCount(spans) &&
    isCount(orphaned) &&
    isLabelCounts(labels) &&
    isTextList(annotators)
  );
}

/**
 * A hand-written check of a LibraryPage, accepting exactly what its schema accepts: a loop of type
 * tests rather than a schema walk, for the answer that holds every document of a large workspace.
 */
export function parseLibraryPage(value: unknown): LibraryPage | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { total, rows } = value as Record<string, unknown>;
  if (!isCount(total) || !Array.isArray(rows)) return null;
  for (const row of rows) if (!isRowTuple(row)) return null;
  return { total, rows: rows as LibraryRowTuple[] };
}
