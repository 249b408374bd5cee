import { OffsetIndex } from '../offsets';
import { csvTable } from './csv-cell';
import { spanFragments } from '../covered-text';
import type { DatasetFormat, PreparedDataset, WriterContext, WriterResult } from '../dataset-export/types';

const BOM = '\ufeff';

/**
 * CSV for spreadsheets and pandas: `spans.csv` (one row per span; fragments as `start-end;…`;
 * attributes as JSON; note as HTML), `relations.csv` (one row per relation, with both ends' documents
 * and texts) and `claim_groups.csv` (one row per member). UTF-8 with BOM, CRLF, RFC 4180 quoting,
 * formula-like cells prefixed with `'`.
 */
export function writeCsv(data: PreparedDataset, context: WriterContext): WriterResult {
  const unit = context.offsetUnit;
  const spanRows: Array<Array<string | number>> = [
    [
      'document_id',
      'document_title',
      'span_id',
      'label',
      'start',
      'end',
      'fragments',
      'offset_unit',
      'text',
      'attributes',
      'note_html',
      'author',
      'created',
      'modified',
    ],
  ];
  const where = new Map<string, { documentId: string; text: string }>();
  for (const document of data.documents) {
    const index = new OffsetIndex(document.text);
    const at = (o: number): number => index.convert(o, 'utf16', unit);
    for (const s of data.spans.get(document.id) ?? []) {
      where.set(s.id, { documentId: document.id, text: s.quote });
      const fragments = s.fragments
        ? spanFragments(s)
            .map((f) => `${at(f.start)}-${at(f.end)}`)
            .join(';')
        : '';
      spanRows.push([
        document.id,
        document.title,
        s.id,
        s.label,
        at(s.start),
        at(s.end),
        fragments,
        unit,
        s.quote,
        Object.keys(s.attributes).length > 0 ? JSON.stringify(s.attributes) : '',
        s.note ?? '',
        s.author,
        s.created,
        s.modified,
      ]);
    }
  }
  const relationRows: Array<Array<string | number>> = [
    [
      'relation_id',
      'type',
      'from_span_id',
      'from_document_id',
      'from_text',
      'to_span_id',
      'to_document_id',
      'to_text',
      'author',
      'created',
    ],
  ];
  for (const r of data.relations) {
    const from = where.get(r.from)!;
    const to = where.get(r.to)!;
    relationRows.push([
      r.id,
      r.type,
      r.from,
      from.documentId,
      from.text,
      r.to,
      to.documentId,
      to.text,
      r.author,
      r.created,
    ]);
  }
  const groupRows: Array<Array<string | number>> = [['claim_group_id', 'statement', 'span_id', 'document_id', 'text']];
  for (const g of data.claimGroups) {
    for (const m of g.members) groupRows.push([g.id, g.statement, m, where.get(m)!.documentId, where.get(m)!.text]);
  }
  return {
    files: [
      { path: 'spans.csv', content: BOM + csvTable(spanRows) },
      { path: 'relations.csv', content: BOM + csvTable(relationRows) },
      { path: 'claim_groups.csv', content: BOM + csvTable(groupRows) },
    ],
    warnings: [],
  };
}

export const csvFormat: DatasetFormat = {
  name: 'csv',
  description:
    'CSV tables (spans.csv, relations.csv, claim_groups.csv): UTF-8 with BOM, RFC 4180, safe to open in spreadsheets.',
  offsets: 'option',
  limitations: [
    "Cells that start with =, +, -, @, tab or carriage return are prefixed with ' so spreadsheets never run them as formulas; strip that one character to get the original text.",
    'Document texts are not included (join on document_id with another export); claim-group statements repeat on every member row.',
  ],
  write: writeCsv,
};
