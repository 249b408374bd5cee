import type { SpanCounts } from '../../../api/contract';
import { decodeLibraryRow, type LibraryRow } from '../../../api/library-rows';
import type { SpanAnnotation } from '../../../core/model';
import { indexSpans } from '../links';
import type { ActionContext } from './action-context';

/** The most documents whose spans one call brings (the contract's limit). */
const DOCUMENTS_PER_CALL = 1000;
/** The library's first rows, enough to fill the list at once; the rest follow in larger pages. */
const FIRST_LIBRARY_PAGE = 100;
const LIBRARY_PAGE = 2500;

export type Loading = ReturnType<typeof createLoading>;

/** Reading documents, spans and links from the service into the state. */
export function createLoading({ api, store, alert }: ActionContext) {
  /** Several documents' spans in one call per thousand, each document whose spans are not loaded yet. */
  async function loadSpansOf(documentIds: Iterable<string>): Promise<void> {
    const missing = [...new Set(documentIds)].filter((id) => !store.get().annotations[id]);
    for (let at = 0; at < missing.length; at += DOCUMENTS_PER_CALL) {
      const found = await api.listAnnotationsOf({ documentIds: missing.slice(at, at + DOCUMENTS_PER_CALL) });
      if (!found.ok) return alert(`Could not load the annotations of the documents: ${found.error.message}`);
      // Spans a document got in the meantime (an edit, an opening) are newer than the ones read here.
      store.set((s) => ({ ...s, annotations: { ...found.value, ...s.annotations } }));
    }
  }

  /**
   * Loads the documents holding these spans (links and claim groups name spans only), so that a view
   * across documents finds them; spans already loaded cost nothing. True when every one was found.
   */
  async function loadDocumentsOfSpans(spanIds: Iterable<string>): Promise<boolean> {
    const known = indexSpans(store.get().annotations);
    const unknown = [...new Set(spanIds)].filter((id) => !known.has(id) && !id.startsWith('pending-'));
    if (unknown.length === 0) return true;
    const located = await api.locateSpans({ ids: unknown });
    if (!located.ok) {
      alert(`Could not find the documents of linked annotations: ${located.error.message}`);
      return false;
    }
    await loadSpansOf(Object.values(located.value));
    return Object.keys(located.value).length === unknown.length;
  }

  async function loadSpans(id: string): Promise<void> {
    const spans = await api.listAnnotations({ documentId: id });
    if (!spans.ok) return alert(`Could not load the annotations of a document: ${spans.error.message}`);
    store.set((s) => ({ ...s, annotations: { ...s.annotations, [id]: spans.value } }));
  }

  /** Loads a document's text (and its spans unless they are known); false when it could not be read. */
  async function loadDocument(id: string, force = false): Promise<boolean> {
    if (store.get().loaded[id] && !force) return true;
    const known = !force && store.get().annotations[id];
    const [doc, spans] = await Promise.all([
      api.getDocument({ id }),
      known
        ? Promise.resolve({ ok: true as const, value: known as SpanAnnotation[] })
        : api.listAnnotations({ documentId: id }),
    ]);
    if (!doc.ok) {
      alert(`Could not open the document: ${doc.error.message}`);
      return false;
    }
    if (!spans.ok) alert(`Could not load the annotations of “${doc.value.title}”: ${spans.error.message}`);
    store.set((s) => ({
      ...s,
      loaded: { ...s.loaded, [id]: doc.value },
      annotations: { ...s.annotations, [id]: spans.ok ? spans.value : [] },
    }));
    return true;
  }

  let libraryReads = 0;

  /**
   * The library's rows and their span counts, from the corpus index: the first page into the state
   * at once (`onFirstPage` is told), the others a page at a time, set together once all are in.
   * A later refresh supersedes one still under way. False when a page could not be read.
   */
  async function refreshDocuments(onFirstPage?: () => void): Promise<boolean> {
    const read = ++libraryReads;
    const rows: LibraryRow[] = [];
    const counts: Record<string, SpanCounts> = {};
    let total = 0;
    for (let offset = 0; offset === 0 || offset < total; offset = rows.length) {
      const limit = offset === 0 ? FIRST_LIBRARY_PAGE : LIBRARY_PAGE;
      const page = await api.listLibraryRows({ offset, limit });
      if (read !== libraryReads) return true;
      if (!page.ok) {
        alert(`Could not list the documents: ${page.error.message}`);
        return false;
      }
      total = page.value.total;
      for (const tuple of page.value.rows) {
        const { row, counts: spanCounts } = decodeLibraryRow(tuple);
        rows.push(row);
        counts[row.id] = spanCounts;
      }
      if (page.value.rows.length === 0) break;
      if (offset === 0 && total > rows.length) {
        const pending = Math.max(0, total - rows.length);
        store.set((s) => ({ ...s, documents: [...rows], documentCounts: { ...counts }, documentsPending: pending }));
        onFirstPage?.();
      }
    }
    store.set((s) => ({ ...s, documents: rows, documentCounts: counts, documentsPending: 0 }));
    return true;
  }

  async function refreshLinks(): Promise<void> {
    const links = await api.listRelations({});
    if (!links.ok) return alert(`Could not load the links: ${links.error.message}`);
    store.set((s) => ({ ...s, relations: links.value.relations, claimGroups: links.value.claimGroups }));
  }

  return { loadSpans, loadSpansOf, loadDocumentsOfSpans, loadDocument, refreshDocuments, refreshLinks };
}
