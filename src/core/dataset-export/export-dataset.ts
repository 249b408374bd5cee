import { CollateError } from '../collate-error';
import type { OffsetUnit } from '../offsets';
import { bratFormat } from '../formats/brat/index';
import { collateJsonlFormat } from '../formats/collate-jsonl';
import { conllFormat } from '../formats/conll';
import { csvFormat } from '../formats/csv';
import { datasetCard } from './dataset-card';
import { doccanoFormat } from '../formats/doccano';
import { jsonlFormat } from '../formats/jsonl';
import { labelStudioFormat } from '../formats/label-studio';
import { prepareDataset, restrictDataset } from './prepare-dataset';
import { isSafeRelativePath } from './safe-path';
import { spacyJsonlFormat } from '../formats/spacy';
import { spacyDocBinFormat } from '../formats/spacy-docbin';
import { hfDatasetFormat } from '../formats/hf-datasets';
import { SPLIT_PARTS, splitDocuments } from './split-documents';
import type { DatasetFormat, ExportFile, ExportInput, ExportOptions, ExportResult } from './types';
import { webAnnotationFormat } from '../formats/web-annotation';

/** Every dataset format, in the order the CLI lists them. */
export const DATASET_FORMATS: readonly DatasetFormat[] = [
  jsonlFormat,
  collateJsonlFormat,
  csvFormat,
  webAnnotationFormat,
  bratFormat,
  conllFormat,
  hfDatasetFormat,
  spacyDocBinFormat,
  spacyJsonlFormat,
  labelStudioFormat,
  doccanoFormat,
];

export type DatasetFormatName =
  | 'jsonl'
  | 'collate-jsonl'
  | 'csv'
  | 'w3c'
  | 'brat'
  | 'conll'
  | 'hf'
  | 'spacy'
  | 'spacy-jsonl'
  | 'label-studio'
  | 'doccano';

/** Names, one-line descriptions and offset units ('option': the caller chooses), for `--format` help and the export dialog. */
export function datasetFormatList(): Array<{
  name: DatasetFormatName;
  description: string;
  offsets: DatasetFormat['offsets'];
}> {
  return DATASET_FORMATS.map((f) => ({
    name: f.name as DatasetFormatName,
    description: f.description,
    offsets: f.offsets,
  }));
}

/**
 * Exports a dataset in one format: selects documents/labels/notes, splits by document when asked
 * (files under `train/`, `dev/`, `test/`), runs the format's writer and adds a `README.md` dataset
 * card. Pure: the caller writes the files under its destination; every path is relative and checked.
 */
export function exportDataset(format: DatasetFormatName, input: ExportInput, options: ExportOptions): ExportResult {
  const writer = DATASET_FORMATS.find((f) => f.name === format);
  if (!writer)
    throw new CollateError(
      'unknown-format',
      `There is no dataset format "${format}". Try one of: ${DATASET_FORMATS.map((f) => f.name).join(', ')}.`,
    );
  const offsetUnit: OffsetUnit = writer.offsets === 'option' ? (options.offsetUnit ?? 'codepoint') : 'codepoint';
  const prepared = prepareDataset(input, options, { attributes: writer.carriesAttributes !== false });
  const context = {
    labels: [
      ...new Set([
        ...prepared.data.schema.labels.map((l) => l.name),
        ...[...prepared.data.spans.values()].flat().map((s) => s.label),
      ]),
    ],
    offsetUnit,
    overlapPolicy: options.overlapPolicy ?? 'longest-first',
    date: options.date,
    generator: options.generator ?? 'Collate',
    tagScheme: options.tagScheme ?? 'bio',
    ...(options.spansKey !== undefined ? { spansKey: options.spansKey } : {}),
  } as const;
  const warnings = [...prepared.warnings];
  if (options.offsetUnit && writer.offsets !== 'option' && options.offsetUnit !== 'codepoint') {
    warnings.push(
      `${writer.name} always writes ${writer.offsets === 'none' ? 'tokens, not offsets' : 'code-point offsets'}; offset unit "${options.offsetUnit}" was ignored.`,
    );
  }
  const files: ExportFile[] = [];
  let splits: Map<string, (typeof SPLIT_PARTS)[number]> | undefined;
  if (options.split) {
    splits = splitDocuments(
      prepared.data.documents.map((d) => d.id),
      options.split,
    );
    for (const part of SPLIT_PARTS) {
      const ids = new Set([...splits].filter(([, p]) => p === part).map(([id]) => id));
      if (ids.size === 0) continue;
      const restricted = restrictDataset(prepared.data, ids, part);
      warnings.push(...restricted.warnings);
      const written = writer.write(restricted.data, { ...context, part });
      warnings.push(...written.warnings);
      files.push(...written.files.map((f) => ({ path: `${part}/${f.path}`, content: f.content })));
    }
  } else {
    const written = writer.write(prepared.data, context);
    warnings.push(...written.warnings);
    files.push(...written.files);
  }
  const header = writer.cardHeader?.([...files.map((f) => f.path), 'README.md'], context) ?? '';
  files.push({
    path: 'README.md',
    content:
      header +
      datasetCard({
        format: writer,
        data: prepared.data,
        options,
        offsetUnit: writer.offsets === 'none' ? 'none' : offsetUnit,
        ...(splits ? { splits } : {}),
        files: [...files.map((f) => f.path), 'README.md'],
        warnings,
      }),
  });
  const seen = new Set<string>();
  for (const f of files) {
    const key = f.path.toLowerCase();
    if (!isSafeRelativePath(f.path) || seen.has(key)) {
      throw new CollateError(
        'unsafe-export-path',
        `The export produced an unsafe or duplicate file path: ${JSON.stringify(f.path)}.`,
      );
    }
    seen.add(key);
  }
  return { files, warnings };
}
