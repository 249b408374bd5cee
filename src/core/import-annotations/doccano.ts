import { OffsetIndex, type OffsetUnit } from '../offsets';
import { toUtf16Fragments } from './check-offsets';
import { textFileName } from './text-name';
import { emptyBundle, type AnnotationBundle, type ImportedRelation, type ImportedSpan } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const ASTRAL = /[\u{10000}-\u{10FFFF}]/u;

const textOf = (r: Json): string | undefined => (typeof r.text === 'string' ? r.text : typeof r.data === 'string' ? r.data : undefined);

/** True for a doccano record: a text (`text`, or `data` in old exports) with `entities` or `label`/`labels`. */
export function isDoccanoRecord(value: unknown): boolean {
  return isObject(value) && textOf(value) !== undefined && (Array.isArray(value.entities) || Array.isArray(value.label) || Array.isArray(value.labels));
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
export function parseDoccano(fileName: string, records: ReadonlyArray<{ line: number; value: unknown }>, options: DoccanoOptions = {}): AnnotationBundle {
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
    const unit: OffsetUnit = declared ?? options.offsetUnit ?? (typeof value.collate_id === 'string' ? 'codepoint' : 'utf16');
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
    const ids = new Set<string>();
    if (Array.isArray(value.entities)) {
      value.entities.forEach((e, i) => {
        if (Array.isArray(e)) return add(`e${i}`, e[0], e[1], e[2], `entity ${i + 1}`);
        if (!isObject(e)) return add(`e${i}`, undefined, undefined, undefined, `entity ${i + 1}`);
        const id = e.id !== undefined ? String(e.id) : `e${i}`;
        if (ids.has(id)) problem ??= `two entities have the id ${id}.`;
        ids.add(id);
        add(id, e.start_offset, e.end_offset, e.label, `entity ${id}`);
      });
      for (const r of Array.isArray(value.relations) ? value.relations : []) {
        if (problem) break;
        if (!isObject(r) || !ids.has(String(r.from_id)) || !ids.has(String(r.to_id))) {
          problem = `a relation refers to an entity that is not in the record (${isObject(r) ? `${String(r.from_id)} → ${String(r.to_id)}` : 'bad relation'}).`;
          break;
        }
        relations.push({ type: typeof r.type === 'string' && r.type ? r.type : 'related', from: `${line}:${String(r.from_id)}`, to: `${line}:${String(r.to_id)}` });
      }
    } else {
      const raw: unknown = Array.isArray(value.label) ? value.label : value.labels;
      const list: unknown[] = Array.isArray(raw) ? raw : [];
      if (!Array.isArray(raw)) problem = 'its "label" is not a list of [start, end, label] entries.';
      else if (list.every((l) => typeof l === 'string')) {
        if (list.length > 0) warnings.push(`${origin}: document labels (${list.join(', ')}) left out; Collate labels spans.`);
      } else {
        list.forEach((l, i) => (Array.isArray(l) ? add(`l${i}`, l[0], l[1], l[2], `label ${i + 1}`) : add(`l${i}`, undefined, undefined, undefined, `label ${i + 1}`)));
      }
    }
    if (problem) {
      bundle.failures.push({ origin, reason: problem });
      continue;
    }
    if (!declared && typeof value.collate_id !== 'string' && ASTRAL.test(text) && spans.length > 0) {
      warnings.push(`${origin}: the text has emoji or other astral characters and the record does not say its offset unit; read as ${unit === 'utf16' ? "UTF-16 units (doccano's editor)" : 'code points'}.`);
    }
    const title = typeof value.title === 'string' ? value.title : undefined;
    const collateId = typeof value.collate_id === 'string' ? value.collate_id : undefined;
    const name = textFileName(title, collateId, `${fileName.replace(/\.[^.]*$/, '')}-${line}`);
    bundle.documents.push({ origin, name, text, ...(collateId ? { id: collateId } : {}), ...(title ? { title } : {}), spans, warnings });
    bundle.relations.push(...relations);
  }
  return bundle;
}
