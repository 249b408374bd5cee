import type { AnnotationFilter } from '../annotation-filter';
import { activeDocumentId } from '../app-state';
import { compileQuery, findMatches, stepHit } from '../search';
import type { ActionContext } from './action-context';

/** Searching the open documents' text, and filtering the annotations list. */
export function createSearchActions({ store }: ActionContext) {
  function runSearch(): void {
    const s = store.get();
    const compiled = compileQuery({ text: s.search.text, regex: s.search.regex });
    if (!compiled.ok) {
      store.set((st) => ({ ...st, search: { ...st.search, hits: [], current: -1, error: compiled.error } }));
      return;
    }
    const active = activeDocumentId(s);
    const ids = s.search.scope === 'active' ? (active ? [active] : []) : s.openIds;
    const hits = ids.flatMap((id) => {
      const doc = s.loaded[id];
      return doc ? findMatches(id, doc.text, compiled.re) : [];
    });
    store.set((st) => ({ ...st, search: { ...st.search, hits, current: hits.length > 0 ? 0 : -1, error: null } }));
  }

  return {
    setFilter(filter: Partial<AnnotationFilter>): void {
      store.set((s) => ({ ...s, filter: { ...s.filter, ...filter } }));
    },

    setSearch(search: { text?: string; regex?: boolean; scope?: 'all' | 'active' }): void {
      store.set((s) => ({ ...s, search: { ...s.search, ...search } }));
      runSearch();
    },

    rerunSearch: runSearch,

    stepSearch(direction: 1 | -1): void {
      store.set((s) => ({
        ...s,
        search: { ...s.search, current: stepHit(s.search.hits.length, s.search.current, direction) },
      }));
    },
  };
}
