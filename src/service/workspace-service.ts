// Long file: the one class every contract method passes through; each body only delegates to a workspace-*.ts module.
import type {
  DatasetExport,
  DatasetExportOptions,
  DocumentSummary,
  ExportedFile,
  IndexedDocument,
} from '../api/contract';
import type { JobRequest, JobResult, JobStatus, ImportOutcome } from '../api/contract';
import type { LibraryPage } from '../api/library-rows';
import type { AssignmentList, CorpusHit, ReimportReport, RemovedDocument, WorkspaceInfo } from '../api/contract';
import type { WorkspaceOperations } from '../api/workspace-handlers';
import { CollateError } from '../core/collate-error';
import type { NewSpan } from '../core/create-span';
import { datasetFormatList } from '../core/dataset-export/index';
import type { ClaimGroup, CollateDocument, LabelSchema, Relation, SpanAnnotation } from '../core/model';
import type { OffsetUnit } from '../core/offsets';
import type { ReportFormat } from '../core/report/index';
import type { AnnotatedImportOutcome, AnnotationImportOptions, BatchFile } from './annotation-import/index';
import type { JobControl } from './jobs/job-control';
import { JobRegistry } from './jobs/job-registry';
import { runExportJob } from './jobs/run-export-job';
import { runSuggestJob } from './jobs/run-suggest-job';
import { readCachedSuggestions } from './suggestion-cache';
import { applyComparison, compareWorkspace } from './workspace-compare';
import { decideProposal, listProposals, type Decision, type DecisionRequest } from './compare-decisions';
import { AnnotationStores } from './annotation-stores';
import { JsonStore } from './json-store';
import { renderWorkspaceReport } from './report/workspace-report';
import { flushBackups } from './rolling-backup';
import { manifestKind, relationsKind } from './store-kinds';
import type { AnnotationsFile, Manifest, RelationsFile } from './store-kinds';
import * as annotations from './workspace-annotations';
import * as assist from './workspace-assist';
import * as documents from './workspace-documents';
import { exportWorkspaceDataset, exportWorkspaceJsonl } from './workspace-export';
import { removeInterruptedWrites } from './load-documents';
import { DocumentCatalog } from './corpus-index/document-catalog';
import { updateSchema } from './workspace-schema';
import { FORMAT_VERSION, MANIFEST_FILE, RELATIONS_FILE } from './workspace-files';
import * as links from './workspace-links';
import * as curation from './teams/workspace-curation';
import type { CurationState } from '../core/curation/curation-state';
import { acquireWorkspaceLock } from './workspace-lock';
import { resolveWorkspace } from './workspace-paths';
import { recreateMissingFolders } from './teams/missing-folders';
import { checkAnnotatorName, resolveAnnotator } from './teams/user-config';
import type { WorkspaceReader } from './workspace-reader';
import { CorpusSearch } from './corpus-search/corpus-search';
import { removeDocument, restoreDocument, type TrashContext } from './workspace-trash';
import { tagDocuments } from './workspace-tags';
import * as assignments from './teams/assignments';
import { GroupFindings, type GroupFinding } from './group-findings';

export interface OpenOptions {
  /** Read without taking the workspace's lock; every write is refused. For exports and checks. */
  readOnly?: boolean;
  author?: string;
  now?: () => Date;
  /** Take over a lock left by Collate on another computer, which cannot be checked from here. */
  takeOverLock?: boolean;
  /** Read the search index in the background once open (the app and the server), so the first query is quick. */
  warmSearch?: boolean;
}

export type { ImportSource } from './workspace-documents';
import type { ImportSource } from './workspace-documents';

/**
 * The application service over one workspace folder, the only owner of its files while it is open.
 * Each feature lives in its own module (workspace-documents, -annotations, -links, -schema, -assist,
 * -export); this class holds the open stores, refuses writes when read-only, and hands each its context.
 */
export class WorkspaceService implements WorkspaceOperations, WorkspaceReader {
  private readonly annotationStores: AnnotationStores;
  private readonly jobs = new JobRegistry<JobResult>();
  private author: string;
  private readonly corpusSearch: CorpusSearch;
  private readonly groupFindings: GroupFindings;
  readonly now: () => Date;

  private constructor(
    readonly root: string,
    private readonly manifest: JsonStore<Manifest>,
    private readonly relations: JsonStore<RelationsFile>,
    private readonly documents: DocumentCatalog,
    private readonly problems: string[],
    private readonly release: (() => void) | null,
    options: OpenOptions,
  ) {
    this.author = options.author ?? 'analyst';
    this.now = options.now ?? (() => new Date());
    const onRecovered = (message: string): void => void problems.push(message);
    const onSpans = (id: string, data: AnnotationsFile): void => documents.noteSpans(id, data);
    this.annotationStores = new AnnotationStores(root, release !== null, onRecovered, onSpans);
    this.corpusSearch = new CorpusSearch({
      root,
      writable: release !== null,
      documentIds: () => this.documents.ids(),
      document: (id) => this.document(id),
      summary: (id) => {
        const summary = this.documents.summaryOf(id);
        if (!summary) throw new CollateError('no-document', `There is no document "${id}" in this workspace.`);
        return summary;
      },
      filesStamp: (id) => this.documents.filesStamp(id) ?? '',
      spansOf: (id) => this.spansOf(id),
      openSpans: (id) => this.annotationStores.openSpans(id),
    });
    this.groupFindings = new GroupFindings({
      relations: () => this.relations.data,
      locateSpans: (ids) => this.documents.locateSpans(ids),
      // A document removed since its spans were located holds none.
      spansOf: async (id) => (this.documents.summaryOf(id) ? this.readSpans(id) : []),
      stampOf: (id) => this.documents.summaryOf(id) ?? this.document(id),
      document: (id) => this.document(id),
    });
    if (options.warmSearch) this.corpusSearch.warm();
  }

  static async open(dir: string, options: OpenOptions = {}): Promise<WorkspaceService> {
    const root = resolveWorkspace(dir);
    const release = options.readOnly ? null : acquireWorkspaceLock(root, { takeOver: options.takeOverLock });
    const problems: string[] = [];
    const recovery = release ? { onRecovered: (message: string) => problems.push(message) } : undefined;
    try {
      if (release) await removeInterruptedWrites(root);
      if (release) await recreateMissingFolders(root);
      const author = options.author ?? (await resolveAnnotator());
      const manifest = await JsonStore.open(root, MANIFEST_FILE, manifestKind, null, recovery);
      const emptyLinks = { relations: [], claimGroups: [] };
      const relations = await JsonStore.open(root, RELATIONS_FILE, relationsKind, emptyLinks, recovery);
      const documents = await DocumentCatalog.open({ root, problems, recovery, writable: release !== null });
      return new WorkspaceService(root, manifest, relations, documents, problems, release, { ...options, author });
    } catch (error) {
      release?.();
      throw error;
    }
  }

  /** Lets another process open the workspace. Every write has finished when a call resolved. */
  close(): void {
    this.jobs.cancelAll();
    for (const store of [this.manifest, this.relations]) store.flushSync();
    this.annotationStores.flushAll();
    this.corpusSearch.flushSync();
    flushBackups(this.root);
    this.documents.saveSync(true);
    this.release?.();
  }

  /** Who annotates changed (the desktop Preferences): the next edits carry the new name. */
  setAuthor(name: string): void {
    this.author = checkAnnotatorName(name);
  }

  info(): WorkspaceInfo {
    const { name, schema } = this.manifest.data;
    return {
      name,
      path: this.root,
      formatVersion: FORMAT_VERSION,
      schema,
      problems: [...this.problems],
      annotator: this.author,
    };
  }

  listDocuments(): DocumentSummary[] {
    return [...this.documents.list()];
  }

  /** Every document's summary with its span counts, from the persisted corpus index: the library's rows. */
  listDocumentIndex(): IndexedDocument[] {
    return this.documents.indexed();
  }

  /** A window of the library's rows, encoded for the wire, without building the other rows. */
  libraryRows(offset: number, limit: number): LibraryPage {
    return this.documents.indexedWindow(offset, limit);
  }

  document(id: string): CollateDocument {
    const document = this.documents.get(id);
    if (!document) throw new CollateError('no-document', `There is no document "${id}" in this workspace.`);
    return document;
  }

  readDocument(id: string): CollateDocument {
    const document = this.documents.read(id);
    if (!document) throw new CollateError('no-document', `There is no document "${id}" in this workspace.`);
    return document;
  }

  listRelations(): RelationsFile {
    return this.relations.data;
  }

  async spansOf(documentId: string): Promise<SpanAnnotation[]> {
    this.document(documentId);
    return (await this.annotationStore(documentId)).data.spans;
  }

  async readSpans(documentId: string): Promise<SpanAnnotation[]> {
    return (await this.annotationStores.read(this.documents.summaryOf(documentId) ?? this.document(documentId))).spans;
  }

  /** Several documents' spans, read without their texts and without keeping their files open. */
  async spansOfDocuments(documentIds: readonly string[]): Promise<Record<string, SpanAnnotation[]>> {
    const out: Record<string, SpanAnnotation[]> = {};
    for (const id of documentIds) {
      const summary = this.documents.summaryOf(id);
      if (!summary) throw new CollateError('no-document', `There is no document "${id}" in this workspace.`);
      out[id] = (await this.annotationStores.read(summary)).spans;
    }
    return out;
  }

  /** The document holding each of these spans, as an object (ids held by no document are left out). */
  async locateSpans(ids: readonly string[]): Promise<Record<string, string>> {
    return Object.fromEntries(await this.documents.locateSpans(ids));
  }

  // Documents

  /** Imports files one by one: a failure is reported for its file and never stops the others. */
  async importFiles(files: ImportSource[]): Promise<ImportOutcome[]> {
    const outcomes: ImportOutcome[] = [];
    for (const file of files) outcomes.push(await documents.importDocument(this.documentContext, file));
    return outcomes;
  }

  /**
   * Imports files with their annotations (brat pairs, Collate JSONL, Label Studio, doccano) and plain
   * documents alike; see src/service/annotation-import. A failure never stops the rest of the batch.
   */
  async importAnnotated(
    files: readonly BatchFile[],
    options: AnnotationImportOptions = {},
  ): Promise<AnnotatedImportOutcome[]> {
    this.assertWritable();
    const host = {
      importFiles: (sources: ImportSource[]) => this.importFiles(sources),
      listDocuments: () => this.listDocuments(),
      document: (id: string) => this.document(id),
      spansOf: (id: string) => this.spansOf(id),
      info: () => this.info(),
      updateSchema: (schema: LabelSchema) => this.updateSchema(schema),
      updateDocument: (request: Parameters<WorkspaceService['updateDocument']>[0]) => this.updateDocument(request),
      listRelations: () => this.relations.data,
      addImportedSpans: async (documentId: string, spans: SpanAnnotation[]) => {
        const store = await this.annotationStore(documentId);
        await store.update((data) => ({ next: { ...data, spans: [...data.spans, ...spans] }, result: undefined }));
      },
      addImportedLinks: async (relations: Relation[], claimGroups: ClaimGroup[]) =>
        this.relations.update((data) => ({
          next: {
            ...data,
            relations: [...data.relations, ...relations],
            claimGroups: [...data.claimGroups, ...claimGroups],
          },
          result: undefined,
        })),
    };
    // Loaded on first use, so that commands that never import annotations start no slower.
    const { importAnnotatedFiles } = await import('./annotation-import/index');
    return importAnnotatedFiles(host, files, { ...options, author: this.author, now: () => this.now().toISOString() });
  }

  async reimportDocument(documentId: string, file: ImportSource): Promise<ReimportReport> {
    this.assertWritable();
    return documents.reimportDocument(this.documentContext, documentId, file);
  }

  async updateDocument(request: Parameters<typeof documents.updateDocument>[1]): Promise<DocumentSummary> {
    this.assertWritable();
    return documents.updateDocument(this.documentContext, request);
  }

  /** Removes documents (all or none are checked first), each kept in the trash for restoreDocuments. */
  async removeDocuments(ids: string[]): Promise<RemovedDocument[]> {
    this.assertWritable();
    for (const id of ids) this.document(id);
    const removed: RemovedDocument[] = [];
    for (const id of new Set(ids)) removed.push(await removeDocument(this.trash, id));
    return removed;
  }

  async restoreDocuments(ids: string[]): Promise<DocumentSummary[]> {
    this.assertWritable();
    const restored: DocumentSummary[] = [];
    for (const id of new Set(ids)) restored.push(await restoreDocument(this.trash, id));
    return restored;
  }

  /** Adds and removes tags on documents (src/service/workspace-tags.ts). */
  tagDocuments(ids: string[], add: string[], remove: string[]): Promise<DocumentSummary[]> {
    return tagDocuments(this.documentContext, ids, add, remove);
  }

  // Assignments (src/service/teams/assignments.ts)

  async listAssignments(): Promise<AssignmentList> {
    return { me: this.author, assignments: await assignments.listAssignments(this) };
  }

  async assignDocuments(annotator: string, ids: string[]): Promise<AssignmentList> {
    this.assertWritable();
    return { me: this.author, assignments: await assignments.assignDocuments(this, annotator, ids) };
  }

  async unassignDocuments(annotator: string, ids: string[]): Promise<AssignmentList> {
    this.assertWritable();
    return { me: this.author, assignments: await assignments.unassignDocuments(this, annotator, ids) };
  }

  async markAssignmentsDone(annotator: string | undefined, ids: string[], done: boolean): Promise<AssignmentList> {
    this.assertWritable();
    const marked = await assignments.markDone(this, annotator ?? this.author, ids, done);
    return { me: this.author, assignments: marked };
  }

  // Corpus search

  searchCorpus(query: string, limit = 50): Promise<CorpusHit[]> {
    return this.corpusSearch.search(query, limit);
  }

  /** Where the search index came from on its first use: read from the cache or rebuilt (for tests and the CLI). */
  get searchIndexOrigin(): 'cache' | 'rebuilt' | null {
    return this.corpusSearch.origin;
  }

  /** Why the search index cache could not be used when it was there (it was rebuilt), for the CLI to say. */
  get searchIndexNotice(): string | null {
    return this.corpusSearch.notice;
  }

  // Annotations

  async createAnnotation(
    request: NewSpan & { documentId: string; attributes?: Record<string, string> },
  ): Promise<SpanAnnotation> {
    this.assertWritable();
    return annotations.createAnnotation(this.annotationContext, request);
  }

  async updateAnnotation(request: Parameters<typeof annotations.updateAnnotation>[1]): Promise<SpanAnnotation> {
    this.assertWritable();
    return annotations.updateAnnotation(this.annotationContext, request);
  }

  async restoreAnnotation(span: SpanAnnotation): Promise<SpanAnnotation> {
    this.assertWritable();
    return annotations.restoreAnnotation(this.annotationContext, span);
  }

  async reattachAnnotation(
    documentId: string,
    id: string,
    range: { start: number; end: number },
  ): Promise<SpanAnnotation> {
    this.assertWritable();
    return annotations.reattachAnnotation(this.annotationContext, documentId, id, range);
  }

  async deleteAnnotation(documentId: string, id: string): ReturnType<typeof annotations.deleteAnnotation> {
    this.assertWritable();
    return annotations.deleteAnnotation(this.annotationContext, documentId, id);
  }

  // Relations and claim groups

  async createRelation(request: Parameters<typeof links.createRelation>[1]): Promise<Relation> {
    this.assertWritable();
    return links.createRelation(this.links, request);
  }

  async deleteRelation(id: string): Promise<Relation> {
    this.assertWritable();
    return links.deleteRelation(this.links, id);
  }

  async saveClaimGroup(request: Parameters<typeof links.saveClaimGroup>[1]): Promise<ClaimGroup> {
    this.assertWritable();
    return links.saveClaimGroup(this.links, request);
  }

  async deleteClaimGroup(id: string): Promise<ClaimGroup> {
    this.assertWritable();
    return links.deleteClaimGroup(this.links, id);
  }

  // Schema

  async updateSchema(schema: LabelSchema): Promise<LabelSchema> {
    this.assertWritable();
    return updateSchema(
      {
        manifest: this.manifest,
        documentIds: () => this.documents.ids(),
        spansOf: (id) => this.spansOf(id),
        relations: () => this.relations.data.relations,
      },
      schema,
    );
  }

  // Assistant

  async suggestAnnotations(documentId: string, statements?: boolean): ReturnType<typeof assist.openSuggestions> {
    return assist.openSuggestions(this.assist, documentId, statements);
  }

  async acceptSuggestions(documentId: string, ids: string[]): ReturnType<typeof assist.acceptSuggestions> {
    this.assertWritable();
    return assist.acceptSuggestions(this.assist, documentId, ids);
  }

  async rejectSuggestions(documentId: string, ids: string[]): Promise<{ rejected: number }> {
    this.assertWritable();
    return annotations.rejectSuggestions(this.annotationContext, documentId, ids);
  }

  findDiscrepancies(groupId: string): Promise<GroupFinding[]> {
    return this.groupFindings.of(groupId);
  }

  async compareArticles(request: {
    documentIds?: string[];
    minScore?: number;
    apply?: boolean;
  }): ReturnType<typeof compareWorkspace> {
    const result = await compareWorkspace(this.assist, request);
    if (request.apply) {
      this.assertWritable();
      await applyComparison(this.assist, this.root, result);
    }
    return result;
  }

  listCompareProposals(): ReturnType<typeof listProposals> {
    return listProposals(this.root);
  }

  async decideCompareProposal(request: DecisionRequest): Promise<Decision> {
    this.assertWritable();
    const context = {
      ...this.assist,
      saveClaimGroup: (r: { statement: string; members: string[] }) => this.saveClaimGroup(r),
    };
    return decideProposal(context, this.root, request);
  }

  // Exports and reports

  datasetFormats(): ReturnType<typeof datasetFormatList> {
    return datasetFormatList();
  }

  /** A dataset in any registered format, as files for the caller to write (see workspace-export). */
  exportDatasetFiles(options: DatasetExportOptions, control?: JobControl): Promise<DatasetExport> {
    return exportWorkspaceDataset(this, options, control);
  }

  exportJsonl(offsetUnit: OffsetUnit): Promise<ExportedFile> {
    return exportWorkspaceJsonl(this, offsetUnit);
  }

  renderReport(format: ReportFormat, title?: string): Promise<ExportedFile> {
    return renderWorkspaceReport(this, { format, ...(title ? { title } : {}) }, this.now());
  }

  startJob(request: JobRequest): { jobId: string } {
    const first = { step: 'Starting', done: 0, total: 0 };
    if (request.kind === 'suggest') {
      this.assertWritable();
      const ids = [...new Set(request.documentIds ?? this.documents.ids())];
      for (const id of ids) this.document(id);
      const run = (control: Required<JobControl>) =>
        runSuggestJob({ root: this.root, assist: this.assist }, ids, control);
      return { jobId: this.jobs.start(run, first, 'suggestion batch') };
    }
    return { jobId: this.jobs.start((control) => runExportJob(this, request, control), first) };
  }

  jobStatus(jobId: string): JobStatus {
    return this.jobs.status(jobId);
  }

  cancelJob(jobId: string): { cancelled: boolean } {
    return { cancelled: this.jobs.cancel(jobId) };
  }

  // Adjudication (src/service/teams/workspace-curation.ts)

  curation(documentId: string): Promise<CurationState> {
    return curation.documentCuration(this.annotationContext, documentId);
  }

  startCuration(documentId: string): Promise<CurationState> {
    this.assertWritable();
    return curation.startCuration(this.annotationContext, documentId);
  }

  settleDisagreement(request: Parameters<typeof curation.settleDisagreement>[1]): Promise<CurationState> {
    this.assertWritable();
    return curation.settleDisagreement(this.annotationContext, request);
  }

  // What each feature module is handed

  private get documentContext(): documents.DocumentContext {
    return {
      root: this.root,
      documents: this.documents,
      document: (id) => this.document(id),
      annotationStore: (id) => this.annotationStore(id),
      assertWritable: () => this.assertWritable(),
      now: () => this.now().toISOString(),
    };
  }

  private get trash(): TrashContext {
    return {
      root: this.root,
      documents: this.documents,
      document: (id) => this.document(id),
      annotationStore: (id) => this.annotationStore(id),
      closeAnnotationStore: (id) => this.annotationStores.close(id),
      relations: this.relations,
      findSpan: (id) => this.findSpan(id),
    };
  }

  private get annotationContext(): annotations.AnnotationContext {
    return {
      document: (id) => this.document(id),
      schema: () => this.manifest.data.schema,
      annotationStore: (id) => this.annotationStore(id),
      links: this.links,
      findSpan: (id, openOnly) => this.findSpan(id, openOnly),
      author: this.author,
      now: () => this.now().toISOString(),
    };
  }

  private get links(): links.LinkContext {
    return {
      relations: this.relations,
      schema: () => this.manifest.data.schema,
      findSpan: (id) => this.findSpan(id),
      author: this.author,
      now: () => this.now().toISOString(),
    };
  }

  get assist(): assist.AssistContext {
    return {
      document: (id) => this.document(id),
      documentIds: () => this.documents.ids(),
      spansOf: (id) => this.spansOf(id),
      rejectedSuggestions: async (id) => (await this.annotationStore(id)).data.rejectedSuggestions ?? [],
      createSpan: (request) => this.createAnnotation(request),
      createRelation: (request) => links.createRelation(this.links, request),
      createSpans: (documentId, requests) => {
        this.assertWritable();
        return annotations.createAnnotations(this.annotationContext, documentId, requests);
      },
      withdrawSpans: (documentId, ids) => annotations.withdrawAnnotations(this.annotationContext, documentId, ids),
      createRelations: (requests) => links.createRelations(this.links, requests),
      letGo: (documentId) => this.annotationStores.letGo(documentId),
      relations: () => this.relations.data,
      cachedSuggestions: (documentId, statements) =>
        readCachedSuggestions(this.root, this.document(documentId), statements),
    };
  }

  private findSpan(id: string, openOnly = false): Promise<SpanAnnotation | undefined> {
    return this.annotationStores.findSpan(id, openOnly ? [] : this.documents.ids(), (d) => this.document(d));
  }

  private annotationStore(documentId: string): Promise<JsonStore<AnnotationsFile>> {
    return this.annotationStores.of(this.document(documentId));
  }

  private assertWritable(): void {
    if (!this.release) throw new CollateError('read-only', 'This workspace was opened read-only.');
  }
}
