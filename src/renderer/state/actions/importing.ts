import type { ImportOutcome } from '../../../api/contract';
import type { SpanAnnotation } from '../../../core/model';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../../core/text-extraction/import-limits';
import { bytesToBase64 } from '../../../api/base64';
import { hasAnnotatedFiles, importChunks } from '../import-chunks';
import type { ActionContext } from './action-context';
import type { Loading } from './loading';

/** Files per import call: small enough to show progress and to stop between chunks. */
const IMPORT_CHUNK = 5;

function describeOutcome(outcome: ImportOutcome, titleOf: (idOrTitle: string) => string): string {
  switch (outcome.status) {
    case 'imported':
      return `${outcome.file} — imported`;
    case 'duplicate':
      return `${outcome.file} — duplicate of ${titleOf(outcome.existing)}`;
    case 'failed':
      return `${outcome.file} — failed: ${outcome.reason}`;
    case 'skipped':
      return `${outcome.file} — skipped: ${outcome.reason}`;
  }
}

const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Importing files (with or without annotations) and re-importing one document's text. */
export function createImportActions(ctx: ActionContext, loading: Loading) {
  const { api, store, history, alert, write, must } = ctx;
  const { loadSpans, loadDocument, refreshDocuments, refreshLinks } = loading;
  let cancelRequested = false;

  /** Sends one chunk; the outcome of each of its files, and the call's own failure if it failed whole. */
  async function importChunk(chunk: readonly File[], annotated: boolean): Promise<[ImportOutcome[], string | null]> {
    // A file over the limit is refused here, before it is read into memory.
    const outcomes: ImportOutcome[] = chunk
      .filter((file) => file.size > MAX_IMPORT_BYTES)
      .map((file) => ({ status: 'failed', file: file.name, reason: tooLargeMessage(file.size) }));
    const sendable = chunk.filter((file) => file.size <= MAX_IMPORT_BYTES);
    if (sendable.length === 0) return [outcomes, null];
    const files = await Promise.all(
      sendable.map(async (file) => ({
        name: file.name,
        dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
      })),
    );
    const result = await write(() => (annotated ? api.importAnnotated({ files }) : api.importFiles({ files })));
    if (result.ok) return [[...outcomes, ...result.value], null];
    const reason = result.error.message;
    const failed = sendable.map((file): ImportOutcome => ({ status: 'failed', file: file.name, reason }));
    return [[...outcomes, ...failed], reason];
  }

  /** After an import with annotations: the schema may have grown; spans and links arrived. */
  async function reloadAnnotated(outcomes: readonly ImportOutcome[]): Promise<void> {
    const workspace = await api.getWorkspace({});
    if (workspace.ok) store.set((s) => ({ ...s, workspace: workspace.value }));
    else alert(`Could not reload the label schema: ${workspace.error.message}`);
    const docs = store.get().documents;
    const touched = new Set<string>();
    for (const o of outcomes) {
      if (o.status === 'imported') touched.add(o.document.id);
      if (o.status === 'duplicate' && docs.some((d) => d.id === o.existing)) touched.add(o.existing);
    }
    await Promise.all([...touched].map((id) => loadSpans(id)));
    await refreshLinks();
  }

  return {
    /**
     * Imports files in chunks (a brat text stays with its .ann files), showing progress; a
     * selection holding any annotation file (.ann, .json, .jsonl) goes through `importAnnotated`.
     */
    async importFiles(files: readonly File[]): Promise<void> {
      if (files.length === 0 || store.get().importProgress) return;
      const annotated = hasAnnotatedFiles(files.map((f) => f.name));
      const total = files.length;
      cancelRequested = false;
      store.set((s) => ({
        ...s,
        importLines: [`Importing ${plural(total, 'file')}…`],
        importProgress: { done: 0, total, cancelling: false },
      }));
      const outcomes: ImportOutcome[] = [];
      let done = 0;
      let stopped = false;
      let broken: string | null = null;
      try {
        for (const chunk of importChunks(files, IMPORT_CHUNK)) {
          if (cancelRequested) {
            stopped = true;
            break;
          }
          const [chunkOutcomes, failure] = await importChunk(chunk, annotated);
          outcomes.push(...chunkOutcomes);
          broken = failure ?? broken;
          done += chunk.length;
          store.set((s) => ({ ...s, importProgress: s.importProgress ? { ...s.importProgress, done } : null }));
        }
        if (broken) alert(`Import failed: ${broken}`);
        await refreshDocuments();
        const docs = store.get().documents;
        const titleOf = (idOrTitle: string): string => docs.find((d) => d.id === idOrTitle)?.title ?? idOrTitle;
        const count = (status: ImportOutcome['status']): number => outcomes.filter((o) => o.status === status).length;
        const summary = `${count('imported')} imported, ${count('duplicate')} duplicates, ${count('failed')} failed`;
        const cancelled = stopped ? [`Import cancelled: ${plural(total - done, 'file')} not imported`] : [];
        store.set((s) => ({
          ...s,
          importLines: [...outcomes.map((o) => describeOutcome(o, titleOf)), ...cancelled, summary],
          annotations: Object.fromEntries([
            ...docs.map((d) => [d.id, [] as SpanAnnotation[]]),
            ...Object.entries(s.annotations),
          ]),
        }));
        for (const outcome of outcomes) {
          if (outcome.status === 'failed' && outcome.reason !== broken) alert(`${outcome.file}: ${outcome.reason}`);
        }
        if (annotated) await reloadAnnotated(outcomes);
      } finally {
        // Cleared last, so that the bar is seen full while the lists refresh.
        store.set((s) => ({ ...s, importProgress: null }));
      }
    },

    /** Stops an import after the chunk under way. */
    cancelImport(): void {
      cancelRequested = true;
      store.set((s) => (s.importProgress ? { ...s, importProgress: { ...s.importProgress, cancelling: true } } : s));
    },

    /** Replaces a document's text with a new version of its file; its spans are re-anchored by the service. */
    async reimport(documentId: string, file: File): Promise<void> {
      const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const report = await must(`Could not re-import ${file.name}`, () =>
        api.reimportDocument({ documentId, file: { name: file.name, dataBase64 } }),
      );
      if (!report) return;
      const { kept, moved, fuzzy, orphaned } = report.counts;
      history.clear();
      await loadDocument(documentId, true);
      await refreshDocuments();
      const line = `Re-imported ${file.name}: ${kept} kept, ${moved} moved, ${fuzzy} fuzzy, ${orphaned} orphaned`;
      store.set((s) => ({ ...s, reimportLines: { ...s.reimportLines, [documentId]: line } }));
    },
  };
}
