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
import { prepareDataset, restrictByOwner, restrictDataset } from './prepare-dataset';
import { DatasetPasses, type PassPlan } from './prepare-in-passes';
import type { CollateDocument, SpanAnnotation } from '../model';
import { isSafeRelativePath } from './safe-path';
import { spacyJsonlFormat } from '../formats/spacy';
import { spacyDocBinFormat } from '../formats/spacy-docbin';
import { hfDatasetFormat } from '../formats/hf-datasets';
import { SPLIT_PARTS, splitDocuments } from './split-documents';
import type {
  DatasetFormat,
  ExportFile,
  ExportInput,
  ExportOptions,
  ExportResult,
  PreparedDataset,
  WriterContext,
} from './types';
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

/** What both export paths share: the writer, the prepared data, the writer's context and the split. */
function findWriter(format: DatasetFormatName): DatasetFormat {
  const writer = DATASET_FORMATS.find((f) => f.name === format);
  if (!writer)
    throw new CollateError(
      'unknown-format',
      `There is no dataset format "${format}". Try one of: ${DATASET_FORMATS.map((f) => f.name).join(', ')}.`,
    );
  return writer;
}

function beginExport(
  format: DatasetFormatName,
  prepare: (carried: { attributes: boolean }) => { data: PreparedDataset; warnings: string[] },
  options: ExportOptions,
  restrict: typeof restrictDataset = restrictDataset,
) {
  const writer = findWriter(format);
  const offsetUnit: OffsetUnit = writer.offsets === 'option' ? (options.offsetUnit ?? 'codepoint') : 'codepoint';
  const prepared = prepare({ attributes: writer.carriesAttributes !== false });
  const context: WriterContext = {
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
  };
  const warnings = [...prepared.warnings];
  if (options.offsetUnit && writer.offsets !== 'option' && options.offsetUnit !== 'codepoint') {
    warnings.push(
      `${writer.name} always writes ${writer.offsets === 'none' ? 'tokens, not offsets' : 'code-point offsets'}; offset unit "${options.offsetUnit}" was ignored.`,
    );
  }
  const splits = options.split
    ? splitDocuments(
        prepared.data.documents.map((d) => d.id),
        options.split,
      )
    : undefined;
  /** The data of each part (`train`, `dev`, `test`), or the whole under no name without a split. */
  const parts = (): Array<{ part?: string; data: PreparedDataset }> => {
    if (!splits) return [{ data: prepared.data }];
    const out: Array<{ part?: string; data: PreparedDataset }> = [];
    for (const part of SPLIT_PARTS) {
      const ids = new Set([...splits].filter(([, p]) => p === part).map(([id]) => id));
      if (ids.size === 0) continue;
      const restricted = restrict(prepared.data, ids, part);
      warnings.push(...restricted.warnings);
      out.push({ part, data: restricted.data });
    }
    return out;
  };
  const card = (paths: string[]): ExportFile => {
    const files = [...paths, 'README.md'];
    const header = writer.cardHeader?.(files, context) ?? '';
    const offsets = writer.offsets === 'none' ? 'none' : offsetUnit;
    return {
      path: 'README.md',
      content:
        header +
        datasetCard({
          format: writer,
          data: prepared.data,
          options,
          offsetUnit: offsets,
          ...(splits ? { splits } : {}),
          files,
          warnings,
        }),
    };
  };
  return { writer, context, warnings, parts, card };
}

function checkPaths(paths: readonly string[]): void {
  const seen = new Set<string>();
  for (const path of paths) {
    const key = path.toLowerCase();
    if (!isSafeRelativePath(path) || seen.has(key)) {
      throw new CollateError(
        'unsafe-export-path',
        `The export produced an unsafe or duplicate file path: ${JSON.stringify(path)}.`,
      );
    }
    seen.add(key);
  }
}

/**
 * Exports a dataset in one format: selects documents/labels/notes, splits by document when asked
 * (files under `train/`, `dev/`, `test/`), runs the format's writer and adds a `README.md` dataset
 * card. Pure: the caller writes the files under its destination; every path is relative and checked.
 */
export function exportDataset(format: DatasetFormatName, input: ExportInput, options: ExportOptions): ExportResult {
  const { writer, context, warnings, parts, card } = beginExport(
    format,
    (carried) => prepareDataset(input, options, carried),
    options,
  );
  const files: ExportFile[] = [];
  for (const { part, data } of parts()) {
    const written = writer.write(data, part ? { ...context, part } : context);
    warnings.push(...written.warnings);
    files.push(...written.files.map((f) => ({ path: part ? `${part}/${f.path}` : f.path, content: f.content })));
  }
  files.push(card(files.map((f) => f.path)));
  checkPaths(files.map((f) => f.path));
  return { files, warnings };
}

/** A file of a streamed export: its text comes in chunks, one document at a time, when iterated. */
export interface StreamedExportFile {
  path: string;
  chunks(): Iterable<string>;
}

/** True when a format can be streamed (it writes one file, document by document). */
export const canStream = (format: DatasetFormatName): boolean =>
  DATASET_FORMATS.find((f) => f.name === format)?.chunks !== undefined;

/**
 * `exportDataset` for a format that can stream: the same files with the same bytes, each made as it
 * is iterated, in order (the card last: it lists the warnings met while writing). `warnings` is
 * complete once every file was iterated.
 */
export function exportDatasetStream(
  format: DatasetFormatName,
  input: ExportInput,
  options: ExportOptions,
): { files: StreamedExportFile[]; warnings: string[] } {
  const { writer, context, warnings, parts, card } = beginExport(
    format,
    (carried) => prepareDataset(input, options, carried),
    options,
  );
  if (!writer.chunks) throw new CollateError('unknown-format', `${format} cannot be streamed; export it whole.`);
  const chunked = writer.chunks;
  const files: StreamedExportFile[] = parts().map(({ part, data }) => {
    const writerContext = part ? { ...context, part } : context;
    const path = chunked(data, writerContext).path;
    return {
      path: part ? `${part}/${path}` : path,
      *chunks() {
        const chunks = chunked(data, writerContext);
        yield chunks.begin();
        for (const document of data.documents) yield chunks.document(document, data.spans.get(document.id) ?? []);
        if (chunks.afterDocuments) yield* chunks.afterDocuments();
        const end = chunks.end();
        warnings.push(...end.warnings);
        yield end.text;
      },
    };
  });
  const paths = files.map((f) => f.path);
  checkPaths([...paths, 'README.md']);
  files.push({
    path: 'README.md',
    *chunks() {
      yield card(paths).content as string;
    },
  });
  return { files, warnings };
}

/** The first pass of a streamed export (see prepare-in-passes.ts), set for the format's writer. */
export function datasetPasses(
  format: DatasetFormatName,
  links: Pick<ExportInput, 'relations' | 'claimGroups' | 'schema'>,
  options: ExportOptions,
): DatasetPasses {
  return new DatasetPasses(links, options, { attributes: findWriter(format).carriesAttributes !== false });
}

/**
 * `exportDatasetStream` from a first pass's plan: each document and its spans are read again
 * (`read`) when its turn comes, so that no more than one document's text and spans are held; with a
 * split, each part's file takes its documents in turn. The same files with the same bytes as
 * `exportDataset`.
 */
export function exportPlanStream(
  format: DatasetFormatName,
  plan: PassPlan,
  options: ExportOptions,
  read: (documentId: string) => Promise<{ document: CollateDocument; spans: readonly SpanAnnotation[] }>,
): { files: Array<{ path: string; chunks(): AsyncIterable<string> }>; warnings: string[] } {
  // Writers and the card read only the counts, labels and authors of `spans` before the documents come.
  const tallied = { ...plan, spans: plan.tallies as unknown as Map<string, SpanAnnotation[]> };
  const { writer, context, warnings, parts, card } = beginExport(
    format,
    () => ({ data: tallied, warnings: plan.warnings }),
    options,
    (data, ids, part) => restrictByOwner(plan.documentOf, data, ids, part),
  );
  if (!writer.chunks) throw new CollateError('unknown-format', `${format} cannot be streamed; export it whole.`);
  const chunked = writer.chunks;
  const files = parts().map(({ part, data }) => {
    const chunks = chunked(data, part ? { ...context, part } : context);
    return {
      path: part ? `${part}/${chunks.path}` : chunks.path,
      async *chunks() {
        yield chunks.begin();
        for (const { id } of data.documents) {
          const again = await read(id);
          const document = plan.restore(again.document);
          yield chunks.document(document, plan.spansOf(document, again.spans));
        }
        if (chunks.afterDocuments) yield* chunks.afterDocuments();
        const end = chunks.end();
        warnings.push(...end.warnings);
        yield end.text;
      },
    };
  });
  const paths = files.map((f) => f.path);
  checkPaths([...paths, 'README.md']);
  return {
    files: [
      ...files,
      {
        path: 'README.md',
        async *chunks() {
          yield card(paths).content as string;
        },
      },
    ],
    warnings,
  };
}
