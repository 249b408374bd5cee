import type { LabelSchema, SpanAnnotation } from '../model';
import { OffsetIndex } from '../offsets';
import { noteToText } from './note-to-text';
import { spanFragments } from './span-fragments';
import type { DatasetFormat, PreparedDataset, WriterContext, WriterResult } from './types';

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Control-tag name of a label's attribute in the labeling config. */
export const attributeControl = (label: string, attribute: string): string => `attr_${label}_${attribute}`.replace(/[^A-Za-z0-9_-]/g, '_');

/** The labeling config (XML) that matches the exported tasks: labels, relations, attributes, notes. */
export function labelStudioConfig(schema: LabelSchema): string {
  const lines = ['<View>', '  <Relations>'];
  for (const r of schema.relationTypes) lines.push(`    <Relation value="${xml(r.name)}"/>`);
  lines.push('  </Relations>', '  <Labels name="label" toName="text">');
  for (const l of schema.labels) lines.push(`    <Label value="${xml(l.name)}" background="${xml(l.colour)}"/>`);
  lines.push('  </Labels>', '  <Text name="text" value="$text"/>');
  for (const l of schema.labels) {
    for (const a of l.attributes) {
      lines.push(`  <Choices name="${xml(attributeControl(l.name, a.name))}" toName="text" perRegion="true" visibleWhen="region-selected" whenLabelValue="${xml(l.name)}">`);
      for (const v of a.values) lines.push(`    <Choice value="${xml(v)}"/>`);
      lines.push('  </Choices>');
    }
  }
  lines.push('  <TextArea name="note" toName="text" perRegion="true" visibleWhen="region-selected"/>', '</View>');
  return lines.join('\n') + '\n';
}

interface Region {
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
      const regions: Region[] = spanFragments(span).map((f) => ({
        start: index.convert(f.start, 'utf16', unit),
        end: index.convert(f.end, 'utf16', unit),
        text: document.text.slice(f.start, f.end),
      }));
      if (span.fragments) warnings.push(`Label Studio: discontinuous span "${span.id}" became ${regions.length} regions (${regions.map((_, i) => regionId(span, i)).join(', ')}).`);
      regionIds.set(span.id, { documentId: document.id, id: regionId(span, 0) });
      regions.forEach((value, i) => {
        const id = regionId(span, i);
        result.push({ id, from_name: 'label', to_name: 'text', type: 'labels', value: { ...value, labels: [span.label] } });
        for (const [name, choice] of Object.entries(span.attributes)) {
          result.push({ id, from_name: attributeControl(span.label, name), to_name: 'text', type: 'choices', value: { ...value, choices: [choice] } });
        }
        if (span.note) result.push({ id, from_name: 'note', to_name: 'text', type: 'textarea', value: { ...value, text: [noteToText(span.note)] } });
      });
    }
    return { id: taskIndex + 1, data: { text: document.text, collate_id: document.id, title: document.title, offset_unit: unit }, annotations: [{ result }] };
  });
  for (const r of data.relations) {
    const from = regionIds.get(r.from)!;
    const to = regionIds.get(r.to)!;
    if (from.documentId !== to.documentId) {
      warnings.push(`Label Studio: relation "${r.id}" (${r.type}) links documents "${from.documentId}" and "${to.documentId}"; relations stay inside one task, so it was left out.`);
      continue;
    }
    const task = tasks[data.documents.findIndex((d) => d.id === from.documentId)]!;
    task.annotations[0]!.result.push({ from_id: from.id, to_id: to.id, type: 'relation', direction: symmetric.has(r.type) ? 'bi' : 'right', labels: [r.type] });
  }
  if (data.claimGroups.length > 0) warnings.push(`Label Studio: ${data.claimGroups.length} claim group(s) left out; tasks cannot link other tasks.`);
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
  description: 'Label Studio tasks JSON (labels, per-region choices and notes, relations) with its labeling config XML.',
  offsets: 'option',
  limitations: [
    'Relations between documents and claim groups are left out (a task is one document).',
    'Offsets are in the unit named by each task\'s data.offset_unit; Label Studio reads code points (label-studio#1559), while its editor and other JavaScript tools may count UTF-16 units (label-studio#4988), so choose utf16 for those.',
    'Discontinuous spans become one region per fragment; notes become plain text; authors and times are not carried.',
  ],
  write: writeLabelStudio,
};
