import { CollateError } from '../core/collate-error';
import { base64ToBytes } from './base64';
import type { Method, ParsedArgs, ResultOf } from './contract';
import type { Handlers } from './handlers';

/** A file that crossed the wire, its bytes decoded. */
export interface ReceivedFile {
  name: string;
  bytes: Uint8Array;
}

type Out<M extends Method> = ResultOf<M>;
type In<M extends Method> = ParsedArgs<M>;

/**
 * What a workspace offers in domain terms (bytes, ids, requests), with no knowledge of the wire.
 * The service implements it; `workspaceHandlers` maps each contract method onto it.
 */
export interface WorkspaceOperations {
  info(): Out<'getWorkspace'>;
  listDocuments(): Out<'listDocuments'>;
  listDocumentIndex(): Out<'listDocumentIndex'>;
  libraryRows(offset: number, limit: number): Out<'listLibraryRows'>;
  document(id: string): Out<'getDocument'>;
  importFiles(files: ReceivedFile[]): Promise<Out<'importFiles'>>;
  importAnnotated(files: ReceivedFile[]): Promise<Out<'importAnnotated'>>;
  spansOf(documentId: string): Promise<Out<'listAnnotations'>>;
  updateDocument(request: In<'updateDocument'>): Promise<Out<'updateDocument'>>;
  createAnnotation(request: In<'createAnnotation'>): Promise<Out<'createAnnotation'>>;
  updateAnnotation(request: In<'updateAnnotation'>): Promise<Out<'updateAnnotation'>>;
  restoreAnnotation(span: In<'restoreAnnotation'>['span']): Promise<Out<'restoreAnnotation'>>;
  reattachAnnotation(
    documentId: string,
    id: string,
    range: { start: number; end: number },
  ): Promise<Out<'reattachAnnotation'>>;
  deleteAnnotation(documentId: string, id: string): Promise<Out<'deleteAnnotation'>>;
  reimportDocument(documentId: string, file: ReceivedFile): Promise<Out<'reimportDocument'>>;
  createRelation(request: In<'createRelation'>): Promise<Out<'createRelation'>>;
  deleteRelation(id: string): Promise<Out<'deleteRelation'>>;
  saveClaimGroup(request: In<'saveClaimGroup'>): Promise<Out<'saveClaimGroup'>>;
  deleteClaimGroup(id: string): Promise<Out<'deleteClaimGroup'>>;
  listRelations(): Out<'listRelations'>;
  updateSchema(schema: In<'updateSchema'>['schema']): Promise<Out<'updateSchema'>>;
  suggestAnnotations(documentId: string, statements?: boolean): Promise<Out<'suggestAnnotations'>>;
  acceptSuggestions(documentId: string, ids: string[]): Promise<Out<'acceptSuggestions'>>;
  rejectSuggestions(documentId: string, ids: string[]): Promise<Out<'rejectSuggestions'>>;
  findDiscrepancies(groupId: string): Promise<Out<'findDiscrepancies'>>;
  compareArticles(request: In<'compareArticles'>): Promise<Out<'compareArticles'>>;
  listCompareProposals(): Promise<Out<'listCompareProposals'>>;
  decideCompareProposal(request: In<'decideCompareProposal'>): Promise<Out<'decideCompareProposal'>>;
  datasetFormats(): Out<'listDatasetFormats'>;
  exportJsonl(offsetUnit: In<'exportDataset'>['offsetUnit']): Promise<Out<'exportDataset'>>;
  exportDatasetFiles(options: In<'exportDatasetFiles'>): Promise<Out<'exportDatasetFiles'>>;
  renderReport(format: In<'renderReport'>['format'], title?: string): Promise<Out<'renderReport'>>;
  startJob(request: In<'startJob'>): Out<'startJob'>;
  jobStatus(jobId: string): Out<'jobStatus'>;
  cancelJob(jobId: string): Out<'cancelJob'>;
  curation(documentId: string): Promise<Out<'getCuration'>>;
  startCuration(documentId: string): Promise<Out<'startCuration'>>;
  settleDisagreement(request: In<'settleDisagreement'>): Promise<Out<'settleDisagreement'>>;
  searchCorpus(query: string, limit?: number): Promise<Out<'searchCorpus'>>;
  tagDocuments(ids: string[], add: string[], remove: string[]): Promise<Out<'tagDocuments'>>;
  listAssignments(): Promise<Out<'listAssignments'>>;
  assignDocuments(annotator: string, ids: string[]): Promise<Out<'assignDocuments'>>;
  unassignDocuments(annotator: string, ids: string[]): Promise<Out<'unassignDocuments'>>;
  markAssignmentsDone(annotator: string | undefined, ids: string[], done: boolean): Promise<Out<'markAssignmentsDone'>>;
  removeDocuments(ids: string[]): Promise<Out<'removeDocuments'>>;
  restoreDocuments(ids: string[]): Promise<Out<'restoreDocuments'>>;
  locateSpans(ids: string[]): Promise<Out<'locateSpans'>>;
  spansOfDocuments(documentIds: string[]): Promise<Out<'listAnnotationsOf'>>;
}

/** Decodes a file's base64 content; bad content is refused with the file's name. */
function received(file: { name: string; dataBase64: string }): ReceivedFile {
  try {
    return { name: file.name, bytes: base64ToBytes(file.dataBase64) };
  } catch {
    throw new CollateError('bad-arguments', `${file.name}: the file's content is not valid base64.`);
  }
}

const notLocked = (): CollateError =>
  new CollateError('not-locked', 'The workspace is already open: there is no lock to take over.');

/** Every contract method mapped onto the workspace's operations; the arguments arrive parsed (see dispatch). */
export function workspaceHandlers(workspace: WorkspaceOperations): Handlers {
  return {
    getWorkspace: async () => workspace.info(),
    lockHolder: async () => {
      throw notLocked();
    },
    takeOverLock: async () => {
      throw notLocked();
    },
    listDocuments: async () => workspace.listDocuments(),
    listDocumentIndex: async () => workspace.listDocumentIndex(),
    listLibraryRows: async ({ offset, limit }) => workspace.libraryRows(offset, limit),
    getDocument: async ({ id }) => workspace.document(id),
    importFiles: ({ files }) => workspace.importFiles(files.map(received)),
    importAnnotated: ({ files }) => workspace.importAnnotated(files.map(received)),
    listAnnotations: ({ documentId }) => workspace.spansOf(documentId),
    updateDocument: (request) => workspace.updateDocument(request),
    createAnnotation: (request) => workspace.createAnnotation(request),
    updateAnnotation: (request) => workspace.updateAnnotation(request),
    restoreAnnotation: ({ span }) => workspace.restoreAnnotation(span),
    reattachAnnotation: ({ documentId, id, start, end }) =>
      workspace.reattachAnnotation(documentId, id, { start, end }),
    deleteAnnotation: ({ documentId, id }) => workspace.deleteAnnotation(documentId, id),
    reimportDocument: ({ documentId, file }) => workspace.reimportDocument(documentId, received(file)),
    createRelation: (request) => workspace.createRelation(request),
    deleteRelation: ({ id }) => workspace.deleteRelation(id),
    saveClaimGroup: (request) => workspace.saveClaimGroup(request),
    deleteClaimGroup: ({ id }) => workspace.deleteClaimGroup(id),
    listRelations: async () => workspace.listRelations(),
    updateSchema: ({ schema }) => workspace.updateSchema(schema),
    suggestAnnotations: ({ documentId, statements }) => workspace.suggestAnnotations(documentId, statements),
    acceptSuggestions: ({ documentId, ids }) => workspace.acceptSuggestions(documentId, ids),
    rejectSuggestions: ({ documentId, ids }) => workspace.rejectSuggestions(documentId, ids),
    findDiscrepancies: ({ groupId }) => workspace.findDiscrepancies(groupId),
    compareArticles: (request) => workspace.compareArticles(request),
    listCompareProposals: () => workspace.listCompareProposals(),
    decideCompareProposal: (request) => workspace.decideCompareProposal(request),
    listDatasetFormats: async () => workspace.datasetFormats(),
    exportDataset: ({ offsetUnit }) => workspace.exportJsonl(offsetUnit),
    exportDatasetFiles: (options) => workspace.exportDatasetFiles(options),
    renderReport: ({ format, title }) => workspace.renderReport(format, title),
    startJob: async (request) => workspace.startJob(request),
    jobStatus: async ({ jobId }) => workspace.jobStatus(jobId),
    cancelJob: async ({ jobId }) => workspace.cancelJob(jobId),
    getCuration: ({ documentId }) => workspace.curation(documentId),
    startCuration: ({ documentId }) => workspace.startCuration(documentId),
    settleDisagreement: (request) => workspace.settleDisagreement(request),
    searchCorpus: ({ query, limit }) => workspace.searchCorpus(query, limit),
    tagDocuments: ({ ids, add, remove }) => workspace.tagDocuments(ids, add, remove),
    listAssignments: () => workspace.listAssignments(),
    assignDocuments: ({ annotator, ids }) => workspace.assignDocuments(annotator, ids),
    unassignDocuments: ({ annotator, ids }) => workspace.unassignDocuments(annotator, ids),
    markAssignmentsDone: ({ annotator, ids, done }) => workspace.markAssignmentsDone(annotator, ids, done),
    removeDocuments: ({ ids }) => workspace.removeDocuments(ids),
    restoreDocuments: ({ ids }) => workspace.restoreDocuments(ids),
    locateSpans: ({ ids }) => workspace.locateSpans(ids),
    listAnnotationsOf: ({ documentIds }) => workspace.spansOfDocuments(documentIds),
  };
}
