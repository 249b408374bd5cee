import type { CollateApi } from '../../api/client';
import type { ImportOutcome } from '../../api/contract';
import type { SpanAnnotation } from '../../core/model';
import type { Result } from '../../core/result';
import { validateSpanRange } from '../../core/span-range';
import { captureQuote } from '../../core/quote';
import { bytesToBase64 } from '../api/base64';
import { clearSelection, currentSelection, scrollToSpan } from '../editor/pane-registry';
import { downloadText } from '../lib/download';
import type { AppState } from './app-state';
import { closePane, markPaneUsed, openPane, parseStoredPanes, type Panes } from './open-panes';
import type { Store } from './store';

const MAX_ALERTS = 5;
let alertCounter = 0;
let pendingCounter = 0;

const storageKey = (workspacePath: string): string => `collate.openDocuments:${workspacePath}`;

function describeOutcome(outcome: ImportOutcome, titleOf: (idOrTitle: string) => string): string {
  switch (outcome.status) {
    case 'imported':
      return `${outcome.file} — imported`;
    case 'duplicate':
      return `${outcome.file} — duplicate of ${titleOf(outcome.existing)}`;
    case 'failed':
      return `${outcome.file} — failed: ${outcome.reason}`;
  }
}

export type AppActions = ReturnType<typeof createActions>;

export function createActions(api: CollateApi, store: Store<AppState>) {
  const alert = (message: string): void =>
    store.set((s) => ({ ...s, alerts: [...s.alerts, { id: ++alertCounter, message }].slice(-MAX_ALERTS) }));

  /** Runs one write, keeping the save status honest. */
  async function write<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
    store.set((s) => ({ ...s, pendingWrites: s.pendingWrites + 1 }));
    const result = await call();
    store.set((s) => ({
      ...s,
      pendingWrites: s.pendingWrites - 1,
      saveError: result.ok ? (s.pendingWrites > 1 ? s.saveError : null) : result.error.message,
    }));
    return result;
  }

  function setPanes(panes: Panes): void {
    store.set((s) => (s.openIds === panes.openIds && s.recency === panes.recency ? s : { ...s, ...panes }));
    const path = store.get().workspace?.path;
    if (path) {
      try {
        localStorage.setItem(storageKey(path), JSON.stringify({ openIds: panes.openIds, recency: panes.recency }));
      } catch {
        // Storage can be full or disabled; the panes then just do not survive a reload.
      }
    }
  }

  async function loadDocument(id: string): Promise<boolean> {
    if (store.get().loaded[id]) return true;
    const [doc, spans] = await Promise.all([api.getDocument({ id }), api.listAnnotations({ documentId: id })]);
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

  async function refreshDocuments(): Promise<void> {
    const docs = await api.listDocuments({});
    if (!docs.ok) return alert(`Could not list the documents: ${docs.error.message}`);
    store.set((s) => ({ ...s, documents: docs.value }));
  }

  function focusPane(id: string): void {
    requestAnimationFrame(() => {
      const pane = document.querySelector<HTMLElement>(`[data-pane-id="${CSS.escape(id)}"]`);
      pane?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      pane?.focus({ preventScroll: true });
    });
  }

  return {
    async start(): Promise<void> {
      const workspace = await api.getWorkspace({});
      if (!workspace.ok) return alert(`Could not open the workspace: ${workspace.error.message}`);
      store.set((s) => ({ ...s, workspace: workspace.value }));
      await refreshDocuments();
      let stored: Panes = { openIds: [], recency: [] };
      try {
        stored = parseStoredPanes(localStorage.getItem(storageKey(workspace.value.path)));
      } catch {
        // No storage: start with no open panes.
      }
      const known = new Set(store.get().documents.map((d) => d.id));
      const openIds = stored.openIds.filter((id) => known.has(id));
      const loaded = await Promise.all(openIds.map((id) => loadDocument(id)));
      const keep = openIds.filter((_, i) => loaded[i]);
      setPanes({ openIds: keep, recency: stored.recency.filter((id) => keep.includes(id)) });
    },

    async importFiles(files: readonly File[]): Promise<void> {
      if (files.length === 0) return;
      const payload = await Promise.all(
        files.map(async (file) => ({ name: file.name, dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) })),
      );
      store.set((s) => ({ ...s, importLines: [`Importing ${files.length} file${files.length === 1 ? '' : 's'}…`] }));
      const result = await write(() => api.importFiles({ files: payload }));
      if (!result.ok) {
        store.set((s) => ({ ...s, importLines: [`Import failed: ${result.error.message}`] }));
        return alert(`Import failed: ${result.error.message}`);
      }
      await refreshDocuments();
      const docs = store.get().documents;
      const titleOf = (idOrTitle: string): string => docs.find((d) => d.id === idOrTitle)?.title ?? idOrTitle;
      store.set((s) => ({ ...s, importLines: result.value.map((o) => describeOutcome(o, titleOf)) }));
      for (const outcome of result.value) {
        if (outcome.status === 'failed') alert(`${outcome.file}: ${outcome.reason}`);
      }
    },

    async openDocument(id: string): Promise<void> {
      const state = store.get();
      if (state.openIds.includes(id)) {
        setPanes(markPaneUsed(state, id));
        return focusPane(id);
      }
      if (!(await loadDocument(id))) return;
      setPanes(openPane(store.get(), id));
      focusPane(id);
    },

    closeDocument(id: string): void {
      setPanes(closePane(store.get(), id));
      store.set((s) =>
        (s.annotations[id] ?? []).some((a) => a.id === s.selectedAnnotationId) ? { ...s, selectedAnnotationId: null } : s,
      );
    },

    paneUsed(id: string): void {
      setPanes(markPaneUsed(store.get(), id));
    },

    /** Tags the current text selection with a label: shown at once, reconciled with the service's answer. */
    async tagSelection(label: string): Promise<void> {
      const selection = currentSelection();
      if (!selection) return alert(`Select some text in an article before tagging it as ${label}.`);
      const { documentId } = selection;
      const doc = store.get().loaded[documentId];
      if (!doc) return;
      const range = validateSpanRange(doc.text, selection.range);
      if (!range.ok) return alert(range.error.message);
      const { start, end } = range.value;
      const now = new Date().toISOString();
      const draft: SpanAnnotation = {
        id: `pending-${++pendingCounter}`,
        documentId,
        label,
        start,
        end,
        ...captureQuote(doc.text, start, end),
        attributes: {},
        author: '',
        created: now,
        modified: now,
      };
      clearSelection(documentId);
      const replace = (s: AppState, by: SpanAnnotation | null): AppState => ({
        ...s,
        annotations: {
          ...s.annotations,
          [documentId]: (s.annotations[documentId] ?? []).flatMap((a) => (a.id === draft.id ? (by ? [by] : []) : [a])),
        },
        selectedAnnotationId: s.selectedAnnotationId === draft.id ? (by?.id ?? null) : s.selectedAnnotationId,
      });
      store.set((s) => ({
        ...s,
        annotations: { ...s.annotations, [documentId]: [...(s.annotations[documentId] ?? []), draft] },
        selectedAnnotationId: draft.id,
      }));
      setPanes(markPaneUsed(store.get(), documentId));
      const result = await write(() => api.createAnnotation({ documentId, label, start, end }));
      if (result.ok) store.set((s) => replace(s, result.value));
      else {
        store.set((s) => replace(s, null));
        alert(`Could not tag “${draft.quote}” in “${doc.title}” as ${label}: ${result.error.message}`);
      }
    },

    selectAnnotation(id: string | null, options: { scroll: boolean } = { scroll: false }): void {
      store.set((s) => (s.selectedAnnotationId === id ? s : { ...s, selectedAnnotationId: id }));
      if (!id || !options.scroll) return;
      const state = store.get();
      const documentId = state.openIds.find((d) => (state.annotations[d] ?? []).some((a) => a.id === id));
      if (documentId) requestAnimationFrame(() => scrollToSpan(documentId, id));
    },

    async deleteSelected(): Promise<void> {
      const state = store.get();
      const id = state.selectedAnnotationId;
      if (!id || id.startsWith('pending-')) return;
      const documentId = Object.keys(state.annotations).find((d) => (state.annotations[d] ?? []).some((a) => a.id === id));
      if (!documentId) return;
      const deleted = (state.annotations[documentId] ?? []).find((a) => a.id === id)!;
      const withSpans = (s: AppState, spans: readonly SpanAnnotation[]): AppState => ({
        ...s,
        annotations: { ...s.annotations, [documentId]: spans },
      });
      store.set((s) => ({
        ...withSpans(s, (s.annotations[documentId] ?? []).filter((a) => a.id !== id)),
        selectedAnnotationId: null,
      }));
      const result = await write(() => api.deleteAnnotation({ documentId, id }));
      if (!result.ok) {
        store.set((s) => withSpans(s, [...(s.annotations[documentId] ?? []), deleted]));
        alert(`Could not delete the annotation: ${result.error.message}`);
      }
    },

    async exportJsonl(): Promise<void> {
      const result = await api.exportDataset({ format: 'jsonl', offsetUnit: 'codepoint' });
      if (!result.ok) return alert(`Export failed: ${result.error.message}`);
      downloadText(result.value.fileName, result.value.content, result.value.mediaType);
    },

    dismissAlert(id: number): void {
      store.set((s) => ({ ...s, alerts: s.alerts.filter((a) => a.id !== id) }));
    },
  };
}
