import type { Fragment } from '../model';
import { OffsetIndex, type OffsetUnit } from '../offsets';
import { compareQuote, coveredText, toUtf16Fragments } from './check-offsets';
import { plainNoteToHtml } from './note-html';
import { textFileName } from './text-name';
import { emptyBundle, type AnnotationBundle, type ImportedRelation, type ImportedSpan } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** True for a Label Studio task: an object with a `data` object (and usually `annotations`). */
export function isLabelStudioTask(value: unknown): boolean {
  return isObject(value) && isObject(value.data) && (Array.isArray(value.annotations) || Array.isArray(value.completions) || Array.isArray(value.predictions) || Object.values(value.data).some((v) => typeof v === 'string'));
}

function authorOf(annotation: Json): string | undefined {
  const by = annotation.completed_by;
  if (typeof by === 'number' || typeof by === 'string') return `label-studio user ${by}`;
  if (isObject(by)) {
    for (const key of ['email', 'username', 'id']) if (typeof by[key] === 'string' || typeof by[key] === 'number') return String(by[key]);
  }
  return undefined;
}

interface Region {
  id: string;
  labels: string[];
  pieces: Fragment[];
  said: string[];
}

/**
 * Label Studio tasks JSON (the export "JSON": an array of tasks, or one task). Each task's
 * `data.text` becomes a document; every annotation of it (one per annotator, `completed_by` as
 * author) adds its `labels` regions as spans, `choices` on a region as attributes (the control
 * name, less Collate's `attr_<label>_` prefix), `textarea` on a region as the note, and `relation`
 * results as relations (`labels[0]`, else `related`; `left` reversed). Regions `<id>~2`… (Collate's
 * export of a discontinuous span) join region `<id>`.
 *
 * Offsets are in the unit a task names in `data.offset_unit` (Collate's export), else code points
 * (Label Studio counts them so since 2021: label-studio#1559, label-studio-frontend#308). When a region's `text` does not match as code points but matches as
 * UTF-16 units (older Label Studio), UTF-16 is used and said in a warning. Predictions are left out.
 */
export function parseLabelStudio(fileName: string, value: unknown): AnnotationBundle {
  const bundle = emptyBundle('label-studio');
  const tasks = Array.isArray(value) ? value : [value];
  tasks.forEach((task, taskIndex) => {
    const origin = `${fileName} task ${isObject(task) && (typeof task.id === 'number' || typeof task.id === 'string') ? task.id : taskIndex + 1}`;
    if (!isObject(task) || !isObject(task.data)) {
      bundle.failures.push({ origin, reason: 'not a Label Studio task (no "data" object).' });
      return;
    }
    const data = task.data;
    const textKey = typeof data.text === 'string' ? 'text' : Object.keys(data).find((k) => typeof data[k] === 'string' && (data[k] as string).length > 0);
    const text = textKey ? (data[textKey] as string) : '';
    if (!text) {
      bundle.failures.push({ origin, reason: 'the task has no text in "data".' });
      return;
    }
    const warnings: string[] = [];
    if (textKey !== 'text') warnings.push(`${origin}: the text was taken from data.${textKey}.`);
    const annotations = ((Array.isArray(task.annotations) ? task.annotations : Array.isArray(task.completions) ? task.completions : []) as unknown[]).filter(
      (a): a is Json => isObject(a) && a.was_cancelled !== true,
    );
    if (Array.isArray(task.predictions) && task.predictions.length > 0) warnings.push(`${origin}: ${task.predictions.length} prediction(s) left out; only annotations are imported.`);
    const declared = data.offset_unit === 'codepoint' || data.offset_unit === 'utf16' ? data.offset_unit : undefined;
    const index = new OffsetIndex(text);
    const spans: ImportedSpan[] = [];
    const relations: ImportedRelation[] = [];
    let problem: string | undefined;
    annotations.forEach((annotation, annotationIndex) => {
      if (problem) return;
      const author = authorOf(annotation);
      const created = typeof annotation.created_at === 'string' ? annotation.created_at : undefined;
      const results = (Array.isArray(annotation.result) ? annotation.result : []).filter(isObject);
      const prefix = `${taskIndex}:${annotations.length > 1 ? `${annotationIndex}:` : ''}`;
      const regions = new Map<string, Region>();
      for (const r of results) {
        const v = r.value;
        if (!isObject(v) || typeof v.start !== 'number' || typeof v.end !== 'number' || !Array.isArray(v.labels)) continue;
        const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : `#${regions.size + 1}`;
        const base = /^(.*)~\d+$/.exec(id)?.[1];
        const labels = v.labels.filter((l): l is string => typeof l === 'string' && l !== '');
        const said = typeof v.text === 'string' ? v.text : undefined;
        const into = base !== undefined ? regions.get(base) : undefined;
        const same = regions.get(id);
        if (into && into.labels.join('\u0000') === labels.join('\u0000')) {
          into.pieces.push({ start: v.start, end: v.end });
          if (said !== undefined) into.said.push(said);
        } else if (same && same.pieces.length === 1 && same.pieces[0]!.start === v.start && same.pieces[0]!.end === v.end) {
          // Two label controls on one region: one span per label, as for a region with several labels.
          for (const label of labels) if (!same.labels.includes(label)) same.labels.push(label);
        } else {
          const unique = same ? `${id}@${regions.size + 1}` : id;
          if (same) warnings.push(`${origin}: region id "${id}" is used by two different regions; the second is read as "${unique}".`);
          regions.set(unique, { id: unique, labels, pieces: [{ start: v.start, end: v.end }], said: said !== undefined ? [said] : [] });
        }
      }
      const keyOf = new Map<string, string>();
      const made = new Map<string, ImportedSpan[]>();
      for (const region of regions.values()) {
        if (region.labels.length === 0) continue;
        let unit: OffsetUnit = declared ?? 'codepoint';
        let fragments = toUtf16Fragments(text, index, region.pieces, unit);
        const saidText = region.said.length === region.pieces.length ? region.said.join(' ') : undefined;
        const matches = (f: typeof fragments): boolean => f.ok && (saidText === undefined || !compareQuote(saidText, coveredText(text, f.value)).problem);
        if (!declared && !matches(fragments)) {
          const utf16 = toUtf16Fragments(text, index, region.pieces, 'utf16');
          if (saidText !== undefined && matches(utf16)) {
            fragments = utf16;
            unit = 'utf16';
            warnings.push(`${origin}: region "${region.id}" matches its text only as UTF-16 units (an older Label Studio); read so.`);
          }
        }
        if (!fragments.ok) {
          problem = `region "${region.id}": ${fragments.error.message}.`;
          return;
        }
        if (saidText !== undefined) {
          const quote = compareQuote(saidText, coveredText(text, fragments.value));
          if (quote.problem) {
            problem = `region "${region.id}": ${quote.problem}.`;
            return;
          }
          if (quote.warning) warnings.push(`${origin}: region "${region.id}": ${quote.warning}.`);
        }
        const list = region.labels.map((label, i) => {
          const span: ImportedSpan = { key: `${prefix}${region.id}${i > 0 ? `#${label}` : ''}`, label, fragments: fragments.value, attributes: {} };
          if (i === 0) span.id = region.id;
          if (author) span.author = author;
          if (created) span.created = created;
          return span;
        });
        keyOf.set(region.id, list[0]!.key);
        made.set(region.id, list);
        spans.push(...list);
      }
      for (const r of results) {
        const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : undefined;
        const v = r.value;
        if (r.type === 'relation') {
          const from = keyOf.get(String(r.from_id));
          const to = keyOf.get(String(r.to_id));
          if (!from || !to) {
            warnings.push(`${origin}: a relation refers to region "${!from ? String(r.from_id) : String(r.to_id)}", which is not a labelled text region; left out.`);
            continue;
          }
          const labels = Array.isArray(r.labels) ? r.labels.filter((l): l is string => typeof l === 'string' && l !== '') : [];
          const [a, b] = r.direction === 'left' ? [to, from] : [from, to];
          for (const type of labels.length > 0 ? labels : ['related']) relations.push({ type, from: a, to: b, ...(author ? { author } : {}), ...(created ? { created } : {}) });
          continue;
        }
        if (!id || !isObject(v)) continue;
        const targets = made.get(id) ?? made.get(/^(.*)~\d+$/.exec(id)?.[1] ?? '');
        if (!targets) continue;
        if (r.type === 'choices' && Array.isArray(v.choices) && typeof r.from_name === 'string') {
          for (const span of targets) {
            const prefixName = `attr_${span.label}_`.replace(/[^A-Za-z0-9_-]/g, '_');
            const name = r.from_name.startsWith(prefixName) ? r.from_name.slice(prefixName.length) : r.from_name;
            span.attributes[name] = v.choices.map(String).join(', ');
          }
        } else if (r.type === 'textarea' && Array.isArray(v.text)) {
          const html = plainNoteToHtml(v.text.map(String).join('\n'));
          if (html) for (const span of targets) span.note = html;
        }
      }
    });
    if (problem) {
      bundle.failures.push({ origin, reason: problem });
      return;
    }
    const title = typeof data.title === 'string' ? data.title : undefined;
    const collateId = typeof data.collate_id === 'string' ? data.collate_id : undefined;
    const name = textFileName(title, collateId, `task-${String(task.id ?? taskIndex + 1)}`);
    bundle.documents.push({ origin, name, text, ...(collateId ? { id: collateId } : {}), ...(title ? { title } : {}), spans, warnings });
    bundle.relations.push(...relations);
  });
  return bundle;
}
