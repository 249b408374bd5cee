import { z } from 'zod';
import { CollateDocument, LabelSchema, Relation, SpanAnnotation, ClaimGroup } from '../core/model';

/** Every call either shell can make, with the schema of its arguments and of its result. */
export const OffsetUnitSchema = z.enum(['codepoint', 'utf16']);

const DocumentSummarySchema = CollateDocument.omit({ text: true, previousText: true }).extend({ length: z.number().int() });

export const WorkspaceInfo = z.object({
  name: z.string(),
  path: z.string(),
  formatVersion: z.number().int(),
  schema: LabelSchema,
  /** Files that could not be read when the workspace opened, each with its reason. */
  problems: z.array(z.string()),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;

export const ImportFile = z.object({
  name: z.string().min(1).max(1024),
  /** The file's bytes, base64: both shells read the file in the renderer and send its content. */
  dataBase64: z.string(),
});

export const ImportOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('imported'), file: z.string(), document: DocumentSummarySchema }),
  z.object({ status: z.literal('duplicate'), file: z.string(), existing: z.string(), reason: z.string() }),
  z.object({ status: z.literal('failed'), file: z.string(), reason: z.string() }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const ReimportReport = z.object({
  documentId: z.string(),
  counts: z.object({ kept: z.number().int(), moved: z.number().int(), fuzzy: z.number().int(), orphaned: z.number().int() }),
  /** Ids of the spans whose text could not be found; they wait to be re-attached. */
  orphaned: z.array(z.string()),
});
export type ReimportReport = z.infer<typeof ReimportReport>;

export const ExportedFile = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  content: z.string(),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

const Id = z.string().min(1).max(200);

export const DatasetFormatName = z.enum(['collate-jsonl', 'csv', 'w3c', 'brat', 'conll', 'spacy', 'label-studio', 'doccano']);

export const DatasetExportOptions = z.object({
  format: DatasetFormatName,
  documentIds: z.array(Id).optional(),
  labels: z.array(z.string().min(1)).optional(),
  includeNotes: z.boolean().optional(),
  offsetUnit: OffsetUnitSchema.optional(),
  split: z
    .object({ seed: z.string(), train: z.number().nonnegative(), dev: z.number().nonnegative(), test: z.number().nonnegative() })
    .refine((s) => s.train + s.dev + s.test > 0, 'the split needs a positive share')
    .optional(),
  overlapPolicy: z.enum(['longest-first', 'file-per-label']).optional(),
});
export type DatasetExportOptions = z.infer<typeof DatasetExportOptions>;

export const DatasetExport = z.object({
  /** Relative paths, checked to stay inside the export's folder. */
  files: z.array(z.object({ path: z.string(), content: z.string() })),
  warnings: z.array(z.string()),
});
export type DatasetExport = z.infer<typeof DatasetExport>;

export const contract = {
  getWorkspace: { args: z.object({}), result: WorkspaceInfo },
  listDocuments: { args: z.object({}), result: z.array(DocumentSummarySchema) },
  getDocument: { args: z.object({ id: Id }), result: CollateDocument },
  importFiles: { args: z.object({ files: z.array(ImportFile).min(1) }), result: z.array(ImportOutcome) },
  listAnnotations: { args: z.object({ documentId: Id }), result: z.array(SpanAnnotation) },
  createAnnotation: {
    args: z.object({
      documentId: Id,
      label: z.string().min(1),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    }),
    result: SpanAnnotation,
  },
  reattachAnnotation: {
    args: z.object({ documentId: Id, id: Id, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
    result: SpanAnnotation,
  },
  reimportDocument: { args: z.object({ documentId: Id, file: ImportFile }), result: ReimportReport },
  deleteAnnotation: { args: z.object({ documentId: Id, id: Id }), result: z.object({ id: Id }) },
  listRelations: { args: z.object({}), result: z.object({ relations: z.array(Relation), claimGroups: z.array(ClaimGroup) }) },
  exportDataset: {
    args: z.object({ format: z.literal('jsonl'), offsetUnit: OffsetUnitSchema.default('codepoint') }),
    result: ExportedFile,
  },
  listDatasetFormats: { args: z.object({}), result: z.array(z.object({ name: DatasetFormatName, description: z.string() })) },
  exportDatasetFiles: { args: DatasetExportOptions, result: DatasetExport },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export const methods = Object.keys(contract) as Method[];

export type Args<M extends Method> = z.input<Contract[M]['args']>;
export type ParsedArgs<M extends Method> = z.output<Contract[M]['args']>;
export type ResultOf<M extends Method> = z.output<Contract[M]['result']>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
