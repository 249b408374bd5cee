import { z } from 'zod';
import { parseCollateJsonl } from '../export/parse-collate-jsonl';
import { OffsetIndex } from '../offsets';
import { fail, ok, type Result } from '../result';
import { compareQuote, coveredText, toUtf16Fragments } from './check-offsets';
import { textFileName } from './text-name';
import { emptyBundle, type AnnotationBundle, type AnnotatedText, type ImportedSpan } from './types';

/** True when the first record of a JSONL file is a Collate JSONL v2 header. */
export function isCollateJsonlV2(firstRecord: unknown): boolean {
  const r = firstRecord as { record?: unknown; format?: unknown } | null;
  return r !== null && typeof r === 'object' && r.record === 'header' && r.format === 'collate-jsonl';
}

/** True for a record of the one-line-per-document `jsonl` export. */
export function isCollateJsonlRecord(record: unknown): boolean {
  const r = record as Record<string, unknown> | null;
  return r !== null && typeof r === 'object' && typeof r.text === 'string' && Array.isArray(r.spans) && (r.offset_unit === 'codepoint' || r.offset_unit === 'utf16');
}

/**
 * Collate JSONL v2 (`collate export --format collate-jsonl`): read by `parseCollateJsonl`, which
 * fails the whole file on any bad line; each span is checked once more against its text. Span,
 * relation and claim-group ids are carried so that the import keeps them where they do not clash.
 */
export function parseCollateJsonlV2(fileName: string, content: string): Result<AnnotationBundle> {
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
      const fragments = toUtf16Fragments(document.text, index, s.fragments ?? [{ start: s.start, end: s.end }], 'utf16');
      if (!fragments.ok) return fail(fragments.error.code, `${origin}: span "${s.id}": ${fragments.error.message}.`);
      spans.push({
        key: s.id,
        id: s.id,
        label: s.label,
        fragments: fragments.value,
        attributes: { ...s.attributes },
        ...(s.note !== undefined ? { note: s.note } : {}),
        author: s.author,
        created: s.created,
        modified: s.modified,
      });
    }
    const doc: AnnotatedText = { origin, name: textFileName(document.source, document.title, document.id), id: document.id, text: document.text, title: document.title, spans, warnings: [] };
    doc.recorded = { sha256: document.sha256, notes: document.notes, importedAt: document.importedAt };
    for (const field of ['outlet', 'author', 'published', 'note'] as const) if (document[field] !== undefined) doc[field] = document[field];
    bundle.documents.push(doc);
  }
  bundle.relations = parsed.value.relations.map((r) => ({ id: r.id, type: r.type, from: r.from, to: r.to, author: r.author, created: r.created }));
  bundle.claimGroups = parsed.value.claimGroups.map((g) => ({ ...g, members: [...g.members] }));
  return ok(bundle);
}

const Offset = z.number().int().nonnegative();
const LegacyRecord = z.object({
  id: z.string().optional(),
  title: z.string().optional(),
  source: z.string().optional(),
  text: z.string().min(1),
  offset_unit: z.enum(['codepoint', 'utf16']),
  spans: z.array(
    z.object({
      id: z.string().min(1),
      start: Offset,
      end: Offset,
      label: z.string().min(1),
      text: z.string(),
      fragments: z.array(z.object({ start: Offset, end: Offset })).optional(),
      attributes: z.record(z.string(), z.string()).default({}),
      author: z.string().optional(),
      created: z.string().optional(),
      modified: z.string().optional(),
    }),
  ),
  relations: z.array(z.object({ id: z.string().optional(), type: z.string().min(1), from: z.string().min(1), to: z.string().min(1) })).default([]),
});

/**
 * The one-line-per-document `jsonl` export. Each line is one document; a bad line fails that
 * document only. A discontinuous span lists its `fragments`; its `text` then covers its extent.
 */
export function parseCollateJsonlLegacy(fileName: string, lines: ReadonlyArray<{ line: number; value: unknown }>): AnnotationBundle {
  const bundle = emptyBundle('jsonl');
  const keyOf = new Map<string, string>();
  const pending: Array<{ relation: { id?: string; type: string; from: string; to: string }; origin: string }> = [];
  for (const { line, value } of lines) {
    const origin = `${fileName} line ${line}`;
    const parsed = LegacyRecord.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      bundle.failures.push({ origin, reason: `not a Collate JSONL record (${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'bad'}).` });
      continue;
    }
    const record = parsed.data;
    const index = new OffsetIndex(record.text);
    const spans: ImportedSpan[] = [];
    const ids = new Set<string>();
    let problem: string | undefined;
    const warnings: string[] = [];
    for (const s of record.spans) {
      if (ids.has(s.id)) {
        problem = `the span id "${s.id}" is used twice.`;
        break;
      }
      ids.add(s.id);
      const pieces = s.fragments && s.fragments.length > 1 ? s.fragments : [{ start: s.start, end: s.end }];
      const fragments = toUtf16Fragments(record.text, index, pieces, record.offset_unit);
      if (!fragments.ok) {
        problem = `span "${s.id}": ${fragments.error.message}.`;
        break;
      }
      const extent = record.text.slice(fragments.value[0]!.start, fragments.value[fragments.value.length - 1]!.end);
      const quote = compareQuote(s.text, pieces.length > 1 ? extent : coveredText(record.text, fragments.value));
      if (quote.problem) {
        problem = `span "${s.id}": ${quote.problem}.`;
        break;
      }
      if (quote.warning) warnings.push(`${origin}: span "${s.id}": ${quote.warning}.`);
      spans.push({
        key: `${line}:${s.id}`,
        id: s.id,
        label: s.label,
        fragments: fragments.value,
        attributes: { ...s.attributes },
        ...(s.author !== undefined ? { author: s.author } : {}),
        ...(s.created !== undefined ? { created: s.created } : {}),
        ...(s.modified !== undefined ? { modified: s.modified } : {}),
      });
    }
    if (problem) {
      bundle.failures.push({ origin, reason: problem });
      continue;
    }
    bundle.documents.push({
      origin,
      name: textFileName(record.source, record.title, record.id),
      ...(typeof record.id === 'string' ? { id: record.id } : {}),
      text: record.text,
      ...(record.title !== undefined ? { title: record.title } : {}),
      spans,
      warnings,
    });
    for (const id of ids) keyOf.set(id, `${line}:${id}`);
    pending.push(...record.relations.map((r) => ({ relation: r, origin })));
  }
  // A relation is written with the document of its `from` span; its `to` span may be in another line.
  for (const { relation: r, origin } of pending) {
    const [from, to] = [keyOf.get(r.from), keyOf.get(r.to)];
    if (!from || !to) {
      bundle.warnings.push(`${origin}: relation ${r.id ?? r.type} refers to span "${from ? r.to : r.from}", which is in no document of this file; it was left out.`);
      continue;
    }
    bundle.relations.push({ ...(r.id ? { id: r.id } : {}), type: r.type, from, to });
  }
  return bundle;
}
