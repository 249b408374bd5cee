import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { DatasetExport, DatasetExportOptions, ExportedFile, ExportJobResult, ImportOutcome, ReimportReport, WorkspaceInfo } from '../api/contract';
import type { Handlers } from '../api/handlers';
import { CollateError } from '../core/collate-error';
import { reanchorAll } from '../core/anchoring/reanchor';
import { createSpan, type NewSpan } from '../core/create-span';
import { exportJsonl } from '../core/export-jsonl';
import { datasetFormatList, exportDataset } from '../core/export/index';
import { COLLATE_VERSION } from './collate-version';
import { checkpoint, type JobControl } from './export-jobs/job-control';
import { JobRegistry } from './export-jobs/job-registry';
import { runExportJob } from './export-jobs/run-export-job';
import { renderWorkspaceReport } from './report/workspace-report';
import type { ClaimGroup, CollateDocument, DocumentSummary, LabelSchema, Relation, SpanAnnotation } from '../core/model';
import { checkSchemaChange } from '../core/schema-rules';
import { checkRestoredSpan } from '../core/check-restored-span';
import { acceptSuggestions, groupDiscrepancies, openSuggestions, proposeGroups, type AssistContext } from './workspace-assist';
import { createRelation, deleteClaimGroup, deleteRelation, saveClaimGroup, unlinkSpan, type LinkContext } from './workspace-links';
import type { OffsetUnit } from '../core/offsets';
import { importFile } from './importers/index';
import type { AnnotatedImportOutcome, AnnotationImportOptions, BatchFile } from './annotation-import/index';
import { JsonStore } from './json-store';
import { loadDocuments, removeInterruptedWrites } from './load-documents';
import { newId } from './new-id';
import { sha256 } from './sha256';
import { annotationsKind, documentKind, manifestKind, relationsKind, type AnnotationsFile, type Manifest, type RelationsFile } from './store-kinds';
import { acquireWorkspaceLock } from './workspace-lock';
import { flushBackups } from './rolling-backup';
import { resolveWorkspace } from './workspace-paths';
import { annotationsFile, documentFile, FORMAT_VERSION, MANIFEST_FILE, RELATIONS_FILE } from './workspace-files';

export interface OpenOptions {
  /** Read without taking the workspace's lock; every write is refused. For exports and checks. */
  readOnly?: boolean;
  /** Take over a lock left by Collate on another computer, which cannot be checked from here. */
  takeOverLock?: boolean;
  author?: string;
  now?: () => Date;
}

export interface ImportSource {
  name: string;
  bytes: Uint8Array;
}

const summarize = ({ text, previousText: _previous, ...rest }: CollateDocument): DocumentSummary => ({ ...rest, length: text.length });

function defaultAuthor(): string {
  try {
    return userInfo().username;
  } catch {
    return 'analyst';
  }
}

/**
 * The application service over one workspace folder. It is the only owner of the workspace's files
 * while it is open; both shells and the CLI reach the workspace through it.
 */
export class WorkspaceService {
  private readonly annotationStores = new Map<string, Promise<JsonStore<AnnotationsFile>>>();
  /** Every store opened so far, for `close` to fold their journals into their files. */
  private readonly openedStores = new Set<JsonStore<unknown>>();
  private readonly exportJobs = new JobRegistry<ExportJobResult>();
  private readonly author: string;
  private readonly now: () => Date;

  private constructor(
    readonly root: string,
    private readonly manifest: JsonStore<Manifest>,
    private readonly relations: JsonStore<RelationsFile>,
    private readonly documents: Map<string, CollateDocument>,
    private readonly problems: string[],
    private readonly release: (() => void) | null,
    options: OpenOptions,
  ) {
    this.author = options.author ?? defaultAuthor();
    this.now = options.now ?? (() => new Date());
  }

  static async open(dir: string, options: OpenOptions = {}): Promise<WorkspaceService> {
    const root = resolveWorkspace(dir);
    const release = options.readOnly ? null : acquireWorkspaceLock(root, { takeOver: options.takeOverLock });
    const problems: string[] = [];
    const recovery = release ? { onRecovered: (message: string) => problems.push(message) } : undefined;
    try {
      if (release) await removeInterruptedWrites(root);
      const manifest = await JsonStore.open(root, MANIFEST_FILE, manifestKind, null, recovery);
      const relations = await JsonStore.open(root, RELATIONS_FILE, relationsKind, { relations: [], claimGroups: [] }, recovery);
      const documents = await loadDocuments(root, problems, recovery);
      return new WorkspaceService(root, manifest, relations, documents, problems, release, options);
    } catch (error) {
      release?.();
      throw error;
    }
  }

  /** Lets another process open the workspace. Every write has finished when a call resolved. */
  close(): void {
    this.exportJobs.cancelAll();
    for (const store of [this.manifest, this.relations, ...this.openedStores]) store.flushSync();
    flushBackups(this.root);
    this.release?.();
  }

  readonly handlers: Handlers = {
    getWorkspace: async () => this.info(),
    listDocuments: async () => this.listDocuments(),
    getDocument: async ({ id }) => this.document(id),
    importFiles: async ({ files }) =>
      this.importFiles(files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.dataBase64, 'base64')) }))),
    importAnnotated: async ({ files }) =>
      this.importAnnotated(files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.dataBase64, 'base64')) }))),
    listAnnotations: async ({ documentId }) => this.spansOf(documentId),
    createAnnotation: async (request) => this.createAnnotation(request),
    updateAnnotation: async (request) => this.updateAnnotation(request),
    restoreAnnotation: async ({ span }) => this.restoreAnnotation(span),
    updateDocument: async (request) => this.updateDocument(request),
    createRelation: async (request) => (this.assertWritable(), createRelation(this.links, request)),
    deleteRelation: async ({ id }) => (this.assertWritable(), deleteRelation(this.links, id)),
    saveClaimGroup: async (request) => (this.assertWritable(), saveClaimGroup(this.links, request)),
    deleteClaimGroup: async ({ id }) => (this.assertWritable(), deleteClaimGroup(this.links, id)),
    updateSchema: async ({ schema }) => this.updateSchema(schema),
    suggestAnnotations: async ({ documentId, statements }) => openSuggestions(this.assist, documentId, statements),
    acceptSuggestions: async ({ documentId, ids }) => (this.assertWritable(), acceptSuggestions(this.assist, documentId, ids)),
    rejectSuggestions: async ({ documentId, ids }) => this.rejectSuggestions(documentId, ids),
    proposeClaimGroups: async () => proposeGroups(this.assist),
    findDiscrepancies: async ({ groupId }) => groupDiscrepancies(this.assist, groupId),
    deleteAnnotation: async ({ documentId, id }) => this.deleteAnnotation(documentId, id),
    reattachAnnotation: async ({ documentId, id, start, end }) => this.reattachAnnotation(documentId, id, { start, end }),
    reimportDocument: async ({ documentId, file }) =>
      this.reimportDocument(documentId, { name: file.name, bytes: new Uint8Array(Buffer.from(file.dataBase64, 'base64')) }),
    listRelations: async () => this.relations.data,
    exportDataset: async ({ offsetUnit }) => this.exportDataset(offsetUnit),
    listDatasetFormats: async () => datasetFormatList(),
    exportDatasetFiles: async (options) => this.exportDatasetFiles(options),
    renderReport: async (options) => renderWorkspaceReport(this, options),
    startExportJob: async (request) => ({
      jobId: this.exportJobs.start((control) => runExportJob(this, request, control), { step: 'Starting', done: 0, total: 0 }),
    }),
    exportJobStatus: async ({ jobId }) => this.exportJobs.status(jobId),
    cancelExportJob: async ({ jobId }) => ({ cancelled: this.exportJobs.cancel(jobId) }),
  };

  info(): WorkspaceInfo {
    return {
      name: this.manifest.data.name,
      path: this.root,
      formatVersion: FORMAT_VERSION,
      schema: this.manifest.data.schema,
      problems: [...this.problems],
    };
  }

  listDocuments(): DocumentSummary[] {
    return [...this.documents.values()]
      .sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.title.localeCompare(b.title))
      .map(summarize);
  }

  document(id: string): CollateDocument {
    const document = this.documents.get(id);
    if (!document) throw new CollateError('no-document', `There is no document "${id}" in this workspace.`);
    return document;
  }

  /** Imports files one by one: a failure is reported for its file and never stops the others. */
  async importFiles(files: ImportSource[]): Promise<ImportOutcome[]> {
    const outcomes: ImportOutcome[] = [];
    for (const file of files) outcomes.push(await this.importOne(file));
    return outcomes;
  }

  /**
   * Imports files with their annotations (brat pairs, Collate JSONL, Label Studio, doccano) and plain
   * documents alike; see src/service/annotation-import. A failure never stops the rest of the batch.
   */
  async importAnnotated(files: readonly BatchFile[], options: AnnotationImportOptions = {}): Promise<AnnotatedImportOutcome[]> {
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
        this.relations.update((data) => ({ next: { relations: [...data.relations, ...relations], claimGroups: [...data.claimGroups, ...claimGroups] }, result: undefined })),
    };
    // Loaded on first use, so that commands that never import annotations start no slower.
    const { importAnnotatedFiles } = await import('./annotation-import/index');
    return importAnnotatedFiles(host, files, { ...options, author: this.author, now: () => this.now().toISOString() });
  }

  private async importOne({ name, bytes }: ImportSource): Promise<ImportOutcome> {
    const imported = await importFile(name, bytes);
    if (!imported.ok) return { status: 'failed', file: name, reason: imported.error.message };
    const bytesHash = sha256(bytes);
    const textHash = sha256(imported.value.text);
    const existing = [...this.documents.values()].find((d) => d.sha256 === bytesHash || d.textSha256 === textHash);
    if (existing) {
      return { status: 'duplicate', file: name, existing: existing.id, reason: `same content as "${existing.title}"` };
    }
    const document: CollateDocument = {
      id: newId('d'),
      ...imported.value,
      source: name,
      sha256: bytesHash,
      textSha256: textHash,
      importedAt: this.now().toISOString(),
    };
    try {
      this.assertWritable();
      await JsonStore.create(this.root, documentFile(document.id), documentKind, document);
    } catch (error) {
      return { status: 'failed', file: name, reason: error instanceof Error ? error.message : String(error) };
    }
    this.documents.set(document.id, document);
    return { status: 'imported', file: name, document: summarize(document) };
  }

  /**
   * Replaces a document's text with a new import of it and carries every span over (kept, moved,
   * fuzzy or orphaned). The document is written first, with its previous text, so that a crash
   * before the spans are saved is finished on the next open.
   */
  async reimportDocument(documentId: string, { name, bytes }: ImportSource): Promise<ReimportReport> {
    this.assertWritable();
    const old = this.document(documentId);
    const imported = await importFile(name, bytes);
    if (!imported.ok) throw new CollateError(imported.error.code, `${name}: ${imported.error.message}`);
    const store = await this.annotationStore(documentId);
    if (imported.value.text === old.text) {
      return { documentId, counts: { kept: store.data.spans.length, moved: 0, fuzzy: 0, orphaned: 0 }, orphaned: [] };
    }
    const { previousText: _previous, revisions = [], ...current } = old;
    const next: CollateDocument = {
      ...current,
      ...imported.value,
      source: name,
      sha256: sha256(bytes),
      textSha256: sha256(imported.value.text),
      importedAt: this.now().toISOString(),
      revisions: [...revisions, { source: old.source, sha256: old.sha256, textSha256: old.textSha256, importedAt: old.importedAt }],
      previousText: old.text,
    };
    await JsonStore.create(this.root, documentFile(documentId), documentKind, next);
    this.documents.set(documentId, next);
    return this.reanchorStore(store, next);
  }

  private async reanchorStore(store: JsonStore<AnnotationsFile>, document: CollateDocument): Promise<ReimportReport> {
    const report = reanchorAll(store.data.spans, document.text, document.previousText);
    const spans = report.spans.map(({ outcome, span }) => {
      const { orphaned: _was, ...rest } = span;
      return outcome === 'orphaned' ? { ...rest, orphaned: true } : rest;
    });
    await store.update((data) => ({ next: { ...data, textSha256: document.textSha256, spans }, result: undefined }));
    const orphaned = report.spans.filter((r) => r.outcome === 'orphaned').map((r) => r.span.id);
    return { documentId: document.id, counts: report.counts, orphaned };
  }

  /** Gives an orphaned (or any) span new offsets on the current text, with a fresh quote. */
  async reattachAnnotation(documentId: string, id: string, range: { start: number; end: number }): Promise<SpanAnnotation> {
    this.assertWritable();
    const document = this.document(documentId);
    const store = await this.annotationStore(documentId);
    const existing = store.data.spans.find((s) => s.id === id);
    if (!existing) throw new CollateError('no-annotation', `There is no annotation "${id}" in document "${documentId}".`);
    const made = createSpan(document, this.manifest.data.schema, { label: existing.label, ...range }, {
      id,
      author: existing.author,
      now: existing.created,
    });
    if (!made.ok) throw new CollateError(made.error.code, made.error.message);
    const { orphaned: _orphaned, fragments: _fragments, ...kept } = existing;
    const span: SpanAnnotation = { ...kept, start: made.value.start, end: made.value.end, quote: made.value.quote, prefix: made.value.prefix, suffix: made.value.suffix, modified: this.now().toISOString() };
    return store.update((data) => ({ next: { ...data, spans: data.spans.map((s) => (s.id === id ? span : s)) }, result: span }));
  }

  async spansOf(documentId: string): Promise<SpanAnnotation[]> {
    this.document(documentId);
    return (await this.annotationStore(documentId)).data.spans;
  }

  async createAnnotation(request: NewSpan & { documentId: string; attributes?: Record<string, string> }): Promise<SpanAnnotation> {
    this.assertWritable();
    const document = this.document(request.documentId);
    const now = this.now().toISOString();
    const made = createSpan(document, this.manifest.data.schema, request, { id: newId('s'), author: this.author, now });
    if (!made.ok) throw new CollateError(made.error.code, made.error.message);
    const span = { ...made.value, attributes: this.checkAttributes(made.value.label, request.attributes ?? {}) };
    const store = await this.annotationStore(document.id);
    return store.update((data) => ({ next: { ...data, spans: [...data.spans, span] }, result: span }));
  }

  /** Changes a span's label, attributes or note; the text it covers stays as it is. */
  async updateAnnotation(request: { documentId: string; id: string; label?: string; attributes?: Record<string, string>; note?: string }): Promise<SpanAnnotation> {
    this.assertWritable();
    const store = await this.annotationStore(request.documentId);
    const existing = store.data.spans.find((s) => s.id === request.id);
    if (!existing) throw new CollateError('no-annotation', `There is no annotation "${request.id}" in document "${request.documentId}".`);
    const label = request.label ?? existing.label;
    if (!this.manifest.data.schema.labels.some((l) => l.name === label)) {
      throw new CollateError('unknown-label', `There is no label "${label}" in this workspace's schema.`);
    }
    const { note: _note, ...rest } = existing;
    const note = request.note ?? existing.note;
    const span: SpanAnnotation = {
      ...rest,
      label,
      attributes: this.checkAttributes(label, request.attributes ?? (request.label ? {} : existing.attributes)),
      ...(note ? { note } : {}),
      modified: this.now().toISOString(),
    };
    return store.update((data) => ({ next: { ...data, spans: data.spans.map((s) => (s.id === span.id ? span : s)) }, result: span }));
  }

  /** Puts a deleted span back as it was, provided the text still holds its quote at its place. */
  async restoreAnnotation(given: SpanAnnotation): Promise<SpanAnnotation> {
    this.assertWritable();
    const document = this.document(given.documentId);
    const checked = checkRestoredSpan(document, this.manifest.data.schema, given);
    if (!checked.ok) throw new CollateError(checked.error.code, checked.error.message);
    const span = checked.value;
    const existing = await this.findSpan(span.id);
    if (existing && existing.documentId !== span.documentId) {
      throw new CollateError('duplicate-id', `The id ${span.id} already belongs to a span of another document.`);
    }
    const store = await this.annotationStore(document.id);
    if (store.data.spans.some((s) => s.id === span.id)) return store.data.spans.find((s) => s.id === span.id)!;
    return store.update((data) => ({ next: { ...data, spans: [...data.spans, span] }, result: span }));
  }

  /** Edits a document's metadata or note; its text never changes here. */
  async updateDocument(request: { id: string; title?: string; outlet?: string; author?: string; published?: string; note?: string }): Promise<DocumentSummary> {
    this.assertWritable();
    const { id, ...changes } = request;
    const next: CollateDocument = { ...this.document(id) };
    for (const [key, value] of Object.entries(changes) as Array<[keyof typeof changes, string | undefined]>) {
      if (value === undefined) continue;
      if (value === '' && key !== 'title') delete next[key];
      else next[key] = value;
    }
    await JsonStore.create(this.root, documentFile(id), documentKind, next);
    this.documents.set(id, next);
    return summarize(next);
  }

  /** Replaces the label schema, refusing to drop labels or relation types still in use. */
  async updateSchema(schema: LabelSchema): Promise<LabelSchema> {
    this.assertWritable();
    const labels = new Map<string, number>();
    for (const d of this.documents.keys()) for (const s of await this.spansOf(d)) labels.set(s.label, (labels.get(s.label) ?? 0) + 1);
    const relationTypes = new Map<string, number>();
    for (const r of this.relations.data.relations) relationTypes.set(r.type, (relationTypes.get(r.type) ?? 0) + 1);
    // Only what the current schema defines can be dropped by a change; a name it never had cannot block one.
    const current = this.manifest.data.schema;
    for (const label of labels.keys()) if (!current.labels.some((l) => l.name === label)) labels.delete(label);
    for (const type of relationTypes.keys()) if (!current.relationTypes.some((t) => t.name === type)) relationTypes.delete(type);
    const checked = checkSchemaChange(schema, { labels, relationTypes });
    if (!checked.ok) throw new CollateError(checked.error.code, checked.error.message);
    return this.manifest.update((data) => ({ next: { ...data, schema: checked.value }, result: checked.value }));
  }

  /** Keeps only attributes the label defines, with allowed values; says which one is wrong otherwise. */
  private checkAttributes(label: string, attributes: Record<string, string>): Record<string, string> {
    const definitions = this.manifest.data.schema.labels.find((l) => l.name === label)?.attributes ?? [];
    for (const [name, value] of Object.entries(attributes)) {
      const definition = definitions.find((a) => a.name === name);
      if (!definition) throw new CollateError('unknown-attribute', `Label "${label}" has no attribute "${name}".`);
      if (!definition.values.includes(value)) {
        throw new CollateError('bad-attribute', `"${value}" is not a value of ${label}'s "${name}" (allowed: ${definition.values.join(', ')}).`);
      }
    }
    return attributes;
  }

  private get links(): LinkContext {
    return {
      relations: this.relations,
      schema: () => this.manifest.data.schema,
      findSpan: (id) => this.findSpan(id),
      author: this.author,
      now: () => this.now().toISOString(),
    };
  }

  /** Remembers suggestions the analyst turned down, so the assistant does not offer them again. */
  async rejectSuggestions(documentId: string, ids: string[]): Promise<{ rejected: number }> {
    this.assertWritable();
    const store = await this.annotationStore(documentId);
    return store.update((data) => {
      const rejected = [...new Set([...(data.rejectedSuggestions ?? []), ...ids])].sort();
      return { next: { ...data, rejectedSuggestions: rejected }, result: { rejected: rejected.length } };
    });
  }

  get assist(): AssistContext {
    return {
      document: (id) => this.document(id),
      documentIds: () => [...this.documents.keys()],
      spansOf: (id) => this.spansOf(id),
      rejectedSuggestions: async (id) => (await this.annotationStore(id)).data.rejectedSuggestions ?? [],
      createSpan: (request) => this.createAnnotation(request),
      createRelation: (request) => createRelation(this.links, request),
      relations: () => this.relations.data,
    };
  }

  private async findSpan(id: string): Promise<SpanAnnotation | undefined> {
    for (const documentId of this.documents.keys()) {
      const span = (await this.annotationStore(documentId)).data.spans.find((s) => s.id === id);
      if (span) return span;
    }
    return undefined;
  }

  /** Deletes a span, then its relations and claim-group memberships; returns all of it for undo. */
  async deleteAnnotation(documentId: string, id: string): Promise<{ id: string; span: SpanAnnotation; relations: Relation[]; claimGroups: ClaimGroup[] }> {
    this.assertWritable();
    const store = await this.annotationStore(documentId);
    const span = store.data.spans.find((s) => s.id === id);
    if (!span) throw new CollateError('no-annotation', `There is no annotation "${id}" in document "${documentId}".`);
    await store.update((data) => ({ next: { ...data, spans: data.spans.filter((s) => s.id !== id) }, result: undefined }));
    return { id, span, ...(await unlinkSpan(this.links, id)) };
  }

  async exportDataset(offsetUnit: OffsetUnit, control?: JobControl): Promise<ExportedFile> {
    const documents = [...this.documents.values()].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    const spans = new Map<string, SpanAnnotation[]>();
    for (const [done, d] of documents.entries()) {
      await checkpoint(control, { step: 'Reading documents', done, total: documents.length });
      spans.set(d.id, await this.spansOf(d.id));
    }
    await checkpoint(control, { step: 'Writing jsonl', done: 0, total: 0 });
    return {
      fileName: `${this.manifest.data.name || 'collate'}.jsonl`,
      mediaType: 'application/x-ndjson',
      content: exportJsonl({ documents, spans, relations: this.relations.data.relations }, offsetUnit),
    };
  }

  /** A dataset in any of the formats of `src/core/export`, as files for the caller to write; reports progress and stops when cancelled. */
  async exportDatasetFiles({ format, ...options }: DatasetExportOptions, control?: JobControl): Promise<DatasetExport> {
    const documents = [...this.documents.values()].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    const spans = new Map<string, SpanAnnotation[]>();
    for (const [done, d] of documents.entries()) {
      await checkpoint(control, { step: 'Reading documents', done, total: documents.length });
      spans.set(d.id, (await this.spansOf(d.id)).filter((s) => !s.orphaned));
    }
    await checkpoint(control, { step: `Writing ${format}`, done: 0, total: 0 });
    const input = { documents, spans, ...this.relations.data, schema: this.manifest.data.schema };
    return exportDataset(format, input, { ...options, date: this.now().toISOString(), generator: `Collate ${COLLATE_VERSION}` });
  }

  private annotationStore(documentId: string): Promise<JsonStore<AnnotationsFile>> {
    let store = this.annotationStores.get(documentId);
    if (!store) {
      const document = this.document(documentId);
      const recovery = this.release ? { onRecovered: (message: string) => this.problems.push(message) } : undefined;
      store = JsonStore.open(this.root, annotationsFile(documentId), annotationsKind, { documentId, textSha256: document.textSha256, spans: [] }, recovery).then((opened) => {
        this.openedStores.add(opened as JsonStore<unknown>);
        return this.finishInterruptedReimport(opened, document);
      });
      // A file that failed to load is tried again next time, so a fix on disk is picked up.
      store.catch(() => this.annotationStores.delete(documentId));
      this.annotationStores.set(documentId, store);
    }
    return store;
  }

  /** Spans still anchored to the text before a re-import that crashed are carried over now. */
  private async finishInterruptedReimport(store: JsonStore<AnnotationsFile>, document: CollateDocument): Promise<JsonStore<AnnotationsFile>> {
    const anchoredTo = store.data.textSha256;
    if (anchoredTo && anchoredTo !== document.textSha256 && document.previousText !== undefined && this.release) {
      if (sha256(document.previousText) === anchoredTo) await this.reanchorStore(store, document);
    }
    return store;
  }

  private assertWritable(): void {
    if (!this.release) throw new CollateError('read-only', 'This workspace was opened read-only.');
  }
}
