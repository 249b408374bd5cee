import type { SpanCounts } from '../../../api/contract';
import type { SpanAnnotation } from '../../../core/model';
import type { ActionContext } from './action-context';

export type Loading = ReturnType<typeof createLoading>;

/** Reading documents, spans and links from the service into the state. */
export function createLoading({ api, store, alert }: ActionContext) {
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

  /** The documents and their span counts, both from the corpus index. */
  async function refreshDocuments(): Promise<void> {
    const docs = await api.listDocumentIndex({});
    if (!docs.ok) return alert(`Could not list the documents: ${docs.error.message}`);
    const documentCounts: Record<string, SpanCounts> = {};
    const documents = docs.value.map(({ counts, ...summary }) => {
      documentCounts[summary.id] = counts;
      return summary;
    });
    store.set((s) => ({ ...s, documents, documentCounts }));
  }

  async function refreshLinks(): Promise<void> {
    const links = await api.listRelations({});
    if (!links.ok) return alert(`Could not load the links: ${links.error.message}`);
    store.set((s) => ({ ...s, relations: links.value.relations, claimGroups: links.value.claimGroups }));
  }

  return { loadSpans, loadDocument, refreshDocuments, refreshLinks };
}
