import type { CollateDocument, SpanAnnotation } from '../../core/model';

/**
 * One searchable record: a document's text and details, or one of its spans with what the analyst
 * wrote on it (its words are the document's text, indexed once there).
 */
export interface SearchRecord {
  id: string;
  documentId: string;
  spanId?: string;
  label?: string;
  start?: number;
  end?: number;
  title?: string;
  outlet?: string;
  author?: string;
  published?: string;
  source?: string;
  tags?: string;
  text?: string;
  attributes?: string;
  note?: string;
  annotator?: string;
}

/** Every field a query is matched against, with how much a match there counts. */
export const SEARCH_BOOST: Readonly<Record<string, number>> = {
  title: 4,
  outlet: 2,
  author: 1.5,
  published: 1.5,
  source: 1,
  tags: 3,
  text: 1,
  label: 2,
  attributes: 1.5,
  note: 1.5,
  annotator: 1.5,
};
export const SEARCH_FIELDS = Object.keys(SEARCH_BOOST);

export const documentRecordId = (documentId: string): string => `d|${documentId}`;
export const spanRecordId = (documentId: string, spanId: string): string => `s|${documentId}|${spanId}`;
export const groupRecordId = (documentId: string, label: string, author: string): string =>
  `g|${documentId}|${label}|${author}`;

/** A note's words without its markup (notes are sanitized rich-text HTML). */
export function noteWords(html: string | undefined): string | undefined {
  if (!html) return undefined;
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const hasOwnWords = (span: SpanAnnotation): boolean => !!span.note || Object.keys(span.attributes).length > 0;

function spanRecord(document: CollateDocument, span: SpanAnnotation, id: string): SearchRecord {
  return {
    id,
    documentId: document.id,
    spanId: span.id,
    label: span.label,
    start: span.start,
    end: span.end,
    attributes: Object.entries(span.attributes)
      .map(([name, value]) => `${name} ${value}`)
      .join(' '),
    note: noteWords(span.note),
    annotator: span.author,
  };
}

/**
 * The records of one document: its own; one per span with a note or attributes; and one per label
 * and annotator for the other spans, placed at the first of them. Grouping keeps a query for a label
 * ("claim") to one match per document and annotator instead of one per span.
 */
export function recordsOf(document: CollateDocument, spans: readonly SpanAnnotation[]): SearchRecord[] {
  const records: SearchRecord[] = [
    {
      id: documentRecordId(document.id),
      documentId: document.id,
      title: document.title,
      outlet: document.outlet,
      author: document.author,
      published: document.published,
      source: document.source,
      tags: document.tags?.join(' '),
      text: document.text,
      note: noteWords(document.note),
    },
  ];
  const groups = new Map<string, SpanAnnotation>();
  for (const span of spans) {
    if (hasOwnWords(span)) records.push(spanRecord(document, span, spanRecordId(document.id, span.id)));
    else {
      const key = `${span.label}\u0000${span.author}`;
      const first = groups.get(key);
      if (!first || span.start < first.start) groups.set(key, span);
    }
  }
  for (const span of groups.values()) {
    const { attributes: _none, note: _empty, ...record } = spanRecord(document, span, '');
    records.push({ ...record, id: groupRecordId(document.id, span.label, span.author) });
  }
  return records;
}
