import { OffsetIndex, type OffsetUnit } from '../offsets';
import type { CollateDocument, Relation, SpanAnnotation } from '../model';
import { z } from 'zod';
import { compareQuote, toUtf16Fragments } from '../annotation-import/check-offsets';
import { coveredText } from '../covered-text';
import { textFileName } from '../annotation-import/text-name';
import { type AnnotationBundle, emptyBundle, type ImportedSpan } from '../annotation-import/types';
import { writeWithChunks } from '../dataset-export/types';
import type { DatasetFormat, DocumentChunks, PreparedDataset, WriterContext } from '../dataset-export/types';

export interface DatasetInput {
  documents: CollateDocument[];
  spans: ReadonlyMap<string, SpanAnnotation[]>;
  relations: Relation[];
}

export interface JsonlRecord {
  id: string;
  title: string;
  source: string;
  sha256: string;
  text: string;
  offset_unit: OffsetUnit;
  spans: Array<{
    id: string;
    start: number;
    end: number;
    label: string;
    text: string;
    /** The pieces of a discontinuous span; `start`/`end`/`text` then cover its whole extent. */
    fragments?: Array<{ start: number; end: number; text: string }>;
    attributes: Record<string, string>;
    author: string;
    created: string;
    modified: string;
  }>;
  relations: Array<{ id: string; type: string; from: string; to: string }>;
}

const byPosition = (a: SpanAnnotation, b: SpanAnnotation): number =>
  a.start - b.start || a.end - b.end || a.id.localeCompare(b.id);

/** One dataset record per document, offsets in the requested unit (code points unless told). */
export function toJsonlRecord(
  document: CollateDocument,
  spans: SpanAnnotation[],
  relations: Relation[],
  offsetUnit: OffsetUnit = 'codepoint',
): JsonlRecord {
  const index = new OffsetIndex(document.text);
  // An orphaned span has no place in the current text until the analyst re-attaches it.
  spans = spans.filter((s) => !s.orphaned);
  const spanIds = new Set(spans.map((s) => s.id));
  return {
    id: document.id,
    title: document.title,
    source: document.source,
    sha256: document.sha256,
    text: document.text,
    offset_unit: offsetUnit,
    spans: [...spans].sort(byPosition).map((s) => ({
      id: s.id,
      start: index.convert(s.start, 'utf16', offsetUnit),
      end: index.convert(s.end, 'utf16', offsetUnit),
      label: s.label,
      text: s.fragments ? document.text.slice(s.start, s.end) : s.quote,
      ...(s.fragments
        ? {
            fragments: s.fragments.map((f) => ({
              start: index.convert(f.start, 'utf16', offsetUnit),
              end: index.convert(f.end, 'utf16', offsetUnit),
              text: document.text.slice(f.start, f.end),
            })),
          }
        : {}),
      attributes: s.attributes,
      author: s.author,
      created: s.created,
      modified: s.modified,
    })),
    relations: relations.filter((r) => spanIds.has(r.from)).map(({ id, type, from, to }) => ({ id, type, from, to })),
  };
}

/** Serialises a dataset as JSON Lines: one document per line, ending with a newline. */
export function exportJsonl(input: DatasetInput, offsetUnit: OffsetUnit = 'codepoint'): string {
  return input.documents
    .map((d) => JSON.stringify(toJsonlRecord(d, input.spans.get(d.id) ?? [], input.relations, offsetUnit)) + '\n')
    .join('');
}

/** True for a record of the one-line-per-document `jsonl` export. */
export function isJsonlRecord(record: unknown): boolean {
  const r = record as Record<string, unknown> | null;
  return (
    r !== null &&
    typeof r === 'object' &&
    typeof r.text === 'string' &&
    Array.isArray(r.spans) &&
    (r.offset_unit === 'codepoint' || r.offset_unit === 'utf16')
  );
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
  relations: z
    .array(
      z.object({ id: z.string().optional(), type: z.string().min(1), from: z.string().min(1), to: z.string().min(1) }),
    )
    .default([]),
});

/**
 * The one-line-per-document `jsonl` export. Each line is one document; a bad line fails that
 * document only. A discontinuous span lists its `fragments`; its `text` then covers its extent.
 */
export function parseJsonlRecords(
  fileName: string,
  lines: ReadonlyArray<{ line: number; value: unknown }>,
): AnnotationBundle {
  const bundle = emptyBundle('jsonl');
  const keyOf = new Map<string, string>();
  const pending: Array<{ relation: { id?: string; type: string; from: string; to: string }; origin: string }> = [];
  for (const { line, value } of lines) {
    const origin = `${fileName} line ${line}`;
    const parsed = LegacyRecord.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      bundle.failures.push({
        origin,
        reason: `not a Collate JSONL record (${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'bad'}).`,
      });
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
      bundle.warnings.push(
        `${origin}: relation ${r.id ?? r.type} refers to span "${from ? r.to : r.from}", which is in no document of this file; it was left out.`,
      );
      continue;
    }
    bundle.relations.push({ ...(r.id ? { id: r.id } : {}), type: r.type, from, to });
  }
  return bundle;
}

/** The file the jsonl format writes (one per split part, in the part's folder). */
export const JSONL_FILE = 'documents.jsonl';

function jsonlChunks(data: PreparedDataset, context: WriterContext): DocumentChunks {
  const fromSpan = relationsByFrom(data.relations);
  return {
    path: JSONL_FILE,
    begin: () => '',
    document: (document, spans) => {
      const own = relationsFrom(data.relations, fromSpan, spans);
      return JSON.stringify(toJsonlRecord(document, [...spans], own, context.offsetUnit)) + '\n';
    },
    end: () => ({ text: '', warnings: [] }),
  };
}

/** Where each span's relations are in `relations`, by the span they come from. */
function relationsByFrom(relations: readonly Relation[]): Map<string, number[]> {
  const byFrom = new Map<string, number[]>();
  relations.forEach((r, at) => {
    const list = byFrom.get(r.from);
    if (list) list.push(at);
    else byFrom.set(r.from, [at]);
  });
  return byFrom;
}

/** The relations that come from these spans, in their order in `relations`, without a scan of them all. */
function relationsFrom(
  relations: readonly Relation[],
  byFrom: ReadonlyMap<string, number[]>,
  spans: readonly SpanAnnotation[],
): Relation[] {
  const at = [...new Set(spans.map((s) => s.id))].flatMap((id) => byFrom.get(id) ?? []);
  return at.sort((a, b) => a - b).map((i) => relations[i]!);
}

export const jsonlFormat: DatasetFormat = {
  name: 'jsonl',
  description: 'JSON Lines: one line per document with its text, spans and the relations from its spans.',
  offsets: 'option',
  limitations: [
    'No schema, claim groups or notes; relations are listed with the document of their first span.',
    'Use collate-jsonl to carry everything and re-import it into Collate.',
  ],
  write: writeWithChunks(jsonlChunks),
  chunks: jsonlChunks,
};
