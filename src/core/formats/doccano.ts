import { OffsetIndex, type OffsetUnit } from '../offsets';
import { toUtf16Fragments } from '../annotation-import/check-offsets';
import { recordText } from '../annotation-import/text-name';
import {
  type AnnotationBundle,
  emptyBundle,
  type ImportedRelation,
  type ImportedSpan,
} from '../annotation-import/types';
import { spanFragments } from '../covered-text';
import type { DatasetFormat, PreparedDataset, WriterContext, WriterResult } from '../dataset-export/types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const ASTRAL = /[\u{10000}-\u{10FFFF}]/u;
const textOf = (r: Json): string | undefined =>
  typeof r.text === 'string' ? r.text : typeof r.data === 'string' ? r.data : undefined;

/** True for a doccano record: a text (`text`, or `data` in old exports) with `entities` or `label`/`labels`. */
export function isDoccanoRecord(value: unknown): boolean {
  return (
    isObject(value) &&
    textOf(value) !== undefined &&
    (Array.isArray(value.entities) || Array.isArray(value.label) || Array.isArray(value.labels))
  );
}

export interface DoccanoOptions {
  /** Unit of offsets for records without `offset_unit`. Default UTF-16 units, as doccano's editor counts. */
  offsetUnit?: OffsetUnit;
}

/**
 * doccano JSONL, one record a line: relation extraction (`entities` with `id`, `start_offset`,
 * `end_offset`, `label`; `relations` by `from_id`/`to_id`/`type`) or sequence labeling (`label`
 * or `labels`: `[[start, end, label]]`; a list of plain strings is a document classification and
 * is left out). doccano's records carry no span text, so offsets are only checked to lie inside
 * the text and not to cut a character. Their unit: the record's `offset_unit` (Collate's own doccano
 * export writes it; its sequence file does not, so a record with `collate_id` counts code points,
 * the export's default), else UTF-16 units, which is what doccano's editor counts (doccano#2290); a
 * record with astral characters (emoji) then gets a warning saying so. Bad records fail alone.
 */
export function parseDoccano(
  fileName: string,
  records: ReadonlyArray<{ line: number; value: unknown }>,
  options: DoccanoOptions = {},
): AnnotationBundle {
  const bundle = emptyBundle('doccano');
  for (const { line, value } of records) {
    const origin = `${fileName} line ${line}`;
    if (!isObject(value) || textOf(value) === undefined) {
      bundle.failures.push({ origin, reason: 'not a doccano record (no "text").' });
      continue;
    }
    const text = textOf(value)!;
    const warnings: string[] = [];
    const declared = value.offset_unit === 'codepoint' || value.offset_unit === 'utf16' ? value.offset_unit : undefined;
    // Collate's own doccano export (records with `collate_id`) counts code points unless it says otherwise.
    const unit: OffsetUnit =
      declared ?? options.offsetUnit ?? (typeof value.collate_id === 'string' ? 'codepoint' : 'utf16');
    const index = new OffsetIndex(text);
    const spans: ImportedSpan[] = [];
    const relations: ImportedRelation[] = [];
    let problem: string | undefined;
    const add = (key: string, start: unknown, end: unknown, label: unknown, what: string): void => {
      if (problem) return;
      if (typeof start !== 'number' || typeof end !== 'number' || typeof label !== 'string' || label === '') {
        problem = `${what} is not [start, end, label].`;
        return;
      }
      const fragments = toUtf16Fragments(text, index, [{ start, end }], unit);
      if (!fragments.ok) {
        problem = `${what}: ${fragments.error.message}.`;
        return;
      }
      spans.push({ key: `${line}:${key}`, label, fragments: fragments.value, attributes: {} });
    };
    // Collate's export marks the later fragments of a discontinuous span with `collate_fragment_of`.
    const fragmentOf = new Map<string, string>();
    const ids = new Set<string>();
    if (Array.isArray(value.entities)) {
      value.entities.forEach((e, i) => {
        if (Array.isArray(e)) return add(`e${i}`, e[0], e[1], e[2], `entity ${i + 1}`);
        if (!isObject(e)) return add(`e${i}`, undefined, undefined, undefined, `entity ${i + 1}`);
        const id = e.id !== undefined ? String(e.id) : `e${i}`;
        if (ids.has(id)) problem ??= `two entities have the id ${id}.`;
        ids.add(id);
        if (e.collate_fragment_of !== undefined) fragmentOf.set(id, String(e.collate_fragment_of));
        add(id, e.start_offset, e.end_offset, e.label, `entity ${id}`);
      });
      problem ??= joinFragments(spans, fragmentOf, line);
      for (const r of Array.isArray(value.relations) ? value.relations : []) {
        if (problem) break;
        if (!isObject(r) || !ids.has(String(r.from_id)) || !ids.has(String(r.to_id))) {
          problem = `a relation refers to an entity that is not in the record (${isObject(r) ? `${String(r.from_id)} → ${String(r.to_id)}` : 'bad relation'}).`;
          break;
        }
        relations.push({
          type: typeof r.type === 'string' && r.type ? r.type : 'related',
          from: `${line}:${String(r.from_id)}`,
          to: `${line}:${String(r.to_id)}`,
        });
      }
    } else {
      const raw: unknown = Array.isArray(value.label) ? value.label : value.labels;
      const list: unknown[] = Array.isArray(raw) ? raw : [];
      if (!Array.isArray(raw)) problem = 'its "label" is not a list of [start, end, label] entries.';
      else if (list.every((l) => typeof l === 'string')) {
        if (list.length > 0)
          warnings.push(`${origin}: document labels (${list.join(', ')}) left out; Collate labels spans.`);
      } else {
        list.forEach((l, i) =>
          Array.isArray(l)
            ? add(`l${i}`, l[0], l[1], l[2], `label ${i + 1}`)
            : add(`l${i}`, undefined, undefined, undefined, `label ${i + 1}`),
        );
      }
    }
    if (problem) {
      bundle.failures.push({ origin, reason: problem });
      continue;
    }
    if (!declared && typeof value.collate_id !== 'string' && ASTRAL.test(text) && spans.length > 0) {
      warnings.push(
        `${origin}: the text has emoji or other astral characters and the record does not say its offset unit; read as ${unit === 'utf16' ? "UTF-16 units (doccano's editor)" : 'code points'}.`,
      );
    }
    bundle.documents.push(
      recordText(value, `${fileName.replace(/\.[^.]*$/, '')}-${line}`, { origin, text, spans, warnings }),
    );
    bundle.relations.push(...relations);
  }
  return bundle;
}

/** Folds entities marked `collate_fragment_of` into the span of the entity they name; a problem otherwise. */
function joinFragments(spans: ImportedSpan[], fragmentOf: Map<string, string>, line: number): string | undefined {
  if (fragmentOf.size === 0) return undefined;
  const byKey = new Map(spans.map((s) => [s.key, s]));
  for (const [id, firstId] of fragmentOf) {
    const piece = byKey.get(`${line}:${id}`);
    const first = byKey.get(`${line}:${firstId}`);
    if (!piece || !first || fragmentOf.has(firstId) || first === piece || first.label !== piece.label)
      return `entity ${id} says it is a fragment of entity ${firstId}, which is not a first fragment with its label.`;
    first.fragments = [...first.fragments, ...piece.fragments].sort((a, b) => a.start - b.start);
    spans.splice(spans.indexOf(piece), 1);
  }
  for (const span of spans) {
    if (span.fragments.some((f, i) => i > 0 && f.start < span.fragments[i - 1]!.end))
      return `the fragments of entity ${span.key.slice(String(line).length + 1)} overlap.`;
  }
  return undefined;
}

export interface DoccanoRecord {
  text: string;
  entities: Array<{
    id: number;
    start_offset: number;
    end_offset: number;
    label: string;
    collate_fragment_of?: number;
  }>;
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
    const record: DoccanoRecord = {
      text: document.text,
      entities: [],
      relations: [],
      collate_id: document.id,
      offset_unit: unit,
    };
    const labels: Array<[number, number, string]> = [];
    // Fragments sorted with the spans, so that re-importing them as separate spans exports the same lines.
    const pieces: Array<{ spanId: string; first: boolean; start: number; end: number; label: string }> = [];
    for (const span of data.spans.get(document.id) ?? []) {
      const fragments = spanFragments(span);
      if (span.fragments)
        warnings.push(
          `doccano: the discontinuous ${span.label} span at ${at(span.start)}–${at(span.end)} in "${document.id}" ` +
            `became ${fragments.length} entities (marked with collate_fragment_of); relations use the first.`,
        );
      fragments.forEach((f, i) =>
        pieces.push({ spanId: span.id, first: i === 0, start: f.start, end: f.end, label: span.label }),
      );
    }
    pieces.sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    for (const piece of pieces) {
      const id = nextEntity++;
      const first = entityIds.get(piece.spanId);
      if (piece.first) entityIds.set(piece.spanId, { documentId: document.id, id });
      record.entities.push({
        id,
        start_offset: at(piece.start),
        end_offset: at(piece.end),
        label: piece.label,
        ...(piece.first ? {} : { collate_fragment_of: first!.id }),
      });
      labels.push([at(piece.start), at(piece.end), piece.label]);
    }
    if (unit === 'codepoint' && ASTRAL.test(document.text)) {
      warnings.push(
        `doccano: "${document.id}" has characters outside the BMP (emoji…); offsets are code points, doccano's editor counts UTF-16 units — export with offset unit utf16 to label in doccano.`,
      );
    }
    records.push(record);
    sequence.push({ text: document.text, label: labels, collate_id: document.id, offset_unit: unit });
  }
  for (const r of data.relations) {
    const from = entityIds.get(r.from)!;
    const to = entityIds.get(r.to)!;
    if (from.documentId !== to.documentId) {
      warnings.push(
        `doccano: relation "${r.id}" (${r.type}) links documents "${from.documentId}" and "${to.documentId}"; left out.`,
      );
      continue;
    }
    records[data.documents.findIndex((d) => d.id === from.documentId)]!.relations.push({
      id: nextRelation++,
      from_id: from.id,
      to_id: to.id,
      type: r.type,
    });
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
  description:
    'doccano JSONL: entities + relations (relation extraction) and the older "label" form (sequence labeling).',
  offsets: 'option',
  carriesAuthors: false,
  carriesAttributes: false,
  limitations: [
    'Relations between documents and claim groups are left out; attributes, notes, authors and times are not carried.',
    'Discontinuous spans become one entity per fragment; Collate marks the later ones with collate_fragment_of.',
    "doccano's editor counts UTF-16 units (doccano issue #2290); choose offset unit utf16 when the texts contain emoji and you will label them in doccano.",
  ],
  write: writeDoccano,
};
