import type { Fragment, LabelSchema, SpanAnnotation } from '../model';
import { OffsetIndex, type OffsetUnit } from '../offsets';
import { compareQuote, toUtf16Fragments } from '../annotation-import/check-offsets';
import { coveredText, spanFragments } from '../covered-text';
import { plainNoteToHtml } from '../annotation-import/note-html';
import { recordText } from '../annotation-import/text-name';
import {
  type AnnotationBundle,
  emptyBundle,
  type ImportedRelation,
  type ImportedSpan,
} from '../annotation-import/types';
import { noteToText } from '../dataset-export/note-to-text';
import type { DatasetFormat, PreparedDataset, WriterContext, WriterResult } from '../dataset-export/types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** True for a Label Studio task: an object with a `data` object (and usually `annotations`). */
export function isLabelStudioTask(value: unknown): boolean {
  return (
    isObject(value) &&
    isObject(value.data) &&
    (Array.isArray(value.annotations) ||
      Array.isArray(value.completions) ||
      Array.isArray(value.predictions) ||
      Object.values(value.data).some((v) => typeof v === 'string'))
  );
}

function authorOf(annotation: Json): string | undefined {
  const by = annotation.completed_by;
  if (typeof by === 'number' || typeof by === 'string') return `label-studio user ${by}`;
  if (isObject(by)) {
    for (const key of ['email', 'username', 'id'])
      if (typeof by[key] === 'string' || typeof by[key] === 'number') return String(by[key]);
  }
  return undefined;
}

interface ReadRegion {
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
    const textKey =
      typeof data.text === 'string'
        ? 'text'
        : Object.keys(data).find((k) => typeof data[k] === 'string' && (data[k] as string).length > 0);
    const text = textKey ? (data[textKey] as string) : '';
    if (!text) {
      bundle.failures.push({ origin, reason: 'the task has no text in "data".' });
      return;
    }
    const warnings: string[] = [];
    if (textKey !== 'text') warnings.push(`${origin}: the text was taken from data.${textKey}.`);
    const annotations = (
      (Array.isArray(task.annotations)
        ? task.annotations
        : Array.isArray(task.completions)
          ? task.completions
          : []) as unknown[]
    ).filter((a): a is Json => isObject(a) && a.was_cancelled !== true);
    if (Array.isArray(task.predictions) && task.predictions.length > 0)
      warnings.push(`${origin}: ${task.predictions.length} prediction(s) left out; only annotations are imported.`);
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
      const regions = new Map<string, ReadRegion>();
      for (const r of results) {
        const v = r.value;
        if (!isObject(v) || typeof v.start !== 'number' || typeof v.end !== 'number' || !Array.isArray(v.labels))
          continue;
        const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : `#${regions.size + 1}`;
        const base = /^(.*)~\d+$/.exec(id)?.[1];
        const labels = v.labels.filter((l): l is string => typeof l === 'string' && l !== '');
        const said = typeof v.text === 'string' ? v.text : undefined;
        const into = base !== undefined ? regions.get(base) : undefined;
        const same = regions.get(id);
        if (into && into.labels.join('\u0000') === labels.join('\u0000')) {
          into.pieces.push({ start: v.start, end: v.end });
          if (said !== undefined) into.said.push(said);
        } else if (
          same &&
          same.pieces.length === 1 &&
          same.pieces[0]!.start === v.start &&
          same.pieces[0]!.end === v.end
        ) {
          // Two label controls on one region: one span per label, as for a region with several labels.
          for (const label of labels) if (!same.labels.includes(label)) same.labels.push(label);
        } else {
          const unique = same ? `${id}@${regions.size + 1}` : id;
          if (same)
            warnings.push(
              `${origin}: region id "${id}" is used by two different regions; the second is read as "${unique}".`,
            );
          regions.set(unique, {
            id: unique,
            labels,
            pieces: [{ start: v.start, end: v.end }],
            said: said !== undefined ? [said] : [],
          });
        }
      }
      const keyOf = new Map<string, string>();
      const made = new Map<string, ImportedSpan[]>();
      for (const region of regions.values()) {
        if (region.labels.length === 0) continue;
        let unit: OffsetUnit = declared ?? 'codepoint';
        let fragments = toUtf16Fragments(text, index, region.pieces, unit);
        const saidText = region.said.length === region.pieces.length ? region.said.join(' ') : undefined;
        const matches = (f: typeof fragments): boolean =>
          f.ok && (saidText === undefined || !compareQuote(saidText, coveredText(text, f.value)).problem);
        if (!declared && !matches(fragments)) {
          const utf16 = toUtf16Fragments(text, index, region.pieces, 'utf16');
          if (saidText !== undefined && matches(utf16)) {
            fragments = utf16;
            unit = 'utf16';
            warnings.push(
              `${origin}: region "${region.id}" matches its text only as UTF-16 units (an older Label Studio); read so.`,
            );
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
          const span: ImportedSpan = {
            key: `${prefix}${region.id}${i > 0 ? `#${label}` : ''}`,
            label,
            fragments: fragments.value,
            attributes: {},
          };
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
            warnings.push(
              `${origin}: a relation refers to region "${!from ? String(r.from_id) : String(r.to_id)}", which is not a labelled text region; left out.`,
            );
            continue;
          }
          const labels = Array.isArray(r.labels)
            ? r.labels.filter((l): l is string => typeof l === 'string' && l !== '')
            : [];
          const [a, b] = r.direction === 'left' ? [to, from] : [from, to];
          for (const type of labels.length > 0 ? labels : ['related'])
            relations.push({ type, from: a, to: b, ...(author ? { author } : {}), ...(created ? { created } : {}) });
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
    bundle.documents.push(
      recordText(data, `task-${String(task.id ?? taskIndex + 1)}`, { origin, text, spans, warnings }),
    );
    bundle.relations.push(...relations);
  });
  return bundle;
}

const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Control-tag name of a label's attribute in the labeling config. */
export const attributeControl = (label: string, attribute: string): string =>
  `attr_${label}_${attribute}`.replace(/[^A-Za-z0-9_-]/g, '_');

/** The labeling config (XML) that matches the exported tasks: labels, relations, attributes, notes. */
export function labelStudioConfig(schema: LabelSchema): string {
  const lines = ['<View>', '  <Relations>'];
  for (const r of schema.relationTypes) lines.push(`    <Relation value="${xml(r.name)}"/>`);
  lines.push('  </Relations>', '  <Labels name="label" toName="text">');
  for (const l of schema.labels) lines.push(`    <Label value="${xml(l.name)}" background="${xml(l.colour)}"/>`);
  lines.push('  </Labels>', '  <Text name="text" value="$text"/>');
  for (const l of schema.labels) {
    for (const a of l.attributes) {
      lines.push(
        `  <Choices name="${xml(attributeControl(l.name, a.name))}" toName="text" perRegion="true" visibleWhen="region-selected" whenLabelValue="${xml(l.name)}">`,
      );
      for (const v of a.values) lines.push(`    <Choice value="${xml(v)}"/>`);
      lines.push('  </Choices>');
    }
  }
  lines.push('  <TextArea name="note" toName="text" perRegion="true" visibleWhen="region-selected"/>', '</View>');
  return lines.join('\n') + '\n';
}

interface OutputRegion {
  start: number;
  end: number;
  text: string;
}

/**
 * Label Studio tasks (JSON array) plus `label-studio-config.xml`. Each document is a task with
 * `data.text`; `annotations[0].result` holds a `labels` region per span (a discontinuous span gives
 * one region per fragment, ids `<id>` then `<id>~2`…), `choices` per attribute and `textarea` per
 * note on the same region id, and `relation` results (`bi` for symmetric types).
 *
 * Offsets follow the export's unit, named in each task's `data.offset_unit`: code points by default
 * (Label Studio stores them so since label-studio#1559: in "🐱 Warning: This is a test text", "test"
 * is 21–25), UTF-16 units on request for tools that count JavaScript string indices.
 */
export function writeLabelStudio(data: PreparedDataset, context: WriterContext): WriterResult {
  const unit = context.offsetUnit;
  const warnings: string[] = [];
  const regionIds = new Map<string, { documentId: string; id: string }>();
  const symmetric = new Set(data.schema.relationTypes.filter((r) => r.symmetric).map((r) => r.name));
  const tasks = data.documents.map((document, taskIndex) => {
    const index = new OffsetIndex(document.text);
    const result: unknown[] = [];
    for (const span of data.spans.get(document.id) ?? []) {
      const regions: OutputRegion[] = spanFragments(span).map((f) => ({
        start: index.convert(f.start, 'utf16', unit),
        end: index.convert(f.end, 'utf16', unit),
        text: document.text.slice(f.start, f.end),
      }));
      if (span.fragments)
        warnings.push(
          `Label Studio: discontinuous span "${span.id}" became ${regions.length} regions (${regions.map((_, i) => regionId(span, i)).join(', ')}).`,
        );
      regionIds.set(span.id, { documentId: document.id, id: regionId(span, 0) });
      regions.forEach((value, i) => {
        const id = regionId(span, i);
        result.push({
          id,
          from_name: 'label',
          to_name: 'text',
          type: 'labels',
          value: { ...value, labels: [span.label] },
        });
        for (const [name, choice] of Object.entries(span.attributes)) {
          result.push({
            id,
            from_name: attributeControl(span.label, name),
            to_name: 'text',
            type: 'choices',
            value: { ...value, choices: [choice] },
          });
        }
        if (span.note)
          result.push({
            id,
            from_name: 'note',
            to_name: 'text',
            type: 'textarea',
            value: { ...value, text: [noteToText(span.note)] },
          });
      });
    }
    return {
      id: taskIndex + 1,
      data: { text: document.text, collate_id: document.id, title: document.title, offset_unit: unit },
      annotations: [{ result }],
    };
  });
  for (const r of data.relations) {
    const from = regionIds.get(r.from)!;
    const to = regionIds.get(r.to)!;
    if (from.documentId !== to.documentId) {
      warnings.push(
        `Label Studio: relation "${r.id}" (${r.type}) links documents "${from.documentId}" and "${to.documentId}"; relations stay inside one task, so it was left out.`,
      );
      continue;
    }
    const task = tasks[data.documents.findIndex((d) => d.id === from.documentId)]!;
    task.annotations[0]!.result.push({
      from_id: from.id,
      to_id: to.id,
      type: 'relation',
      direction: symmetric.has(r.type) ? 'bi' : 'right',
      labels: [r.type],
    });
  }
  if (data.claimGroups.length > 0)
    warnings.push(`Label Studio: ${data.claimGroups.length} claim group(s) left out; tasks cannot link other tasks.`);
  return {
    files: [
      { path: 'label-studio-tasks.json', content: JSON.stringify(tasks, null, 2) + '\n' },
      { path: 'label-studio-config.xml', content: labelStudioConfig(data.schema) },
    ],
    warnings,
  };
}

function regionId(span: SpanAnnotation, fragment: number): string {
  return fragment === 0 ? span.id : `${span.id}~${fragment + 1}`;
}

export const labelStudioFormat: DatasetFormat = {
  name: 'label-studio',
  description:
    'Label Studio tasks JSON (labels, per-region choices and notes, relations) with its labeling config XML.',
  offsets: 'option',
  carriesAuthors: false,
  limitations: [
    'Relations between documents and claim groups are left out (a task is one document).',
    "Offsets are in the unit named by each task's data.offset_unit; Label Studio reads code points (label-studio#1559), while its editor and other JavaScript tools may count UTF-16 units (label-studio#4988), so choose utf16 for those.",
    'Discontinuous spans become one region per fragment; notes become plain text; authors and times are not carried.',
  ],
  write: writeLabelStudio,
};
