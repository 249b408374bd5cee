/** What exports, reports and background jobs take and give over the contract. */
import { z } from 'zod';
import { Id, OffsetUnitSchema } from './common-schemas';
import { SuggestJobRequest, SuggestJobResult } from './compare-schemas';
import { LayerSelectorSchema } from './team-schemas';

export const ExportedFile = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  content: z.string(),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

export const DatasetFormatName = z.enum([
  'jsonl',
  'collate-jsonl',
  'csv',
  'w3c',
  'brat',
  'conll',
  'hf',
  'spacy',
  'spacy-jsonl',
  'label-studio',
  'doccano',
]);

export const DatasetExportOptions = z.object({
  format: DatasetFormatName,
  documentIds: z.array(Id).optional(),
  labels: z.array(z.string().min(1)).optional(),
  includeNotes: z.boolean().optional(),
  offsetUnit: OffsetUnitSchema.optional(),
  split: z
    .object({
      seed: z.string(),
      train: z.number().nonnegative(),
      dev: z.number().nonnegative(),
      test: z.number().nonnegative(),
    })
    .refine((s) => s.train + s.dev + s.test > 0, 'the split needs a positive share')
    .optional(),
  overlapPolicy: z.enum(['longest-first', 'file-per-label']).optional(),
  tagScheme: z.enum(['bio', 'bioes']).optional(),
  spansKey: z.string().min(1).optional(),
  /** `curated`, `all` or an annotator; default the curated layer where one exists, else all. */
  layer: LayerSelectorSchema.optional(),
});
export type DatasetExportOptions = z.infer<typeof DatasetExportOptions>;

export const DatasetExport = z.object({
  /** Relative paths, checked to stay inside the export's folder. */
  /** A binary file (spaCy's DocBin) comes as base64 with `encoding: 'base64'`; text files have no encoding. */
  files: z.array(z.object({ path: z.string(), content: z.string(), encoding: z.literal('base64').optional() })),
  warnings: z.array(z.string()),
});
export type DatasetExport = z.infer<typeof DatasetExport>;

/** How far a long export, report or batch has come: `total` 0 when the step cannot be counted. */
export const JobProgress = z.object({
  step: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** About how long the step still takes, once it has counted some of its work. */
  remainingMs: z.number().int().nonnegative().optional(),
  /** Documents whose work is finished since the previous status (a batch over documents). */
  finished: z.array(Id).optional(),
});
export type JobProgress = z.infer<typeof JobProgress>;

/** The title a user gives a report (its heading, the page title and the file name); the workspace's name when absent. */
export const ReportTitle = z
  .string()
  .trim()
  .min(1, 'The report needs a title.')
  .max(200, 'A report title is at most 200 characters.')
  .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), 'A report title is one line, without control characters.');

export const JobRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dataset'), options: DatasetExportOptions }),
  z.object({ kind: z.literal('report'), format: z.enum(['html', 'md']), title: ReportTitle.optional() }),
  SuggestJobRequest,
]);
export type JobRequest = z.infer<typeof JobRequest>;

export const JobResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dataset'), dataset: DatasetExport }),
  z.object({ kind: z.literal('report'), file: ExportedFile }),
  SuggestJobResult,
]);
export type JobResult = z.infer<typeof JobResult>;

export const JobStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running'), progress: JobProgress }),
  z.object({ state: z.literal('done'), result: JobResult }),
]);
export type JobStatus = z.infer<typeof JobStatus>;
