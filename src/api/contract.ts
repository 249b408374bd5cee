import { z } from 'zod';
import { Id, OffsetUnitSchema } from './common-schemas';
import { DocumentSummary, IndexedDocument } from './document-schemas';
import {
  DatasetExport,
  DatasetExportOptions,
  DatasetFormatName,
  ExportedFile,
  JobRequest,
  JobStatus,
  ReportTitle,
} from './export-schemas';
import { CurationStateSchema, SettleDisagreementArgs } from './team-schemas';
import { ClaimGroup, CollateDocument, Fragment, LabelSchema, Relation, SpanAnnotation } from '../core/model';
import { CorpusHit, libraryMethods, RemovedDocument, TagDocumentsArgs } from './library-schemas';
import {
  CompareProposals,
  Discrepancy,
  ProposalId,
  ProposedClaimGroup,
  ProposedDiscrepancy,
  Suggestion,
} from './compare-schemas';

export * from './compare-schemas';
export * from './export-schemas';
export { Id, OffsetUnitSchema } from './common-schemas';
export { DocumentSummary, IndexedDocument, SpanCounts } from './document-schemas';

/** Every call either shell can make, with the schema of its arguments and of its result. */

export const WorkspaceInfo = z.object({
  name: z.string(),
  path: z.string(),
  formatVersion: z.number().int(),
  schema: LabelSchema,
  /** Files that could not be read when the workspace opened, each with its reason. */
  problems: z.array(z.string()),
  /** Who annotates in this window: the author of new spans, and the layer the article view edits. */
  annotator: z.string(),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>;

/** Who holds the lock of a workspace that Collate on another computer left (or still has open). */
export const LockHolder = z.object({
  /** The workspace folder. */
  path: z.string(),
  host: z.string(),
  pid: z.number().int(),
  /** When that Collate took the lock (ISO 8601, as it wrote it). */
  since: z.string(),
});
export type LockHolder = z.infer<typeof LockHolder>;

export const ImportFile = z.object({
  name: z.string().min(1).max(1024),
  /** The file's bytes, base64: both shells read the file in the renderer and send its content. */
  dataBase64: z.string(),
});

export const ImportOutcome = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('imported'),
    file: z.string(),
    document: DocumentSummary,
    /** With existing annotations: how many spans and relations came in, and what to know about them. */
    spans: z.number().int().optional(),
    relations: z.number().int().optional(),
    warnings: z.array(z.string()).optional(),
  }),
  z.object({ status: z.literal('duplicate'), file: z.string(), existing: z.string(), reason: z.string() }),
  z.object({ status: z.literal('failed'), file: z.string(), reason: z.string() }),
  /** A file the batch left alone on purpose (the dataset card of a Collate export); the reason says why. */
  z.object({ status: z.literal('skipped'), file: z.string(), reason: z.string() }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const ReimportReport = z.object({
  documentId: z.string(),
  counts: z.object({
    kept: z.number().int(),
    moved: z.number().int(),
    fuzzy: z.number().int(),
    orphaned: z.number().int(),
  }),
  /** Ids of the spans whose text could not be found; they wait to be re-attached. */
  orphaned: z.array(z.string()),
});
export type ReimportReport = z.infer<typeof ReimportReport>;

export { CorpusHit, RemovedDocument };
export type { Assignment, AssignmentList } from './team-schemas';

export const contract = {
  getWorkspace: { args: z.object({}), result: WorkspaceInfo },
  /**
   * While the workspace waits because another computer holds its lock (getWorkspace then fails with
   * `workspace-locked-elsewhere`): who holds it. Fails with `not-locked` once the workspace is open.
   */
  lockHolder: { args: z.object({}).strict(), result: LockHolder },
  /** Takes the lock over from the other computer, as the user asked, and opens the workspace. */
  takeOverLock: { args: z.object({}).strict(), result: WorkspaceInfo },
  listDocuments: { args: z.object({}), result: z.array(DocumentSummary) },
  /** Every document with its span counts, in import order, without reading any document or span file. */
  listDocumentIndex: { args: z.object({}), result: z.array(IndexedDocument) },
  getDocument: { args: z.object({ id: Id }), result: CollateDocument },
  importFiles: { args: z.object({ files: z.array(ImportFile).min(1) }), result: z.array(ImportOutcome) },
  /** Imports annotated files (a brat .txt + .ann pair, Collate JSONL, Label Studio, doccano) with their spans and relations. */
  importAnnotated: { args: z.object({ files: z.array(ImportFile).min(1) }), result: z.array(ImportOutcome) },
  listAnnotations: { args: z.object({ documentId: Id }), result: z.array(SpanAnnotation) },
  updateDocument: {
    args: z.object({
      id: Id,
      title: z.string().min(1).max(500).optional(),
      outlet: z.string().max(500).optional(),
      author: z.string().max(500).optional(),
      published: z.string().max(100).optional(),
      note: z.string().max(1_000_000).optional(),
      done: z.boolean().optional(),
    }),
    result: DocumentSummary,
  },
  createAnnotation: {
    args: z.object({
      documentId: Id,
      label: z.string().min(1),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      fragments: z.array(Fragment).min(2).optional(),
      attributes: z.record(z.string(), z.string()).optional(),
      /** `curated` makes the span in the adjudicated layer (the curation view). */
      layer: z.literal('curated').optional(),
    }),
    result: SpanAnnotation,
  },
  updateAnnotation: {
    args: z.object({
      documentId: Id,
      id: Id,
      label: z.string().min(1).optional(),
      attributes: z.record(z.string(), z.string()).optional(),
      /** Rich-text HTML; an empty string removes the note. */
      note: z.string().max(1_000_000).optional(),
    }),
    result: SpanAnnotation,
  },
  /** Puts back a span exactly as it was (undo of a delete); its quote must still match the text. */
  restoreAnnotation: { args: z.object({ span: SpanAnnotation }), result: SpanAnnotation },
  /** Creates a relation, or puts one back as it was when id, author and created are given (undo). */
  createRelation: {
    args: z.object({
      id: Id.optional(),
      type: z.string().min(1),
      from: Id,
      to: Id,
      author: z.string().optional(),
      created: z.string().optional(),
      /** `curated` puts a link of the adjudicated layer back (undo). */
      layer: z.literal('curated').optional(),
    }),
    result: Relation,
  },
  deleteRelation: { args: z.object({ id: Id }), result: Relation },
  /** Creates a claim group, or replaces the one with this id. */
  saveClaimGroup: {
    args: z.object({
      id: Id.optional(),
      statement: z.string().max(10_000),
      members: z.array(Id),
      layer: z.literal('curated').optional(),
    }),
    result: ClaimGroup,
  },
  deleteClaimGroup: { args: z.object({ id: Id }), result: ClaimGroup },
  updateSchema: { args: z.object({ schema: LabelSchema }), result: LabelSchema },
  reattachAnnotation: {
    args: z.object({
      documentId: Id,
      id: Id,
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    }),
    result: SpanAnnotation,
  },
  reimportDocument: { args: z.object({ documentId: Id, file: ImportFile }), result: ReimportReport },
  /** Deletes a span with its relations and its place in claim groups; returns what undo needs. */
  deleteAnnotation: {
    args: z.object({ documentId: Id, id: Id }),
    result: z.object({ id: Id, span: SpanAnnotation, relations: z.array(Relation), claimGroups: z.array(ClaimGroup) }),
  },
  listRelations: {
    args: z.object({}),
    result: z.object({ relations: z.array(Relation), claimGroups: z.array(ClaimGroup) }),
  },
  /** The whole workspace in the registry's jsonl format as one file to download (no split, no dataset card). */
  exportDataset: {
    args: z.object({ format: z.literal('jsonl'), offsetUnit: OffsetUnitSchema.default('codepoint') }),
    result: ExportedFile,
  },
  /** The registry's formats; `offsets` is 'option' when the export's offset unit applies, else what the format writes. */
  listDatasetFormats: {
    args: z.object({}),
    result: z.array(
      z.object({ name: DatasetFormatName, description: z.string(), offsets: z.enum(['codepoint', 'option', 'none']) }),
    ),
  },
  /** A dataset in any registered format: its files (per split part) and a README.md dataset card. */
  exportDatasetFiles: { args: DatasetExportOptions, result: DatasetExport },
  suggestAnnotations: {
    args: z.object({ documentId: Id, statements: z.boolean().optional() }),
    result: z.array(Suggestion),
  },
  acceptSuggestions: {
    args: z.object({ documentId: Id, ids: z.array(z.string()).min(1) }),
    result: z.object({ spans: z.array(SpanAnnotation), relations: z.array(Relation) }),
  },
  rejectSuggestions: {
    args: z.object({ documentId: Id, ids: z.array(z.string()).min(1) }),
    result: z.object({ rejected: z.number().int() }),
  },
  findDiscrepancies: { args: z.object({ groupId: Id }), result: z.array(Discrepancy) },
  /** The curation view: a document's layers compared (reads only); `startCuration` also pre-merges agreements. */
  getCuration: { args: z.object({ documentId: Id }), result: CurationStateSchema },
  startCuration: { args: z.object({ documentId: Id }), result: CurationStateSchema },
  settleDisagreement: { args: SettleDisagreementArgs, result: CurationStateSchema },
  /**
   * Proposes claim groups across articles and the discrepancies inside each (offline). With `apply`,
   * creates the Claim spans the members need and records the proposals (see listCompareProposals).
   */
  compareArticles: {
    args: z
      .object({
        documentIds: z.array(Id).optional(),
        minScore: z.number().min(0).max(1).optional(),
        apply: z.boolean().optional(),
      })
      .strict(),
    result: z.object({ groups: z.array(ProposedClaimGroup), discrepancies: z.array(ProposedDiscrepancy) }),
  },
  /** The recorded comparison proposals with the analyst's decisions; empty before the first recorded comparison. */
  listCompareProposals: { args: z.object({}).strict(), result: CompareProposals },
  /**
   * Accepts or rejects one recorded proposal. Accepting a group saves it as a claim group (re-creating
   * a member span deleted since); accepting a contradiction links its sides with `contradicts`.
   */
  decideCompareProposal: {
    args: z
      .object({
        kind: z.enum(['group', 'discrepancy']),
        id: ProposalId,
        /** `reopen` puts a decided proposal back to proposed (the UI's undo); it deletes nothing itself. */
        decision: z.enum(['accept', 'reject', 'reopen']),
      })
      .strict(),
    result: z.object({
      proposals: CompareProposals,
      claimGroup: ClaimGroup.optional(),
      relation: Relation.optional(),
      spans: z.array(SpanAnnotation),
    }),
  },
  /** The comparison report of the whole workspace (HTML, self-contained and printable, or Markdown), as one file to offer. */
  renderReport: {
    args: z.object({ format: z.enum(['html', 'md']), title: ReportTitle.optional() }),
    result: ExportedFile,
  },
  /** Starts a dataset export, a report or suggestions for many documents in the background; follow it with jobStatus, stop it with cancelJob. */
  startJob: { args: JobRequest, result: z.object({ jobId: Id }) },
  /** A job's progress, or its result (given once, then the job is forgotten); a failed job answers with its error. */
  jobStatus: { args: z.object({ jobId: Id }), result: JobStatus },
  /** Stops a job and forgets it; false when no such job was under way. Nothing is written anywhere either way. */
  cancelJob: { args: z.object({ jobId: Id }), result: z.object({ cancelled: z.boolean() }) },
  ...libraryMethods,
  /** Puts removed documents back as they were (undo of removeDocuments). */
  restoreDocuments: {
    args: z.object({ ids: z.array(Id).min(1).max(10_000) }).strict(),
    result: z.array(DocumentSummary),
  },
  /** Adds and removes tags on documents (every id and tag checked before any is written); their summaries after. */
  tagDocuments: { args: TagDocumentsArgs, result: z.array(DocumentSummary) },
  /** The document holding each span named (links and claim groups name spans only); unknown ids are left out. */
  locateSpans: {
    args: z.object({ ids: z.array(Id).max(100_000) }).strict(),
    result: z.record(z.string(), z.string()),
  },
  /** The spans of several documents at once, by document id (a view that needs them, such as the claims matrix). */
  listAnnotationsOf: {
    args: z.object({ documentIds: z.array(Id).max(1_000) }).strict(),
    result: z.record(z.string(), z.array(SpanAnnotation)),
  },
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
