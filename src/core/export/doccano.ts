import { OffsetIndex } from '../offsets';
import { spanFragments } from './span-fragments';
import type { DatasetFormat, PreparedDataset, WriterContext, WriterResult } from './types';

export interface DoccanoRecord {
  text: string;
  entities: Array<{ id: number; start_offset: number; end_offset: number; label: string }>;
  relations: Array<{ id: number; from_id: number; to_id: number; type: string }>;
  collate_id: string;
  offset_unit: string;
}

export interface DoccanoSequenceRecord {
  text: string;
  label: Array<[number, number, string]>;
  collate_id: string;
  offset_unit: string;
}

const ASTRAL = /[\u{10000}-\u{10FFFF}]/u;

/**
 * doccano JSONL in both import forms: `doccano.jsonl` for relation-extraction projects (`entities`
 * with numeric ids, `relations` by `from_id`/`to_id`) and `doccano-sequence.jsonl` for sequence
 * labeling (the older `"label": [[start, end, label]]`). Offsets follow the export's unit: code
 * points by default (Python); doccano's own editor counts UTF-16 units, so a text with emoji or
 * other astral characters gets a warning unless the export asks for `utf16`.
 */
export function writeDoccano(data: PreparedDataset, context: WriterContext): WriterResult {
  const warnings: string[] = [];
  const unit = context.offsetUnit;
  let nextEntity = 1;
  let nextRelation = 1;
  const entityIds = new Map<string, { documentId: string; id: number }>();
  const records: DoccanoRecord[] = [];
  const sequence: DoccanoSequenceRecord[] = [];
  for (const document of data.documents) {
    const index = new OffsetIndex(document.text);
    const at = (o: number): number => index.convert(o, 'utf16', unit);
    const record: DoccanoRecord = { text: document.text, entities: [], relations: [], collate_id: document.id, offset_unit: unit };
    const labels: Array<[number, number, string]> = [];
    for (const span of data.spans.get(document.id) ?? []) {
      const pieces = spanFragments(span);
      if (span.fragments) warnings.push(`doccano: discontinuous span "${span.id}" became ${pieces.length} entities; relations use the first.`);
      pieces.forEach((f, i) => {
        const id = nextEntity++;
        if (i === 0) entityIds.set(span.id, { documentId: document.id, id });
        record.entities.push({ id, start_offset: at(f.start), end_offset: at(f.end), label: span.label });
        labels.push([at(f.start), at(f.end), span.label]);
      });
    }
    if (unit === 'codepoint' && ASTRAL.test(document.text)) {
      warnings.push(`doccano: "${document.id}" has characters outside the BMP (emoji…); offsets are code points, doccano's editor counts UTF-16 units — export with offset unit utf16 to label in doccano.`);
    }
    records.push(record);
    sequence.push({ text: document.text, label: labels, collate_id: document.id, offset_unit: unit });
  }
  for (const r of data.relations) {
    const from = entityIds.get(r.from)!;
    const to = entityIds.get(r.to)!;
    if (from.documentId !== to.documentId) {
      warnings.push(`doccano: relation "${r.id}" (${r.type}) links documents "${from.documentId}" and "${to.documentId}"; left out.`);
      continue;
    }
    records[data.documents.findIndex((d) => d.id === from.documentId)]!.relations.push({ id: nextRelation++, from_id: from.id, to_id: to.id, type: r.type });
  }
  if (data.claimGroups.length > 0) warnings.push(`doccano: ${data.claimGroups.length} claim group(s) left out.`);
  return {
    files: [
      { path: 'doccano.jsonl', content: records.map((r) => JSON.stringify(r) + '\n').join('') },
      { path: 'doccano-sequence.jsonl', content: sequence.map((r) => JSON.stringify(r) + '\n').join('') },
    ],
    warnings,
  };
}

export const doccanoFormat: DatasetFormat = {
  name: 'doccano',
  description: 'doccano JSONL: entities + relations (relation extraction) and the older "label" form (sequence labeling).',
  offsets: 'option',
  limitations: [
    'Relations between documents and claim groups are left out; attributes, notes, authors and times are not carried.',
    'Discontinuous spans become one entity per fragment.',
    "doccano's editor counts UTF-16 units (doccano issue #2290); choose offset unit utf16 when the texts contain emoji and you will label them in doccano.",
  ],
  write: writeDoccano,
};
