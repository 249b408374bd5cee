import type { CollateDocument, SpanAnnotation } from '../core/model';
import { JsonStore } from './json-store';
import { sha256 } from './sha256';
import { annotationsKind, type AnnotationsFile } from './store-kinds';
import { reanchorStore } from './workspace-documents';
import { annotationsFile } from './workspace-files';

/**
 * The open span files of a workspace, one per document, each opened on first use. `writable` is
 * false for a read-only workspace: nothing is then recovered or carried over on disk.
 */
export class AnnotationStores {
  private readonly stores = new Map<string, Promise<JsonStore<AnnotationsFile>>>();
  /** Every store opened so far, for `flushAll` to fold their journals into their files. */
  private readonly opened = new Set<JsonStore<AnnotationsFile>>();
  /** The stores opened so far, by document id. */
  private readonly byDocument = new Map<string, JsonStore<AnnotationsFile>>();
  /** Stores being let go, by document id: opening the document again waits until its journal is closed. */
  private readonly releasing = new Map<string, Promise<void>>();

  constructor(
    private readonly root: string,
    private readonly writable: boolean,
    private readonly onRecovered: (message: string) => void,
    /** Told a document's spans when its file is opened and after each saved edit (the corpus index). */
    private readonly onSpans: (documentId: string, data: AnnotationsFile) => void = () => undefined,
  ) {}

  of(document: CollateDocument): Promise<JsonStore<AnnotationsFile>> {
    let store = this.stores.get(document.id);
    if (!store) {
      const recovery = this.writable ? { onRecovered: this.onRecovered } : undefined;
      const empty = { documentId: document.id, textSha256: document.textSha256, spans: [] };
      const released = this.releasing.get(document.id) ?? Promise.resolve();
      store = released
        .then(() => JsonStore.open(this.root, annotationsFile(document.id), annotationsKind, empty, recovery))
        .then((opened) => {
          this.opened.add(opened);
          opened.onSaved = (data) => this.onSpans(document.id, data);
          this.onSpans(document.id, opened.data);
          this.byDocument.set(document.id, opened);
          return this.finishInterruptedReimport(opened, document);
        });
      // A file that failed to load is tried again next time, so a fix on disk is picked up.
      store.catch(() => this.stores.delete(document.id));
      this.stores.set(document.id, store);
    }
    return store;
  }

  /**
   * A document's spans for a pass over the whole workspace: from its store when open, else read and
   * let go, so that such a pass holds one document's spans at a time. Nothing is recovered on disk.
   */
  async read(document: Pick<CollateDocument, 'id' | 'textSha256'>): Promise<AnnotationsFile> {
    const open = this.stores.get(document.id);
    if (open) return (await open).data;
    const empty = { documentId: document.id, textSha256: document.textSha256, spans: [] };
    return JsonStore.readSync(this.root, annotationsFile(document.id), annotationsKind, empty);
  }

  /**
   * The span with this id. Documents already open are searched first (links join spans the analyst
   * has in view), so only an id found nowhere else walks the `others`.
   */
  async findSpan(
    id: string,
    others: readonly string[],
    documentOf: (id: string) => CollateDocument,
  ): Promise<SpanAnnotation | undefined> {
    const open = new Set(this.stores.keys());
    for (const documentId of [...open, ...others.filter((d) => !open.has(d))]) {
      const span = (await this.of(documentOf(documentId))).data.spans.find((s) => s.id === id);
      if (span) return span;
    }
    return undefined;
  }

  /** A document's spans when its file is open (each edit replaces the array), else undefined. */
  openSpans(documentId: string): AnnotationsFile['spans'] | undefined {
    return this.byDocument.get(documentId)?.data.spans;
  }

  /** Waits for a document's store, folds its journal into its file and forgets it (before its files are removed). */
  async close(documentId: string): Promise<void> {
    const store = await this.stores.get(documentId)?.catch(() => undefined);
    this.stores.delete(documentId);
    this.byDocument.delete(documentId);
    if (!store) return;
    store.flushSync();
    this.opened.delete(store);
  }

  /**
   * Forgets a document's store once its edits are on disk, leaving its journal to be folded when it
   * is next opened: what a batch over many documents does after each (no whole-file rewrite, no
   * synchronous fsync).
   */
  async letGo(documentId: string): Promise<void> {
    const store = await this.stores.get(documentId)?.catch(() => undefined);
    if (!store || this.byDocument.get(documentId) !== store) return;
    this.stores.delete(documentId);
    this.byDocument.delete(documentId);
    this.opened.delete(store);
    const released = store.release().finally(() => {
      if (this.releasing.get(documentId) === released) this.releasing.delete(documentId);
    });
    this.releasing.set(documentId, released);
    await released;
  }

  flushAll(): void {
    for (const store of this.opened) store.flushSync();
  }

  /** Spans still anchored to the text before a re-import that crashed are carried over now. */
  private async finishInterruptedReimport(
    store: JsonStore<AnnotationsFile>,
    document: CollateDocument,
  ): Promise<JsonStore<AnnotationsFile>> {
    const anchoredTo = store.data.textSha256;
    if (anchoredTo && anchoredTo !== document.textSha256 && document.previousText !== undefined && this.writable) {
      if (sha256(document.previousText) === anchoredTo) await reanchorStore(store, document);
    }
    return store;
  }
}
