import type { CompareProposals, RecordedDiscrepancy } from '../../../api/contract';
import type { ClaimGroup, Relation, SpanAnnotation } from '../../../core/model';
import { scrollToSpan } from '../../article-view/pane-registry';
import { differenceList, stepDifference } from '../differences';
import { openPane } from '../open-panes';
import type { Command } from '../undo-stack';
import type { ActionContext } from './action-context';
import type { Edits } from './edits';
import type { Loading } from './loading';
import type { PaneActions } from './panes';
import type { SelectionActions } from './selection';

/**
 * Comparing articles from the UI: run and record a comparison, walk its differences one at a time,
 * and accept or reject each proposed group and discrepancy. Nothing becomes a fact without a decision,
 * and one Ctrl+Z undoes a decision as it undoes an edit.
 */
export function createComparingActions(
  { api, store, must, history }: ActionContext,
  loading: Loading,
  panes: Pick<PaneActions, 'setPanes'>,
  selection: Pick<SelectionActions, 'selectAnnotation'>,
  edits: Pick<Edits, 'removeGroup' | 'removeRelation' | 'removeSpan'>,
) {
  const setProposals = (compareProposals: CompareProposals): void => store.set((s) => ({ ...s, compareProposals }));

  async function loadCompareProposals(): Promise<void> {
    const proposals = await must('Could not read the comparison', () => api.listCompareProposals({}));
    if (proposals) setProposals(proposals);
  }

  /** Opens both sides' documents (without taking the focus) and scrolls each pane to its quote. */
  async function lineUp(d: RecordedDiscrepancy): Promise<void> {
    for (const documentId of [d.a.documentId, d.b.documentId]) {
      if (store.get().openIds.includes(documentId)) continue;
      if (await loading.loadDocument(documentId)) panes.setPanes(openPane(store.get(), documentId));
    }
    store.set((s) => ({ ...s, view: 'panes' }));
    selection.selectAnnotation(d.a.spanId);
    requestAnimationFrame(() => {
      for (const side of [d.a, d.b]) if (side.spanId) scrollToSpan(side.documentId, side.spanId, 'smooth', side.start);
    });
  }

  async function showDifference(id: string | null): Promise<void> {
    store.set((s) => ({ ...s, currentDifferenceId: id }));
    const d = store.get().compareProposals.discrepancies.find((x) => x.id === id);
    if (d) await lineUp(d);
  }

  interface Made {
    claimGroup?: ClaimGroup;
    relation?: Relation;
    spans: SpanAnnotation[];
  }

  async function record(
    kind: 'group' | 'discrepancy',
    id: string,
    decision: 'accept' | 'reject' | 'reopen',
  ): Promise<Made | null> {
    const verb = { accept: 'accept', reject: 'reject', reopen: 'undo the decision on' }[decision];
    const done = await must(`Could not ${verb} the proposal`, () => api.decideCompareProposal({ kind, id, decision }));
    if (!done) return null;
    setProposals(done.proposals);
    for (const documentId of new Set(done.spans.map((s) => s.documentId))) await loading.loadSpans(documentId);
    if (done.claimGroup || done.relation) await loading.refreshLinks();
    return done;
  }

  /** Undone, a decision takes back what it made (the claim group, the link, re-created spans) and reopens the proposal. */
  async function takeBack(kind: 'group' | 'discrepancy', id: string, made: Made): Promise<boolean> {
    if (made.claimGroup && !(await edits.removeGroup(made.claimGroup.id))) return false;
    if (made.relation && !(await edits.removeRelation(made.relation.id))) return false;
    for (const span of made.spans) if (!(await edits.removeSpan(span))) return false;
    if (!(await record(kind, id, 'reopen'))) return false;
    if (kind === 'discrepancy') store.set((s) => ({ ...s, currentDifferenceId: id }));
    return true;
  }

  async function decide(kind: 'group' | 'discrepancy', id: string, decision: 'accept' | 'reject'): Promise<boolean> {
    const command = await history.run(async (): Promise<Command | null> => {
      let made = await record(kind, id, decision);
      if (!made) return null;
      return {
        name: `${decision} ${kind === 'group' ? 'proposed group' : 'difference'}`,
        undo: () => takeBack(kind, id, made!),
        redo: async () => !!(made = await record(kind, id, decision)),
      };
    });
    return !!command;
  }

  return {
    loadCompareProposals,

    /** Compares every article, creates the Claim spans the proposals need, and records them as proposals. */
    async runComparison(): Promise<void> {
      store.set((s) => ({ ...s, comparing: true }));
      try {
        const found = await must('Could not compare the articles', () => api.compareArticles({ apply: true }));
        if (!found) return;
        const documentIds = new Set(found.groups.flatMap((g) => g.members.map((m) => m.documentId)));
        for (const documentId of documentIds) await loading.loadSpans(documentId);
        await loadCompareProposals();
      } finally {
        store.set((s) => ({ ...s, comparing: false }));
      }
    },

    decideProposedGroup: (id: string, decision: 'accept' | 'reject'): Promise<boolean> => decide('group', id, decision),

    /** Accepts or rejects a discrepancy, then moves the list on to the next one. */
    async decideDifference(id: string, decision: 'accept' | 'reject'): Promise<void> {
      const before = differenceList(store.get().compareProposals);
      if (!(await decide('discrepancy', id, decision))) return;
      const after = differenceList(store.get().compareProposals);
      const at = before.findIndex((d) => d.id === id);
      const next = before.slice(at + 1).find((d) => after.some((x) => x.id === d.id)) ?? after.at(-1) ?? null;
      store.set((s) => ({ ...s, currentDifferenceId: next?.id ?? null }));
    },

    /** Moves the differences list by `step` and lines the two panes up on the new one's quotes. */
    async moveDifference(step: number): Promise<void> {
      const list = differenceList(store.get().compareProposals);
      const id = stepDifference(list, store.get().currentDifferenceId, step);
      await showDifference(id);
    },

    showDifference,
  };
}
