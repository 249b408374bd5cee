import type { CorpusHit } from '../../../api/contract';
import type { ActionContext } from './action-context';
import type { PaneActions } from './panes';
import type { SelectionActions } from './selection';

const LIMIT = 50;
const FLASH_MS = 1600;

/** Searching every document and annotation of the workspace, and opening a hit at its place. */
export function createCorpusSearchActions(
  { api, store }: ActionContext,
  panes: PaneActions,
  selection: SelectionActions,
) {
  let asked = 0;
  let flashes = 0;

  return {
    /** Runs a query; an answer to an older query than the last one asked is dropped. */
    async searchCorpus(query: string): Promise<void> {
      const mine = ++asked;
      if (query.trim() === '') {
        store.set((s) => ({ ...s, corpusSearch: { query, hits: [], searching: false, error: null } }));
        return;
      }
      store.set((s) => ({ ...s, corpusSearch: { ...s.corpusSearch, query, searching: true } }));
      const result = await api.searchCorpus({ query, limit: LIMIT });
      if (mine !== asked) return;
      store.set((s) => ({
        ...s,
        corpusSearch: result.ok
          ? { query, hits: result.value, searching: false, error: null }
          : { query, hits: [], searching: false, error: result.error.message },
      }));
    },

    /** Opens the hit's document, scrolls to the hit and flashes it; an annotation hit selects its span. */
    async openCorpusHit(hit: CorpusHit): Promise<void> {
      await panes.openDocument(hit.documentId);
      if (!store.get().openIds.includes(hit.documentId)) return;
      const key = ++flashes;
      store.set((s) => ({ ...s, flash: { documentId: hit.documentId, start: hit.start, end: hit.end, key } }));
      if (hit.spanId) selection.selectAnnotation(hit.spanId, { scroll: true });
      setTimeout(() => store.set((s) => (s.flash?.key === key ? { ...s, flash: null } : s)), FLASH_MS);
    },
  };
}
