import type { OffsetUnit } from '../offsets';
import { TOKENIZER_NAME } from '../text/tokenize';
import type { SplitPart } from './split-documents';
import { markdownText } from './markdown-text';
import { teamCardLines } from './team-card';
import type { DatasetFormat, ExportOptions, PreparedDataset } from './types';

export const codePointLength = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

export interface DatasetCardInput {
  format: DatasetFormat;
  data: PreparedDataset;
  options: ExportOptions;
  offsetUnit: OffsetUnit | 'none';
  splits?: ReadonlyMap<string, SplitPart>;
  files: readonly string[];
  warnings: readonly string[];
}

/** The README.md of an export: what is in it, in which units, by whom, and what the format lost. */
export function datasetCard(input: DatasetCardInput): string {
  const { format, data, options, splits } = input;
  const labels = [
    ...new Set([...data.schema.labels.map((l) => l.name), ...[...data.spans.values()].flat().map((s) => s.label)]),
  ];
  const lines: string[] = [];
  const total = [...data.spans.values()].reduce((n, list) => n + list.length, 0);

  lines.push(`# Collate dataset — ${markdownText(format.name)}`, '');
  lines.push(`${markdownText(format.description)}`, '');
  lines.push(`- Exported: ${markdownText(options.date)}`);
  lines.push(`- Generator: ${markdownText(options.generator ?? 'Collate')}`);
  const unit =
    input.offsetUnit === 'codepoint'
      ? 'Unicode code points (Python `len`/slicing), `end` exclusive'
      : input.offsetUnit === 'utf16'
        ? 'UTF-16 code units (JavaScript string indices), `end` exclusive'
        : 'none (token-level format)';
  lines.push(`- Offset unit: ${unit}`);
  if (format.tokenized) {
    const locales = [...new Set(data.documents.map((d) => d.language ?? 'und'))].sort();
    lines.push(`- Tokenizer: ${markdownText(TOKENIZER_NAME)}; locale ${locales.map(markdownText).join(', ')}`);
  }
  lines.push(
    `- Documents: ${data.documents.length} · spans: ${total} · relations: ${data.relations.length} · claim groups: ${data.claimGroups.length}`,
  );
  lines.push(`- Notes included: ${(options.includeNotes ?? true) ? 'yes' : 'no'}`);
  if (options.labels) lines.push(`- Labels selected: ${options.labels.map(markdownText).join(', ')}`);
  if (options.split) {
    const s = options.split;
    lines.push(
      `- Split by document: train ${s.train} / dev ${s.dev} / test ${s.test}, seed \`${markdownText(s.seed)}\` (same seed, same split)`,
    );
  }
  lines.push('', '## Files', '');
  for (const f of input.files) lines.push(`- \`${markdownText(f)}\``);

  lines.push('', '## Documents', '');
  lines.push(`| id | title |${splits ? ' split |' : ''} characters (code points) | spans | text sha256 |`);
  lines.push(`|---|---|${splits ? '---|' : ''}---:|---:|---|`);
  for (const d of data.documents) {
    const split = splits ? ` ${splits.get(d.id) ?? ''} |` : '';
    lines.push(
      `| ${markdownText(d.id)} | ${markdownText(d.title)} |${split} ${data.characters?.get(d.id) ?? codePointLength(d.text)} | ${data.spans.get(d.id)?.length ?? 0} | ${markdownText(d.textSha256)} |`,
    );
  }

  lines.push('', '## Spans per label and document', '');
  lines.push(`| label | total | ${data.documents.map((d) => markdownText(d.id)).join(' | ')} |`);
  lines.push(`|---|---:|${data.documents.map(() => '---:|').join('')}`);
  for (const label of labels) {
    const per = data.documents.map((d) => (data.spans.get(d.id) ?? []).filter((s) => s.label === label).length);
    lines.push(`| ${markdownText(label)} | ${per.reduce((a, b) => a + b, 0)} | ${per.join(' | ')} |`);
  }

  const relationTypes = [...new Set(data.relations.map((r) => r.type))];
  if (relationTypes.length > 0) {
    lines.push('', '## Relations per type', '');
    for (const t of relationTypes)
      lines.push(`- ${markdownText(t)}: ${data.relations.filter((r) => r.type === t).length}`);
  }

  lines.push('', '## Schema', '');
  for (const l of data.schema.labels) {
    const attributes = l.attributes
      .map((a) => `${markdownText(a.name)} (${a.values.map(markdownText).join(', ')})`)
      .join('; ');
    lines.push(
      `- Label **${markdownText(l.name)}** ${markdownText(l.colour)}${attributes ? ` — attributes: ${attributes}` : ''}`,
    );
  }
  for (const r of data.schema.relationTypes) {
    const ends = `${r.from.map(markdownText).join('/') || 'any'} → ${r.to.map(markdownText).join('/') || 'any'}`;
    lines.push(`- Relation **${markdownText(r.name)}**: ${ends}${r.symmetric ? ' (symmetric)' : ''}`);
  }

  const annotators = new Map<string, number>();
  for (const list of data.spans.values())
    for (const s of list) annotators.set(s.author, (annotators.get(s.author) ?? 0) + 1);
  lines.push('', '## Annotators', '');
  if (format.carriesAuthors === false) lines.push("- not recorded: this format's files do not say who annotated");
  else if (annotators.size === 0) lines.push('- none');
  const named = format.carriesAuthors === false ? [] : [...annotators].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [name, count] of named) lines.push(`- ${markdownText(name)}: ${count} span${count === 1 ? '' : 's'}`);

  if (options.team) lines.push(...teamCardLines(options.team, format.carriesAuthors !== false));

  lines.push('', '## What this format could not carry', '');
  for (const limit of format.limitations) lines.push(`- ${markdownText(limit)}`);
  if (input.warnings.length > 0) {
    lines.push('', '## Warnings', '');
    for (const w of input.warnings) lines.push(`- ${markdownText(w)}`);
  }
  return lines.join('\n') + '\n';
}
