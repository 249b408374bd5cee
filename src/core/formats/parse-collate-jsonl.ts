import { z } from 'zod';
import { ClaimGroup, CollateDocument, LabelSchema, Relation, type SpanAnnotation } from '../model';
import { OffsetIndex, type OffsetUnit } from '../offsets';
import { fail, ok, type Result } from '../result';
import { COLLATE_JSONL_VERSION } from './collate-jsonl';
import type { ExportInput } from '../dataset-export/types';

const Offset = z.number().int().nonnegative();
const SpanRecord = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  start: Offset,
  end: Offset,
  fragments: z.array(z.object({ start: Offset, end: Offset })).min(2).optional(),
  text: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  attributes: z.record(z.string(), z.string()),
  note: z.string().optional(),
  author: z.string(),
  created: z.string(),
  modified: z.string(),
});
const Header = z.object({
  record: z.literal('header'),
  format: z.literal('collate-jsonl'),
  version: z.literal(COLLATE_JSONL_VERSION),
  offset_unit: z.enum(['codepoint', 'utf16']),
  schema: LabelSchema,
});
const DocumentRecord = CollateDocument.extend({ record: z.literal('document'), spans: z.array(SpanRecord) });
const RelationRecord = Relation.extend({ record: z.literal('relation') });
const ClaimGroupRecord = ClaimGroup.extend({ record: z.literal('claim_group') });

export interface ParsedCollateJsonl extends ExportInput {
  offsetUnit: OffsetUnit;
}

/**
 * Reads Collate JSONL v2 back into workspace objects, offsets converted to UTF-16 again. Fails with
 * the line number on a malformed line, an unknown record, or a span whose text does not match.
 */
export function parseCollateJsonl(content: string): Result<ParsedCollateJsonl> {
  const lines = content.split('\n').map((l) => l.replace(/\r$/, ''));
  let header: z.infer<typeof Header> | undefined;
  const documents: CollateDocument[] = [];
  const spans = new Map<string, SpanAnnotation[]>();
  const relations: Relation[] = [];
  const claimGroups: ClaimGroup[] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') continue;
    const where = `line ${n + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return fail('bad-jsonl', `${where} is not JSON.`);
    }
    const kind = (value as { record?: unknown } | null)?.record;
    if (!header) {
      const parsed = Header.safeParse(value);
      if (!parsed.success) return fail('bad-jsonl', `${where}: expected a Collate JSONL v${COLLATE_JSONL_VERSION} header.`);
      header = parsed.data;
      continue;
    }
    const unit = header.offset_unit;
    if (kind === 'document') {
      const parsed = DocumentRecord.safeParse(value);
      if (!parsed.success) return fail('bad-jsonl', `${where}: ${parsed.error.issues[0]?.message ?? 'bad document'}.`);
      const { record: _record, spans: records, ...document } = parsed.data;
      const index = new OffsetIndex(document.text);
      const at = (offset: number): number => index.convert(offset, unit, 'utf16');
      const list: SpanAnnotation[] = [];
      for (const s of records) {
        const span: SpanAnnotation = {
          id: s.id,
          documentId: document.id,
          label: s.label,
          start: at(s.start),
          end: at(s.end),
          ...(s.fragments ? { fragments: s.fragments.map((f) => ({ start: at(f.start), end: at(f.end) })) } : {}),
          quote: s.text,
          prefix: s.prefix,
          suffix: s.suffix,
          attributes: s.attributes,
          ...(s.note !== undefined ? { note: s.note } : {}),
          author: s.author,
          created: s.created,
          modified: s.modified,
        };
        const pieces = span.fragments ?? [{ start: span.start, end: span.end }];
        const actual = pieces.map((p) => document.text.slice(p.start, p.end)).join(' ');
        if (actual !== span.quote) return fail('bad-jsonl', `${where}: span "${s.id}" says "${s.text}" but its offsets cover "${actual}".`);
        list.push(span);
      }
      documents.push(document);
      spans.set(document.id, list);
    } else if (kind === 'relation') {
      const parsed = RelationRecord.safeParse(value);
      if (!parsed.success) return fail('bad-jsonl', `${where}: bad relation.`);
      const { record: _record, ...relation } = parsed.data;
      relations.push(relation);
    } else if (kind === 'claim_group') {
      const parsed = ClaimGroupRecord.safeParse(value);
      if (!parsed.success) return fail('bad-jsonl', `${where}: bad claim group.`);
      const { record: _record, ...group } = parsed.data;
      claimGroups.push(group);
    } else {
      return fail('bad-jsonl', `${where}: unknown record kind ${JSON.stringify(kind)}.`);
    }
  }
  if (!header) return fail('bad-jsonl', 'The file is empty: no Collate JSONL header.');
  return ok({ offsetUnit: header.offset_unit, schema: header.schema, documents, spans, relations, claimGroups });
}
