import type { AppState } from '../app-state';
import { closePane, MAX_PANES, markPaneUsed, openPane, parseStoredPanes, type Panes } from '../open-panes';
import { clamp, PANE_SIZE } from '../panel-layout';
import type { ActionContext } from './action-context';
import type { Loading } from './loading';

export type PaneActions = ReturnType<typeof createPaneActions>;

const storageKey = (workspacePath: string): string => `collate.openDocuments:${workspacePath}`;

/** The open panes: which documents, in what order, their sizes; remembered per workspace in local storage. */
export function createPaneActions({ store, alert }: ActionContext, { loadDocument }: Loading) {
  function setPanes(panes: Panes): void {
    const before = store.get();
    if (before.openIds === panes.openIds && before.recency === panes.recency) return;
    store.set((s) => ({ ...s, ...panes }));
    const path = store.get().workspace?.path;
    if (path) {
      try {
        localStorage.setItem(storageKey(path), JSON.stringify({ openIds: panes.openIds, recency: panes.recency }));
      } catch {
        // Storage can be full or disabled; the panes then just do not survive a reload.
      }
    }
  }

  function focusPane(id: string): void {
    requestAnimationFrame(() => {
      const pane = document.querySelector<HTMLElement>(`[data-pane-id="${CSS.escape(id)}"]`);
      pane?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      pane?.focus({ preventScroll: true });
    });
  }

  return {
    setPanes,

    /** Reopens the panes last open in this workspace, among the documents it still has. */
    async restorePanes(workspacePath: string): Promise<void> {
      let stored: Panes = { openIds: [], recency: [] };
      try {
        stored = parseStoredPanes(localStorage.getItem(storageKey(workspacePath)));
      } catch {
        // No storage: start with no open panes.
      }
      const known = new Set(store.get().documents.map((d) => d.id));
      const openIds = stored.openIds.filter((id) => known.has(id));
      const loaded = await Promise.all(openIds.map((id) => loadDocument(id)));
      const keep = openIds.filter((_, i) => loaded[i]);
      setPanes({ openIds: keep, recency: stored.recency.filter((id) => keep.includes(id)) });
    },

    async openDocument(id: string): Promise<void> {
      const state = store.get();
      store.set((s) => (s.view === 'panes' ? s : { ...s, view: 'panes' }));
      if (state.openIds.includes(id)) {
        setPanes(markPaneUsed(state, id));
        return focusPane(id);
      }
      if (!(await loadDocument(id))) return;
      const before = store.get();
      setPanes(openPane(before, id));
      // A fifth document takes the place of the least recently used one: say which.
      const replaced = before.openIds.find((x) => !store.get().openIds.includes(x));
      if (replaced) {
        const title = (docId: string): string => before.documents.find((d) => d.id === docId)?.title ?? 'a document';
        alert(
          `At most ${MAX_PANES} articles are open at once: “${title(replaced)}” was closed to show “${title(id)}”.`,
        );
      }
      focusPane(id);
    },

    closeDocument(id: string): void {
      setPanes(closePane(store.get(), id));
      const holdsSelected = (s: AppState): boolean =>
        (s.annotations[id] ?? []).some((a) => a.id === s.selectedAnnotationId);
      store.set((s) => (holdsSelected(s) ? { ...s, selectedAnnotationId: null } : s));
    },

    paneUsed(id: string): void {
      setPanes(markPaneUsed(store.get(), id));
    },

    setPaneSize(id: string, size: number): void {
      store.set((s) => ({ ...s, paneSizes: { ...s.paneSizes, [id]: clamp(size, PANE_SIZE) } }));
    },
  };
}
