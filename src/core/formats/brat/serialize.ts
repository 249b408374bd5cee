import type { LabelSchema } from '../../model';
import { OffsetIndex } from '../../offsets';
import { noteToText } from '../../dataset-export/note-to-text';
import { safeFileStems } from '../../dataset-export/safe-path';
import { coveredText, spanFragments } from '../../covered-text';
import type { DatasetFormat, PreparedDataset, WriterContext, WriterResult } from '../../dataset-export/types';

/** A brat type, attribute or value name: letters, digits, `_` and `-` only (spaces break the .ann line). */
export const bratName = (name: string): string => name.replace(/[^A-Za-z0-9_-]/g, '_') || '_';

/** Splits UTF-16 pieces at line breaks, as brat does: no fragment of a T line contains a newline. */
function splitAtNewlines(
  text: string,
  pieces: Array<{ start: number; end: number }>,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const { start, end } of pieces) {
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i === end || text[i] === '\n') {
        if (i > from) out.push({ start: from, end: i });
        from = i + 1;
      }
    }
  }
  return out;
}

function annotationConf(
  schema: LabelSchema,
  extraLabels: Set<string>,
  extraRelations: Set<string>,
  extraAttributes: Map<string, Set<string>>,
): string {
  const lines = ['[entities]'];
  const labels = [...new Set([...schema.labels.map((l) => l.name), ...extraLabels])];
  for (const l of labels) lines.push(bratName(l));
  lines.push('', '[relations]');
  const ends = (names: string[]): string => (names.length > 0 ? names.map(bratName).join('|') : '<ENTITY>');
  const declared = new Set<string>();
  for (const r of schema.relationTypes) {
    declared.add(r.name);
    lines.push(`${bratName(r.name)}\tArg1:${ends(r.from)}, Arg2:${ends(r.to)}`);
  }
  for (const r of extraRelations) if (!declared.has(r)) lines.push(`${bratName(r)}\tArg1:<ENTITY>, Arg2:<ENTITY>`);
  lines.push('<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>');
  lines.push('', '[events]', '', '[attributes]');
  const attributes = new Map<string, { labels: Set<string>; values: Set<string> }>();
  const add = (name: string, label: string, values: Iterable<string>): void => {
    const entry = attributes.get(name) ?? { labels: new Set(), values: new Set() };
    entry.labels.add(label);
    for (const v of values) entry.values.add(v);
    attributes.set(name, entry);
  };
  for (const l of schema.labels) for (const a of l.attributes) add(a.name, l.name, a.values);
  for (const [key, values] of extraAttributes) {
    const [label, name] = JSON.parse(key) as [string, string];
    add(name, label, values);
  }
  for (const [name, { labels: on, values }] of attributes) {
    lines.push(
      `${bratName(name)}\tArg:${[...on].map(bratName).join('|')}, Value:${[...values].map(bratName).join('|')}`,
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * brat standoff: per document `<id>.txt` (the text, byte for byte) and `<id>.ann`; `annotation.conf`
 * and `visual.conf` from the schema. T lines use code-point offsets; a discontinuous span, or a
 * span across a line break (split there as brat does), becomes `start end;start end`. Attributes are
 * A lines, notes `#` AnnotatorNotes lines (plain text), relations R lines. Overlaps are allowed by
 * an `<OVERLAP>` rule. Names are reduced to brat's character set.
 */
export function writeBrat(data: PreparedDataset, _context: WriterContext): WriterResult {
  const warnings: string[] = [];
  const files: WriterResult['files'] = [];
  const stems = safeFileStems(data.documents.map((d) => d.id));
  const ids = new Map<string, { documentId: string; t: string }>();
  const extraLabels = new Set<string>();
  const extraRelations = new Set<string>();
  const extraAttributes = new Map<string, Set<string>>();
  const known = new Map(data.schema.labels.map((l) => [l.name, new Set(l.attributes.map((a) => a.name))]));
  const renamed = new Set<string>();
  const name = (n: string): string => {
    const b = bratName(n);
    if (b !== n) renamed.add(`"${n}" → ${b}`);
    return b;
  };
  const lines = new Map<string, string[]>();

  for (const document of data.documents) {
    const index = new OffsetIndex(document.text);
    const out: string[] = [];
    let a = 0;
    let note = 0;
    (data.spans.get(document.id) ?? []).forEach((span, i) => {
      const t = `T${i + 1}`;
      ids.set(span.id, { documentId: document.id, t });
      if (!known.has(span.label)) extraLabels.add(span.label);
      const pieces = splitAtNewlines(document.text, spanFragments(span));
      if (pieces.length === 0) {
        warnings.push(`brat: span "${span.id}" covers only line breaks; left out.`);
        return;
      }
      const offsets = pieces.map((p) => `${index.toCodePoint(p.start)} ${index.toCodePoint(p.end)}`).join(';');
      const text = coveredText(document.text, pieces);
      out.push(`${t}\t${name(span.label)} ${offsets}\t${text}`);
      for (const [attribute, value] of Object.entries(span.attributes)) {
        if (!known.get(span.label)?.has(attribute)) {
          const key = JSON.stringify([span.label, attribute]);
          extraAttributes.set(key, (extraAttributes.get(key) ?? new Set()).add(value));
        }
        out.push(`A${++a}\t${name(attribute)} ${t} ${name(value)}`);
      }
      if (span.note) {
        const plain = noteToText(span.note)
          .replace(/[\s\u0085]+/g, ' ')
          .trim();
        if (plain) out.push(`#${++note}\tAnnotatorNotes ${t}\t${plain}`);
      }
    });
    lines.set(document.id, out);
  }
  const rCount = new Map<string, number>();
  for (const r of data.relations) {
    const from = ids.get(r.from)!;
    const to = ids.get(r.to)!;
    if (from.documentId !== to.documentId) {
      warnings.push(
        `brat: relation "${r.id}" (${r.type}) links documents "${from.documentId}" and "${to.documentId}"; brat relations stay inside one document, so it was left out.`,
      );
      continue;
    }
    if (!data.schema.relationTypes.some((t) => t.name === r.type)) extraRelations.add(r.type);
    const n = (rCount.get(from.documentId) ?? 0) + 1;
    rCount.set(from.documentId, n);
    lines.get(from.documentId)!.push(`R${n}\t${name(r.type)} Arg1:${from.t} Arg2:${to.t}`);
  }
  for (const document of data.documents) {
    const stem = stems.get(document.id)!;
    files.push({ path: `${stem}.txt`, content: document.text });
    const out = lines.get(document.id)!;
    files.push({ path: `${stem}.ann`, content: out.length > 0 ? out.join('\n') + '\n' : '' });
  }
  if (data.claimGroups.length > 0)
    warnings.push(`brat: ${data.claimGroups.length} claim group(s) left out; brat has no cross-document groups.`);
  if (renamed.size > 0) warnings.push(`brat: names changed to brat's character set: ${[...renamed].join(', ')}.`);
  files.push({
    path: 'annotation.conf',
    content: annotationConf(data.schema, extraLabels, extraRelations, extraAttributes),
  });
  const visual = [
    '[labels]',
    '',
    '[drawing]',
    ...data.schema.labels.map((l) => `${bratName(l.name)}\tbgColor:${l.colour}`),
  ];
  files.push({ path: 'visual.conf', content: visual.join('\n') + '\n' });
  return { files, warnings };
}

export const bratFormat: DatasetFormat = {
  name: 'brat',
  description: 'brat standoff: <doc>.txt + <doc>.ann per document, annotation.conf and visual.conf from the schema.',
  offsets: 'codepoint',
  carriesAuthors: false,
  limitations: [
    'Relations between documents and claim groups are left out (brat annotations live inside one document).',
    'Notes become one line of plain text (formatting dropped); author and times of spans are not carried.',
    'Label, relation, attribute and value names are reduced to letters, digits, _ and - (spaces become _).',
    'A span across a line break is split into fragments at the break, as brat itself does.',
  ],
  write: writeBrat,
};
