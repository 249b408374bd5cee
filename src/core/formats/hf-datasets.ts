import type { CollateDocument } from '../model';
import { OffsetIndex } from '../offsets';
import { tokenTags } from './conll';
import { spanFragments } from '../covered-text';
import { exportTokens } from '../text/tokenize';
import type { DatasetFormat, PreparedDataset, TagScheme, WriterContext, WriterResult } from '../dataset-export/types';

/** Hugging Face split names of Collate's split folders (`dev` is `validation` there). */
const SPLIT_NAMES: Readonly<Record<string, string>> = { train: 'train', dev: 'validation', test: 'test' };

export interface HfRecord {
  id: string;
  title: string;
  text: string;
  tokens: string[];
  ner_tags: number[];
  spans: Array<{ start: number; end: number; label: string; text: string }>;
}

const tagName = (label: string): string => label.replace(/\s+/g, '_');

/** The `ner_tags` class names: `O`, then per label B- and I- (BIO) or B-, I-, E-, S- (BIOES). */
export function nerTagNames(labels: readonly string[], scheme: TagScheme): string[] {
  const prefixes = scheme === 'bioes' ? ['B', 'I', 'E', 'S'] : ['B', 'I'];
  return ['O', ...new Set(labels.flatMap((l) => prefixes.map((p) => `${p}-${tagName(l)}`)))];
}

function hfRecord(
  document: CollateDocument,
  data: PreparedDataset,
  names: readonly string[],
  context: WriterContext,
  warnings: string[],
): HfRecord {
  const spans = data.spans.get(document.id) ?? [];
  const tokens = exportTokens(document.text, document.language);
  const tags = tokenTags(document, spans, tokens, context.tagScheme, warnings, 'Hugging Face ner_tags');
  const index = new OffsetIndex(document.text);
  return {
    id: document.id,
    title: document.title,
    text: document.text,
    tokens: tokens.map((t) => t.text),
    ner_tags: tags.map((t) => names.indexOf(t)),
    spans: spans.flatMap((s) =>
      spanFragments(s).map((f) => ({
        start: index.toCodePoint(f.start),
        end: index.toCodePoint(f.end),
        label: s.label,
        text: document.text.slice(f.start, f.end),
      })),
    ),
  };
}

/**
 * A folder `datasets.load_dataset(folder)` loads without a script: one JSON Lines file per split
 * (`train.jsonl`, or `train/train.jsonl`, `dev/validation.jsonl`, `test/test.jsonl` with a split),
 * records `id`, `title`, `text`, `tokens`, `ner_tags` (class ids, Collate's tokenizer, longest-first
 * over overlaps) and `spans` (every span, code-point offsets). The card's YAML header names the files.
 */
export function writeHfDataset(data: PreparedDataset, context: WriterContext): WriterResult {
  const warnings: string[] = [];
  const names = nerTagNames(context.labels, context.tagScheme);
  const lines = data.documents.map((d) => JSON.stringify(hfRecord(d, data, names, context, warnings)) + '\n');
  const split = SPLIT_NAMES[context.part ?? 'train'] ?? 'train';
  return { files: [{ path: `${split}.jsonl`, content: lines.join('') }], warnings };
}

const yamlString = (value: string): string => JSON.stringify(value);

/** The README.md YAML header: `configs`/`data_files` per split, and the features with the `ner_tags` class names. */
export function hfCardHeader(files: readonly string[], context: WriterContext): string {
  const names = nerTagNames(context.labels, context.tagScheme);
  const lines = ['---', 'configs:', '- config_name: default', '  data_files:'];
  for (const path of files.filter((f) => f.endsWith('.jsonl'))) {
    lines.push(
      `  - split: ${path.slice(path.lastIndexOf('/') + 1, -'.jsonl'.length)}`,
      `    path: ${yamlString(path)}`,
    );
  }
  lines.push('dataset_info:', '  config_name: default', '  features:');
  for (const name of ['id', 'title', 'text']) lines.push(`  - name: ${name}`, '    dtype: string');
  lines.push(
    '  - name: tokens',
    '    list: string',
    '  - name: ner_tags',
    '    list:',
    '      class_label:',
    '        names:',
  );
  names.forEach((n, i) => lines.push(`          '${i}': ${yamlString(n)}`));
  lines.push('  - name: spans', '    list:');
  for (const [name, type] of [
    ['start', 'int64'],
    ['end', 'int64'],
    ['label', 'string'],
    ['text', 'string'],
  ]) {
    lines.push(`    - name: ${name}`, `      dtype: ${type}`);
  }
  lines.push('---', '');
  return lines.join('\n') + '\n';
}

export const hfDatasetFormat: DatasetFormat = {
  name: 'hf',
  description:
    'Hugging Face datasets folder: JSON Lines per split (tokens, ner_tags class ids, spans) and a README.md ' +
    'whose YAML declares the ClassLabel names and data files.',
  offsets: 'codepoint',
  tokenized: true,
  carriesAuthors: false,
  limitations: [
    'ner_tags hold one tag per token: overlapping spans are resolved longest-first (all of them stay in spans); ' +
      'discontinuous spans become separate entities in ner_tags.',
    'Relations, claim groups, attributes, notes, authors and times are not carried.',
    "Tokens are Collate's (src/core/text/tokenize.ts); spans keep exact code-point offsets into text.",
  ],
  write: writeHfDataset,
  cardHeader: hfCardHeader,
};
