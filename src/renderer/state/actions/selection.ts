import type { SpanAnnotation } from '../../../core/model';
import { scrollToSpan } from '../../article-view/pane-registry';
import { documentOfSpan, findSpan } from '../app-state';
import { groupOf } from '../links';
import type { ActionContext } from './action-context';

export type SelectionActions = ReturnType<typeof createSelectionActions>;

/** The selected span: picking it, scrolling to it and to the same claim in the other open panes. */
export function createSelectionActions({ store }: ActionContext) {
  /** Scrolls the other open panes to the selected span's peers in its claim group. */
  function scrollPeers(id: string, exceptDocumentId: string | null): void {
    const state = store.get();
    const group = groupOf(id, state.claimGroups);
    if (!group) return;
    const done = new Set<string>();
    requestAnimationFrame(() => {
      for (const member of group.members) {
        if (member === id) continue;
        const doc = documentOfSpan(state, member);
        if (!doc || doc === exceptDocumentId || done.has(doc) || !state.openIds.includes(doc)) continue;
        done.add(doc);
        scrollToSpan(doc, member, 'auto', findSpan(state, member)?.start);
      }
    });
  }

  function selectAnnotation(id: string | null, options: { scroll: boolean } = { scroll: false }): void {
    store.set((s) =>
      s.selectedAnnotationId === id && !s.spanPicker ? s : { ...s, selectedAnnotationId: id, spanPicker: null },
    );
    if (!id) return;
    const state = store.get();
    const documentId = state.openIds.find((d) => (state.annotations[d] ?? []).some((a) => a.id === id)) ?? null;
    const start = findSpan(state, id)?.start;
    if (documentId && options.scroll) requestAnimationFrame(() => scrollToSpan(documentId, id, 'smooth', start));
    scrollPeers(id, options.scroll ? null : documentId);
  }

  /** The selected span once the service has it (not one still being saved). */
  const selectedSpan = (): SpanAnnotation | undefined => {
    const s = store.get();
    const span = findSpan(s, s.selectedAnnotationId);
    return span && !span.id.startsWith('pending-') ? span : undefined;
  };

  return {
    selectAnnotation,
    selectedSpan,

    showSpanPicker(ids: readonly string[], x: number, y: number): void {
      store.set((s) => ({ ...s, spanPicker: { ids, x, y } }));
    },

    closeSpanPicker(): void {
      store.set((s) => ({ ...s, spanPicker: null }));
    },
  };
}
