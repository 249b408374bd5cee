import type { DocumentSummary, ImportOutcome, ReimportReport } from '../api/contract';
import type { ReceivedFile } from '../api/workspace-handlers';
import { reanchorAll } from '../core/anchoring/reanchor';
import { CollateError } from '../core/collate-error';
import type { CollateDocument } from '../core/model';
import { sanitizeNoteHtml } from '../core/sanitize-note-html';
import { importFile } from './document-import/index';
import { JsonStore } from './json-store';
import { isGeneratedId, newId } from './new-id';
import { sha256 } from './sha256';
import { documentKind, type AnnotationsFile } from './store-kinds';
import { documentFile } from './workspace-files';
import { summarize, type DocumentCatalog } from './corpus-index/document-catalog';

/** What document imports and edits need: the folder, the documents held in memory, and the clock. */
export interface DocumentContext {
  root: string;
  documents: DocumentCatalog;
  document(id: string): CollateDocument;
  annotationStore(documentId: string): Promise<JsonStore<AnnotationsFile>>;
  /** Throws when the workspace was opened read-only. */
  assertWritable(): void;
  now(): string;
}

/** A file to import: its name and its bytes, and what an annotated import knows of its document. */
export interface ImportSource extends ReceivedFile {
  /** The id an annotated import asks for (the one its file names); used when it has Collate's form and is free. */
  id?: string;
  /** What a Collate JSONL file recorded of the first import; kept instead of this import's hash, notes and time. */
  recorded?: Pick<CollateDocument, 'sha256' | 'notes' | 'importedAt'>;
}

/** Imports one file as a new document; a failure or a duplicate is an outcome, never an exception. */
export async function importDocument(
  context: DocumentContext,
  { name, bytes, id, recorded }: ImportSource,
): Promise<ImportOutcome> {
  const imported = await importFile(name, bytes);
  if (!imported.ok) return { status: 'failed', file: name, reason: imported.error.message };
  const bytesHash = sha256(bytes);
  const textHash = sha256(imported.value.text);
  const existing = context.documents.duplicateOf(bytesHash, textHash);
  if (existing) {
    return { status: 'duplicate', file: name, existing: existing.id, reason: `same content as "${existing.title}"` };
  }
  const document: CollateDocument = {
    id: id !== undefined && isGeneratedId(id, 'd') && !context.documents.has(id) ? id : newId('d'),
    ...imported.value,
    source: name,
    sha256: bytesHash,
    textSha256: textHash,
    importedAt: context.now(),
    ...recorded,
  };
  try {
    context.assertWritable();
    await JsonStore.create(context.root, documentFile(document.id), documentKind, document);
  } catch (error) {
    return { status: 'failed', file: name, reason: error instanceof Error ? error.message : String(error) };
  }
  context.documents.put(document);
  return { status: 'imported', file: name, document: summarize(document) };
}

/**
 * Replaces a document's text with a new import of it and carries every span over (kept, moved,
 * fuzzy or orphaned). The document is written first, with its previous text, so that a crash
 * before the spans are saved is finished on the next open.
 */
export async function reimportDocument(
  context: DocumentContext,
  documentId: string,
  { name, bytes }: ReceivedFile,
): Promise<ReimportReport> {
  const old = context.document(documentId);
  const imported = await importFile(name, bytes);
  if (!imported.ok) throw new CollateError(imported.error.code, `${name}: ${imported.error.message}`);
  const store = await context.annotationStore(documentId);
  if (imported.value.text === old.text) {
    return { documentId, counts: { kept: store.data.spans.length, moved: 0, fuzzy: 0, orphaned: 0 }, orphaned: [] };
  }
  const { previousText: _previous, revisions = [], ...current } = old;
  const revision = { source: old.source, sha256: old.sha256, textSha256: old.textSha256, importedAt: old.importedAt };
  const next: CollateDocument = {
    ...current,
    ...imported.value,
    source: name,
    sha256: sha256(bytes),
    textSha256: sha256(imported.value.text),
    importedAt: context.now(),
    revisions: [...revisions, revision],
    previousText: old.text,
  };
  await JsonStore.create(context.root, documentFile(documentId), documentKind, next);
  context.documents.put(next);
  return reanchorStore(store, next);
}

/** Re-anchors a document's spans on its current text (from its previous text) and saves them. */
export async function reanchorStore(
  store: JsonStore<AnnotationsFile>,
  document: CollateDocument,
): Promise<ReimportReport> {
  const report = reanchorAll(store.data.spans, document.text, document.previousText);
  const spans = report.spans.map(({ outcome, span }) => {
    const { orphaned: _was, ...rest } = span;
    return outcome === 'orphaned' ? { ...rest, orphaned: true } : rest;
  });
  await store.update((data) => ({ next: { ...data, textSha256: document.textSha256, spans }, result: undefined }));
  const orphaned = report.spans.filter((r) => r.outcome === 'orphaned').map((r) => r.span.id);
  return { documentId: document.id, counts: report.counts, orphaned };
}

/** Edits a document's metadata or note; its text never changes here. */
export async function updateDocument(
  context: DocumentContext,
  request: {
    id: string;
    title?: string;
    outlet?: string;
    author?: string;
    published?: string;
    note?: string;
    done?: boolean;
  },
): Promise<DocumentSummary> {
  const { id, done, ...changes } = request;
  const next: CollateDocument = { ...context.document(id) };
  if (done === true) next.done = true;
  else if (done === false) delete next.done;
  for (const [key, value] of Object.entries(changes) as Array<[keyof typeof changes, string | undefined]>) {
    if (value === undefined) continue;
    if (value === '' && key !== 'title') delete next[key];
    else next[key] = key === 'note' ? sanitizeNoteHtml(value) : value;
  }
  await JsonStore.create(context.root, documentFile(id), documentKind, next);
  context.documents.put(next);
  return summarize(next);
}
