import { ClaimGroup, CollateDocument, LabelSchema, Relation, type SpanAnnotation } from '../model';
import { OffsetIndex, type OffsetUnit } from '../offsets';
import type { DatasetFormat, ExportInput, PreparedDataset, WriterContext, WriterResult } from '../dataset-export/types';
import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { toUtf16Fragments } from '../annotation-import/check-offsets';
import { textFileName } from '../annotation-import/text-name';
import { type AnnotatedText, type AnnotationBundle, emptyBundle, type ImportedSpan } from '../annotation-import/types';
import { coveredText } from '../covered-text';

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
  layer?: 'curated';
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
    ...(span.layer ? { layer: span.layer } : {}),
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
/** A document's fields in the model's order, however the object was built: the same document, the same line. */
function inSchemaOrder(document: CollateDocument): Partial<CollateDocument> {
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(CollateDocument.shape))
    if ((document as Record<string, unknown>)[key] !== undefined)
      ordered[key] = (document as Record<string, unknown>)[key];
  return ordered as Partial<CollateDocument>;
}

export function writeCollateJsonl(data: PreparedDataset, context: WriterContext): WriterResult {
  const unit = context.offsetUnit;
  const lines: unknown[] = [
    {
      record: 'header',
      format: 'collate-jsonl',
      version: COLLATE_JSONL_VERSION,
      offset_unit: unit,
      schema: data.schema,
    },
  ];
  for (const document of data.documents) {
    const index = new OffsetIndex(document.text);
    lines.push({
      record: 'document',
      ...inSchemaOrder(document),
      spans: (data.spans.get(document.id) ?? []).map((s) => spanRecord(s, index, unit)),
    });
  }
  for (const r of data.relations)
    lines.push({
      record: 'relation',
      id: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      author: r.author,
      ...(r.layer ? { layer: r.layer } : {}),
      created: r.created,
    });
  for (const g of data.claimGroups) {
    lines.push({
      record: 'claim_group',
      id: g.id,
      statement: g.statement,
      members: [...g.members],
      ...(g.author !== undefined ? { author: g.author } : {}),
      ...(g.layer ? { layer: g.layer } : {}),
      created: g.created,
      modified: g.modified,
    });
  }
  return {
    files: [{ path: 'dataset.jsonl', content: lines.map((l) => JSON.stringify(l) + '\n').join('') }],
    warnings: [],
  };
}

export const collateJsonlFormat: DatasetFormat = {
  name: 'collate-jsonl',
  description: 'Collate JSONL v2: lossless documents, spans, relations and claim groups; re-imports into Collate.',
  offsets: 'option',
  limitations: ['Nothing: every field Collate stores is written (notes only when notes are included).'],
  write: writeCollateJsonl,
};

const Offset = z.number().int().nonnegative();
const SpanRecord = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  start: Offset,
  end: Offset,
  fragments: z
    .array(z.object({ start: Offset, end: Offset }))
    .min(2)
    .optional(),
  text: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  attributes: z.record(z.string(), z.string()),
  note: z.string().optional(),
  author: z.string(),
  layer: z.literal('curated').optional(),
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
      if (!parsed.success)
        return fail('bad-jsonl', `${where}: expected a Collate JSONL v${COLLATE_JSONL_VERSION} header.`);
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
          ...(s.layer ? { layer: s.layer } : {}),
          created: s.created,
          modified: s.modified,
        };
        const actual = coveredText(document.text, span);
        if (actual !== span.quote)
          return fail('bad-jsonl', `${where}: span "${s.id}" says "${s.text}" but its offsets cover "${actual}".`);
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

/** True when the first record of a JSONL file is a Collate JSONL v2 header. */
export function isCollateJsonlV2(firstRecord: unknown): boolean {
  const r = firstRecord as { record?: unknown; format?: unknown } | null;
  return r !== null && typeof r === 'object' && r.record === 'header' && r.format === 'collate-jsonl';
}

/**
 * Collate JSONL v2 (`collate export --format collate-jsonl`): read by `parseCollateJsonl`, which
 * fails the whole file on any bad line; each span is checked once more against its text. Span,
 * relation and claim-group ids are carried so that the import keeps them where they do not clash.
 */
export function parseCollateJsonlBundle(fileName: string, content: string): Result<AnnotationBundle> {
  const parsed = parseCollateJsonl(content);
  if (!parsed.ok) return fail(parsed.error.code, `${fileName}: ${parsed.error.message}`);
  const bundle = emptyBundle('collate-jsonl');
  bundle.schema = parsed.value.schema;
  const keys = new Set<string>();
  for (const document of parsed.value.documents) {
    const index = new OffsetIndex(document.text);
    const origin = `${fileName} document "${document.title}"`;
    const spans: ImportedSpan[] = [];
    for (const s of parsed.value.spans.get(document.id) ?? []) {
      if (keys.has(s.id)) return fail('clashing-ids', `${fileName}: the span id "${s.id}" is used twice in this file.`);
      keys.add(s.id);
      const fragments = toUtf16Fragments(
        document.text,
        index,
        s.fragments ?? [{ start: s.start, end: s.end }],
        'utf16',
      );
      if (!fragments.ok) return fail(fragments.error.code, `${origin}: span "${s.id}": ${fragments.error.message}.`);
      spans.push({
        key: s.id,
        id: s.id,
        label: s.label,
        fragments: fragments.value,
        attributes: { ...s.attributes },
        ...(s.note !== undefined ? { note: s.note } : {}),
        author: s.author,
        ...(s.layer ? { layer: s.layer } : {}),
        created: s.created,
        modified: s.modified,
      });
    }
    const doc: AnnotatedText = {
      origin,
      name: textFileName(document.source, document.title, document.id),
      id: document.id,
      text: document.text,
      title: document.title,
      spans,
      warnings: [],
    };
    doc.recorded = { sha256: document.sha256, notes: document.notes, importedAt: document.importedAt };
    for (const field of ['outlet', 'author', 'published', 'note'] as const)
      if (document[field] !== undefined) doc[field] = document[field];
    bundle.documents.push(doc);
  }
  bundle.relations = parsed.value.relations.map((r) => ({
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    author: r.author,
    ...(r.layer ? { layer: r.layer } : {}),
    created: r.created,
  }));
  bundle.claimGroups = parsed.value.claimGroups.map((g) => ({ ...g, members: [...g.members] }));
  return ok(bundle);
}
