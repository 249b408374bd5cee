import type { RemovedDocument } from '../../../api/contract';
import type { AppState } from '../app-state';
import {
  assignmentsByDocument,
  NO_FACETS,
  selectionAfterClick,
  spanCounts,
  visibleDocuments,
  type LibraryFacet,
  type LibraryFacts,
  type LibraryView,
} from '../library-view';
import { closePane } from '../open-panes';
import type { ActionContext } from './action-context';
import type { AssignmentActions } from './assignments';
import type { Loading } from './loading';
import type { PaneActions } from './panes';

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/** What the library filters on besides the summaries, from the state. */
export function libraryFacts(state: Pick<AppState, 'annotations' | 'documentCounts' | 'assignments'>): LibraryFacts {
  return {
    counts: spanCounts(state.annotations, state.documentCounts),
    assignments: assignmentsByDocument(state.assignments.assignments),
    me: state.assignments.me,
  };
}

/** The ids the library shows now, in its order. */
export function libraryOrder(state: AppState): string[] {
  return visibleDocuments(state.documents, state.library, libraryFacts(state)).map((d) => d.id);
}

/** The document the analyst works in: the pane used last (recency lists the most recent last). */
export const currentDocumentId = (state: Pick<AppState, 'recency' | 'openIds'>): string | null =>
  state.recency.findLast((id) => state.openIds.includes(id)) ?? null;

/** Takes removed documents out of the state: the list, the panes, their spans and the selection. */
function withoutDocuments(state: AppState, ids: ReadonlySet<string>): AppState {
  let panes = { openIds: state.openIds, recency: state.recency };
  for (const id of ids) if (panes.openIds.includes(id)) panes = closePane(panes, id);
  const annotations = { ...state.annotations };
  const loaded = { ...state.loaded };
  let selectedAnnotationId = state.selectedAnnotationId;
  for (const id of ids) {
    if ((annotations[id] ?? []).some((s) => s.id === selectedAnnotationId)) selectedAnnotationId = null;
    delete annotations[id];
    delete loaded[id];
  }
  return {
    ...state,
    ...panes,
    documents: state.documents.filter((d) => !ids.has(d.id)),
    annotations,
    loaded,
    selectedAnnotationId,
    library: { ...state.library, selected: state.library.selected.filter((id) => !ids.has(id)) },
  };
}

/** The library: filter, order, facets, selection, and the batch actions (remove with undo, done, export). */
export function createLibraryActions(
  context: ActionContext,
  loading: Loading,
  panes: PaneActions,
  assignments: Pick<AssignmentActions, 'markMyAssignments'>,
) {
  const { api, store, history, must, alert } = context;

  function setView(change: Partial<LibraryView>): void {
    store.set((s) => ({ ...s, library: { ...s.library, ...change } }));
  }

  async function remove(ids: readonly string[]): Promise<RemovedDocument[] | null> {
    const removed = await must('Could not remove the documents', () => api.removeDocuments({ ids: [...ids] }));
    if (!removed) return null;
    const gone = new Set(removed.map((r) => r.id));
    const spans = removed.reduce((n, r) => n + r.spans, 0);
    const what = removed.length === 1 ? `“${removed[0]!.title}”` : plural(removed.length, 'document');
    let open = { openIds: store.get().openIds, recency: store.get().recency };
    for (const id of gone) open = closePane(open, id);
    panes.setPanes(open);
    store.set((s) => ({
      ...withoutDocuments(s, gone),
      libraryNotice: `Removed ${what}${spans > 0 ? ` with ${plural(spans, 'annotation')}` : ''}.`,
    }));
    await loading.refreshLinks();
    return removed;
  }

  async function restore(ids: readonly string[]): Promise<boolean> {
    const restored = await must('Could not restore the documents', () => api.restoreDocuments({ ids: [...ids] }));
    if (!restored) return false;
    await loading.refreshDocuments();
    await Promise.all(restored.map((d) => loading.loadSpans(d.id)));
    await loading.refreshLinks();
    const what = restored.length === 1 ? `“${restored[0]!.title}”` : plural(restored.length, 'document');
    store.set((s) => ({ ...s, libraryNotice: `Restored ${what}.` }));
    return true;
  }

  return {
    setLibraryQuery: (query: string): void => setView({ query }),

    /** Sorts by a key; choosing the current key again reverses the order. */
    setLibrarySort(sort: LibraryView['sort'], descending?: boolean): void {
      const view = store.get().library;
      setView({ sort, descending: descending ?? (view.sort === sort ? !view.descending : sort === 'annotations') });
    },

    setLibraryFacets: (facets: Partial<Pick<LibraryView, LibraryFacet>>): void => setView(facets),

    clearLibraryFilters: (): void => setView({ query: '', ...NO_FACETS }),

    clickDocument(id: string, modifiers: { shift: boolean; toggle: boolean }): void {
      const state = store.get();
      setView(selectionAfterClick(libraryOrder(state), state.library, id, modifiers));
    },

    selectAllDocuments(): void {
      setView({ selected: libraryOrder(store.get()), anchor: store.get().library.anchor });
    },

    clearDocumentSelection: (): void => setView({ selected: [], anchor: null }),

    /** Removes documents (with their annotations); one undo step puts them all back. */
    async removeDocuments(ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      await history.run(async () => {
        const removed = await remove(ids);
        if (!removed) return null;
        const removedIds = removed.map((r) => r.id);
        return {
          name: `remove ${removed.length === 1 ? 'document' : plural(removed.length, 'document')}`,
          undo: () => restore(removedIds),
          redo: async () => (await remove(removedIds)) !== null,
        };
      });
    },

    dismissLibraryNotice: (): void => store.set((s) => ({ ...s, libraryNotice: null })),

    /**
     * Marks documents done or not done (the library's "done" facet); those assigned to me are marked
     * in my queue too, so that the queue and the progress table follow.
     */
    async markDone(ids: readonly string[], done: boolean): Promise<void> {
      for (const id of ids) {
        const updated = await must('Could not mark the document', () => api.updateDocument({ id, done }));
        if (!updated) return;
        store.set((s) => ({ ...s, documents: s.documents.map((d) => (d.id === id ? updated : d)) }));
      }
      await assignments.markMyAssignments(ids, done);
    },

    /** Marks the document in the pane used last done (or not done), in my queue too. */
    async markCurrentDone(done: boolean): Promise<void> {
      const id = currentDocumentId(store.get());
      if (id === null) return alert('Open a document first.');
      await this.markDone([id], done);
    },

    /** Opens the export dialog with the selected documents, or says to select some. */
    exportSelection(): void {
      const selected = store.get().library.selected;
      if (selected.length === 0) return alert('Select documents in the library first.');
      store.set((s) => ({ ...s, exportDocumentIds: selected, dialog: 'export' }));
    },
  };
}
