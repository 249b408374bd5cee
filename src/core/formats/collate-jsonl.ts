import type { SpanAnnotation } from '../model';
import { OffsetIndex, type OffsetUnit } from '../offsets';
import type { DatasetFormat, PreparedDataset, WriterContext, WriterResult } from '../dataset-export/types';

export const COLLATE_JSONL_VERSION = 2;

/** A span as Collate JSONL v2 writes it; offsets in the file's `offset_unit`. */
export interface CollateJsonlSpan {
  id: string;
  label: string;
  start: number;
  end: number;
  fragments?: Array<{ start: number; end: number }>;
  text: string;
  prefix: string;
  suffix: string;
  attributes: Record<string, string>;
  note?: string;
  author: string;
  created: string;
  modified: string;
}

function spanRecord(span: SpanAnnotation, index: OffsetIndex, unit: OffsetUnit): CollateJsonlSpan {
  const at = (offset: number): number => index.convert(offset, 'utf16', unit);
  return {
    id: span.id,
    label: span.label,
    start: at(span.start),
    end: at(span.end),
    ...(span.fragments ? { fragments: span.fragments.map((f) => ({ start: at(f.start), end: at(f.end) })) } : {}),
    text: span.quote,
    prefix: span.prefix,
    suffix: span.suffix,
    attributes: { ...span.attributes },
    ...(span.note !== undefined ? { note: span.note } : {}),
    author: span.author,
    created: span.created,
    modified: span.modified,
  };
}

/**
 * Collate JSONL v2: one JSON object a line, each with a `record` kind. A `header` line first
 * (format, version, `offset_unit`, schema); then one `document` line per document, carrying its
 * metadata, text and spans (fragments, attributes, note, author, times); then `relation` and
 * `claim_group` lines, which may link spans of different documents. `parseCollateJsonl` reads it back.
 */
export function writeCollateJsonl(data: PreparedDataset, context: WriterContext): WriterResult {
  const unit = context.offsetUnit;
  const lines: unknown[] = [
    { record: 'header', format: 'collate-jsonl', version: COLLATE_JSONL_VERSION, offset_unit: unit, schema: data.schema },
  ];
  for (const document of data.documents) {
    const index = new OffsetIndex(document.text);
    lines.push({
      record: 'document',
      ...document,
      spans: (data.spans.get(document.id) ?? []).map((s) => spanRecord(s, index, unit)),
    });
  }
  for (const r of data.relations) lines.push({ record: 'relation', id: r.id, type: r.type, from: r.from, to: r.to, author: r.author, created: r.created });
  for (const g of data.claimGroups) {
    lines.push({ record: 'claim_group', id: g.id, statement: g.statement, members: [...g.members], created: g.created, modified: g.modified });
  }
  return { files: [{ path: 'dataset.jsonl', content: lines.map((l) => JSON.stringify(l) + '\n').join('') }], warnings: [] };
}

export const collateJsonlFormat: DatasetFormat = {
  name: 'collate-jsonl',
  description: 'Collate JSONL v2: lossless documents, spans, relations and claim groups; re-imports into Collate.',
  offsets: 'option',
  limitations: ['Nothing: every field Collate stores is written (notes only when notes are included).'],
  write: writeCollateJsonl,
};
