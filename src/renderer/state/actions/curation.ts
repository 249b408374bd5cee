import type { CurationStateResult } from '../../../api/team-schemas';
import type { ActionContext } from './action-context';
import type { Loading } from './loading';

/** The first disagreement without a decision from `from` on (wrapping), else `from` itself. */
function nextOpen(state: CurationStateResult, from: number): number {
  const n = state.disagreements.length;
  for (let step = 0; step < n; step++) {
    const i = (from + step) % n;
    if (!state.disagreements[i]!.decision) return i;
  }
  return Math.min(from, Math.max(0, n - 1));
}

/**
 * The curation view: open a document's layers, move between disagreements, settle them. One Ctrl+Z
 * undoes a decision as it undoes an edit: the disagreement goes back to the decision before (or is
 * reopened), and redo makes the decision again.
 */
export function createCurationActions({ api, store, alert, must, history }: ActionContext, loading: Loading) {
  const current = () => store.get().curation;

  function show(documentId: string, state: CurationStateResult, focus: number): void {
    store.set((s) => ({ ...s, curation: { documentId, state, focus } }));
  }

  /** Records `take` on a disagreement, or reopens it (null); the focus moves on, or stays on it (`stay`). */
  async function put(documentId: string, disagreementId: string, take: number[] | null, stay: boolean) {
    const request = take ? { documentId, disagreementId, take } : { documentId, disagreementId, reopen: true as const };
    const what = take ? 'Could not settle the disagreement' : 'Could not undo the decision';
    const state = await must(what, () => api.settleDisagreement(request));
    if (!state) return false;
    const at = Math.max(
      0,
      state.disagreements.findIndex((d) => d.id === disagreementId),
    );
    if (current()?.documentId === documentId) show(documentId, state, stay ? at : nextOpen(state, at));
    await loading.loadSpans(documentId);
    if (state.disagreements[at]?.kind === 'relations' || state.disagreements[at]?.kind === 'groups') {
      await loading.refreshLinks();
    }
    return true;
  }

  async function settle(take: number[]): Promise<void> {
    const view = current();
    const disagreement = view?.state.disagreements[view.focus];
    if (!view || !disagreement) return;
    const { documentId } = view;
    const before = disagreement.decision?.take ?? null;
    const name =
      take.length === 0 ? 'reject' : `take ${take.map((i) => disagreement.sides[i]?.name ?? i + 1).join(' and ')}`;
    await history.run(async () => {
      if (!(await put(documentId, disagreement.id, take, false))) return null;
      return {
        name,
        undo: () => put(documentId, disagreement.id, before, true),
        redo: () => put(documentId, disagreement.id, take, false),
      };
    });
  }

  return {
    /** Opens a document for adjudication: agreements enter the curated layer, the first open disagreement gets focus. */
    async openCuration(documentId: string): Promise<void> {
      if (!(await loading.loadDocument(documentId))) return;
      const state = await must('Could not open the document for curation', () => api.startCuration({ documentId }));
      if (!state) return;
      show(documentId, state, nextOpen(state, 0));
      store.set((s) => ({ ...s, view: 'curation' }));
      await loading.loadSpans(documentId);
      await loading.refreshLinks();
    },

    focusDisagreement(index: number): void {
      const view = current();
      if (!view || index < 0 || index >= view.state.disagreements.length) return;
      show(view.documentId, view.state, index);
    },

    /** Moves the focus by `step` disagreements, stopping at either end. */
    stepDisagreement(step: 1 | -1): void {
      const view = current();
      if (!view || view.state.disagreements.length === 0) return;
      const focus = Math.min(view.state.disagreements.length - 1, Math.max(0, view.focus + step));
      show(view.documentId, view.state, focus);
    },

    /** Takes one side (0 = A, 1 = B…) into the curated layer. */
    takeSide(index: number): Promise<void> {
      const sides = current()?.state.disagreements[current()!.focus]?.sides.length ?? 0;
      if (index >= sides) {
        alert(`This disagreement has ${sides} side${sides === 1 ? '' : 's'}.`);
        return Promise.resolve();
      }
      return settle([index]);
    },

    /** Takes every side that has spans. */
    takeAllSides(): Promise<void> {
      const sides = current()?.state.disagreements[current()!.focus]?.sides ?? [];
      return settle(sides.flatMap((side, i) => (side.spans.length > 0 ? [i] : [])));
    },

    /** Keeps none of the disagreement's spans. */
    rejectDisagreement(): Promise<void> {
      return settle([]);
    },
  };
}
