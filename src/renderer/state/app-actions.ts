import type { CollateApi } from '../../api/client';
import type { AppState } from './app-state';
import { documentOfSpan } from './app-state';
import type { Store } from './store';
import { createActionContext } from './actions/action-context';
import { createCurationActions } from './actions/curation';
import { createComparingActions } from './actions/comparing';
import { createCorpusSearchActions } from './actions/corpus-search';
import { createLibraryActions } from './actions/library';
import { createAssignmentActions } from './actions/assignments';
import { createTagActions } from './actions/document-tags';
import { createClaimGroupActions } from './actions/claim-groups';
import { createEditCommands } from './actions/edit-commands';
import { createEdits } from './actions/edits';
import { createExportActions } from './actions/exporting';
import { createImportActions } from './actions/importing';
import { createLinkingActions } from './actions/linking';
import { createLoading } from './actions/loading';
import { createLockTakeoverActions } from './actions/lock-takeover';
import { createPaneActions } from './actions/panes';
import { createPanelLayoutActions } from './actions/panel-layout';
import { createPreferenceActions } from './actions/preferences';
import { createSearchActions } from './actions/searching';
import { createSelectionActions } from './actions/selection';
import { createSuggestionActions, storedSuggestionsOn } from './actions/suggestions';
import { createSuggestJobActions } from './actions/suggest-job';
import { createTaggingActions } from './actions/tagging';
import { createTourActions } from './actions/tour';
import { createViewActions } from './actions/views';
import { createArticleLayerActions } from './actions/article-layer';
import { createWorkspaceEdits } from './actions/workspace-edits';
import { createViewDataActions } from './actions/view-data';

export type AppActions = ReturnType<typeof createActions>;

/** Everything the UI can do, one feature module each (state/actions/), over one service and one store. */
export function createActions(api: CollateApi, store: Store<AppState>) {
  const ctx = createActionContext(api, store);
  const loading = createLoading(ctx);
  const edits = createEdits(ctx, loading);
  const commands = createEditCommands(edits, loading.refreshLinks);
  const panes = createPaneActions(ctx, loading);
  const selection = createSelectionActions(ctx);
  const { loadPreferences, ...preferences } = createPreferenceActions(ctx);
  const { restorePanelLayout, savePanelLayout, ...panelLayout } = createPanelLayoutActions(ctx);
  const { startTourOnFirstRun, ...tour } = createTourActions(ctx);
  const comparing = createComparingActions(ctx, loading, panes, selection, edits);
  const assignments = createAssignmentActions(ctx);
  const tags = createTagActions(ctx);
  const library = createLibraryActions(ctx, loading, panes, assignments);
  const lock = createLockTakeoverActions(ctx);
  const suggestions = createSuggestionActions(ctx, loading, edits);

  /**
   * Opens the workspace: preferences, the library's rows (from the corpus index, first page first),
   * the links, and the panes left open with their spans. Other documents' spans are loaded by the views that show them.
   */
  async function start(): Promise<void> {
    loadPreferences();
    const workspace = await api.getWorkspace({});
    if (!workspace.ok) return lock.showStartupFailure(workspace.error);
    const suggestionsOn = storedSuggestionsOn(workspace.value.path);
    store.set((s) => ({ ...s, workspace: workspace.value, suggestionsOn }));
    restorePanelLayout(workspace.value.path);
    // The library shows its first page at once; the panes left open wait for every row.
    let firstPage = (): void => undefined;
    const shown = new Promise<void>((resolve) => (firstPage = resolve));
    const listed = loading.refreshDocuments(firstPage);
    await Promise.race([shown, listed]);
    void assignments.loadAssignments();
    await loading.refreshLinks();
    await listed;
    await panes.restorePanes(workspace.value.path);
    await comparing.loadCompareProposals();
    startTourOnFirstRun();
  }

  return {
    history: ctx.history,

    start,

    /** Takes over the lock another computer left, as the user chose, and opens the workspace. */
    async takeOverLock(): Promise<void> {
      if (await lock.takeOverLock()) await start();
    },
    declineLockTakeover: lock.declineLockTakeover,

    openDocument: panes.openDocument,
    closeDocument: panes.closeDocument,
    paneUsed: panes.paneUsed,
    setPaneSize(id: string, size: number): void {
      panes.setPaneSize(id, size);
      savePanelLayout();
    },
    ...panelLayout,
    ...tour,
    selectAnnotation: selection.selectAnnotation,
    showSpanPicker: selection.showSpanPicker,
    closeSpanPicker: selection.closeSpanPicker,
    ...createTaggingActions(ctx, edits, commands, panes, selection),
    ...createLinkingActions(ctx, edits, commands),
    ...createClaimGroupActions(ctx, edits, commands, selection),
    ...createWorkspaceEdits(ctx, edits),
    ...createImportActions(ctx, loading),
    ...createExportActions(ctx),
    ...suggestions,
    ...createSuggestJobActions(ctx, suggestions),
    ...createSearchActions(ctx),
    ...comparing,
    ...createCurationActions(ctx, loading),
    ...preferences,
    ...createViewActions(ctx, selection),
    ...createArticleLayerActions(ctx),
    ...library,
    ...assignments,
    ...tags,
    ...createCorpusSearchActions(ctx, panes, selection),
    ...createViewDataActions(ctx, loading),

    async undo(): Promise<void> {
      await ctx.history.undo();
    },

    async redo(): Promise<void> {
      await ctx.history.redo();
    },

    /** Jumps from a view (matrix, sources) to a span in its pane. */
    async jumpToSpan(id: string): Promise<void> {
      await loading.loadDocumentsOfSpans([id]);
      const documentId = documentOfSpan(store.get(), id);
      if (!documentId) return;
      await panes.openDocument(documentId);
      setTimeout(() => selection.selectAnnotation(id, { scroll: true }), 50);
    },
  };
}
