import { coveredText } from '../../../core/covered-text';
import type { SpanAnnotation } from '../../../core/model';
import { captureQuote } from '../../../core/quote';
import { validateSpanRange } from '../../../core/span-range';
import {
  clearKeyboardSelection,
  clearSelection,
  currentSelection,
  previewSpans,
} from '../../article-view/pane-registry';
import { snapToWords } from '../../article-view/text-navigation';
import { findSpan, putSpan, type AppState } from '../app-state';
import { markPaneUsed } from '../open-panes';
import { appendSpan, replaceSpan } from '../span-list';
import type { Command } from '../undo-stack';
import type { ActionContext } from './action-context';
import { mayEditSpan, mayTagHere } from './article-layer';
import { annotatorOf } from '../article-layer';
import type { EditCommands } from './edit-commands';
import type { Edits, SpanChanges } from './edits';
import type { PaneActions } from './panes';
import type { SelectionActions } from './selection';

interface Range {
  start: number;
  end: number;
}

/** Tagging the selected text, discontinuous spans, and editing, deleting or re-attaching the selected span. */
export function createTaggingActions(
  ctx: ActionContext,
  edits: Edits,
  commands: EditCommands,
  panes: PaneActions,
  selection: SelectionActions,
) {
  const { api, store, history, alert, write, must } = ctx;
  const { selectedSpan } = selection;
  let pendingCounter = 0;

  /** Draws the span at once as a draft, then swaps in the service's answer (or takes the draft away). */
  async function createTagged(
    label: string,
    documentId: string,
    start: number,
    end: number,
    fragments?: Range[],
  ): Promise<Command | null> {
    const doc = store.get().loaded[documentId];
    if (!doc) return null;
    const now = new Date().toISOString();
    const captured = captureQuote(doc.text, start, end);
    const draft: SpanAnnotation = {
      id: `pending-${++pendingCounter}`,
      documentId,
      label,
      start,
      end,
      ...captured,
      quote: fragments ? coveredText(doc.text, fragments) : captured.quote,
      ...(fragments ? { fragments } : {}),
      attributes: {},
      author: annotatorOf(store.get()),
      created: now,
      modified: now,
    };
    const replace = (s: AppState, by: SpanAnnotation | null): AppState => ({
      ...s,
      annotations: {
        ...s.annotations,
        [documentId]: replaceSpan(s.annotations[documentId] ?? [], draft.id, by),
      },
      selectedAnnotationId: s.selectedAnnotationId === draft.id ? (by?.id ?? null) : s.selectedAnnotationId,
    });
    store.set((s) => ({
      ...s,
      annotations: { ...s.annotations, [documentId]: appendSpan(s.annotations[documentId] ?? [], draft) },
      selectedAnnotationId: draft.id,
    }));
    previewSpans(documentId, store.get().annotations[documentId] ?? [], draft.id);
    panes.setPanes(markPaneUsed(store.get(), documentId));
    // "Saving…" at once, the highlight drawn first, the request sent in the next task.
    const result = await write(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return api.createAnnotation({ documentId, label, start, end, ...(fragments ? { fragments } : {}) });
    });
    if (result.ok) {
      store.set((s) => replace(s, result.value));
      return commands.createSpanCommand(result.value);
    }
    store.set((s) => replace(s, null));
    alert(`Could not tag “${draft.quote}” in “${doc.title}” as ${label}: ${result.error.message}`);
    return null;
  }

  return {
    /** Tags the current text selection with a label: shown at once, reconciled with the service's answer. */
    async tagSelection(label: string): Promise<void> {
      const selected = currentSelection();
      const pending = store.get().pendingFragments;
      if (!selected && !pending) return alert(`Select some text in an article before tagging it as ${label}.`);
      if (!mayTagHere(ctx)) return;
      const documentId = selected?.documentId ?? pending!.documentId;
      const doc = store.get().loaded[documentId];
      if (!doc) return;
      let pieces: Range[] = [];
      if (pending && pending.documentId === documentId) pieces = [...pending.fragments];
      else if (pending) alert('The pending fragments were in another document; they were dropped.');
      if (selected) {
        let range = selected.range;
        if (store.get().snapToWords) range = snapToWords(doc.text, range.start, range.end);
        const checked = validateSpanRange(doc.text, range);
        if (!checked.ok) return alert(checked.error.message);
        pieces.push(checked.value);
      }
      // The new highlight is drawn in its pane at once; the rest of the window follows after that frame.
      store.holdUntilPainted();
      store.set((s) => (s.pendingFragments === null ? s : { ...s, pendingFragments: null }));
      clearSelection(documentId);
      pieces.sort((a, b) => a.start - b.start);
      const start = pieces[0]!.start;
      const end = Math.max(...pieces.map((p) => p.end));
      await history.run(() => createTagged(label, documentId, start, end, pieces.length >= 2 ? pieces : undefined));
    },

    /** Keeps the current selection as one fragment of a discontinuous span; the next tag joins them. */
    addFragment(): void {
      const selected = currentSelection();
      if (!selected) return alert('Select a piece of text first, then press Add fragment.');
      if (!mayTagHere(ctx)) return;
      const doc = store.get().loaded[selected.documentId];
      let range = selected.range;
      if (doc && store.get().snapToWords) range = snapToWords(doc.text, range.start, range.end);
      clearSelection(selected.documentId);
      store.set((s) => {
        const same = s.pendingFragments?.documentId === selected.documentId;
        const fragments = [...(same ? s.pendingFragments!.fragments : []), range].filter(
          (f, i, all) => all.findIndex((g) => g.start < f.end && f.start < g.end) === i,
        );
        return { ...s, pendingFragments: { documentId: selected.documentId, fragments } };
      });
    },

    cancelPending(): void {
      const s = store.get();
      if (s.pendingFragments) store.set((st) => ({ ...st, pendingFragments: null }));
      for (const id of s.openIds) clearKeyboardSelection(id);
      if (s.spanPicker) store.set((st) => ({ ...st, spanPicker: null }));
    },

    async deleteSelected(): Promise<void> {
      const span = selectedSpan();
      if (!span || !mayEditSpan(ctx, span)) return;
      await history.run(async () => {
        const links = await edits.removeSpan(span);
        return links ? commands.deleteCommand(span, links) : null;
      });
    },

    async updateSelected(changes: SpanChanges): Promise<void> {
      const span = selectedSpan();
      if (!span || !mayEditSpan(ctx, span)) return;
      await history.run(async () => {
        const before = findSpan(store.get(), span.id) ?? span;
        const after = await edits.updateSpan(before, changes);
        if (!after) return null;
        const undoChanges: SpanChanges = {};
        if (changes.label !== undefined || changes.attributes !== undefined) {
          undoChanges.label = before.label;
          undoChanges.attributes = { ...before.attributes };
        }
        if (changes.note !== undefined) undoChanges.note = before.note ?? '';
        const name =
          changes.note !== undefined ? 'edit note' : changes.label !== undefined ? 'change label' : 'change attributes';
        return {
          name,
          undo: async () => !!(await edits.updateSpan(after, undoChanges)),
          redo: async () => !!(await edits.updateSpan(before, changes)),
        };
      });
    },

    async reattachSelected(spanId: string): Promise<void> {
      const span = findSpan(store.get(), spanId);
      const selected = currentSelection();
      if (!span || !mayEditSpan(ctx, span)) return;
      if (!selected || selected.documentId !== span.documentId) {
        return alert(
          `Select the text of “${span.quote}” in its own document first, then press Re-attach to selection.`,
        );
      }
      const { start, end } = selected.range;
      const updated = await must('Could not re-attach the annotation', () =>
        api.reattachAnnotation({ documentId: span.documentId, id: span.id, start, end }),
      );
      if (updated) {
        clearSelection(span.documentId);
        store.set((s) => ({ ...putSpan(s, updated), selectedAnnotationId: updated.id }));
      }
    },
  };
}
