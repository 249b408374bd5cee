import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompareProposals } from '../../../api/contract';
import { groupDifferences, stepDifference } from '../differences';
import { createComparingActions } from './comparing';
import { createEdits } from './edits';
import { fakeContext, fakeService, group, span } from './fake-service';
import { createLoading } from './loading';

const side = (documentId: string, spanId: string, text: string) => ({ documentId, spanId, start: 0, end: 1, text });

function proposals(): CompareProposals {
  return {
    groups: [{ id: 'cg-1', score: 0.8, reason: 'shared: homes', members: ['a', 'b'], status: 'proposed' }],
    discrepancies: [
      {
        id: 'x1',
        groupId: 'cg-1',
        kind: 'value',
        detail: '2,400 vs 1,900',
        a: side('d1', 'a', '2,400'),
        b: side('d2', 'b', '1,900'),
        status: 'proposed',
      },
      {
        id: 'x2',
        groupId: 'cg-1',
        kind: 'date',
        detail: 'Monday vs Tuesday',
        a: side('d1', 'a', 'Monday'),
        b: side('d2', 'b', 'Tuesday'),
        status: 'proposed',
      },
    ],
  };
}

function setUp() {
  let recorded = proposals();
  const service = fakeService({
    listCompareProposals: () => recorded,
    getDocument: ({ id }: { id: string }) => ({ id, title: id, text: 'q' }),
    compareArticles: () => ({
      groups: [{ id: 'cg-1', score: 0.8, reason: '', members: [side('d1', 'a', 'q')] }],
      discrepancies: [],
    }),
    decideCompareProposal: ({ kind, id, decision }: { kind: string; id: string; decision: string }) => {
      const status = decision === 'accept' ? 'accepted' : decision === 'reject' ? 'rejected' : 'proposed';
      if (kind === 'group' && status !== 'accepted') {
        recorded = { ...recorded, groups: recorded.groups.map((g) => (g.id === id ? { ...g, status } : g)) };
        return { proposals: recorded, spans: [] };
      }
      if (kind === 'group') {
        const made = group('g-made', ['a', 'b'], '2,400 homes');
        service.groups = [made];
        recorded = {
          ...recorded,
          groups: recorded.groups.map((g) => (g.id === id ? { ...g, status, claimGroupId: made.id } : g)),
        };
        return { proposals: recorded, claimGroup: made, spans: [] };
      }
      recorded = {
        ...recorded,
        discrepancies: recorded.discrepancies.map((d) => (d.id === id ? { ...d, status } : d)),
      };
      return { proposals: recorded, spans: [] };
    },
  });
  service.spans.set('d1', [span('a', 'd1', 0, 1)]);
  service.spans.set('d2', [span('b', 'd2', 0, 1)]);
  const ctx = fakeContext(service, { annotations: { d1: [span('a', 'd1', 0, 1)], d2: [span('b', 'd2', 0, 1)] } });
  const loading = createLoading(ctx);
  const selected: Array<string | null> = [];
  const actions = createComparingActions(
    ctx,
    loading,
    { setPanes: () => undefined },
    { selectAnnotation: (id) => selected.push(id) },
    createEdits(ctx, loading),
  );
  return { service, ctx, actions, selected };
}

describe('comparing actions', () => {
  beforeEach(() => vi.stubGlobal('requestAnimationFrame', () => 0));
  afterEach(() => vi.unstubAllGlobals());

  it('a comparison is recorded with apply, then the proposals and the members’ spans are reloaded', async () => {
    const { service, ctx, actions } = setUp();
    await actions.runComparison();
    expect(service.calls).toEqual(['compareArticles', 'listAnnotations', 'listCompareProposals']);
    expect(ctx.store.get().compareProposals.discrepancies).toHaveLength(2);
    expect(ctx.store.get().comparing).toBe(false);
  });

  it('the list moves one key at a time, lines the panes up on both sides, and moves on after a decision', async () => {
    const { service, ctx, actions, selected } = setUp();
    await actions.loadCompareProposals();
    await actions.moveDifference(1);
    expect(ctx.store.get().currentDifferenceId).toBe('x1');
    expect(ctx.store.get().view).toBe('panes');
    expect(selected).toEqual(['a']);
    expect(service.calls.filter((c) => c === 'getDocument')).toHaveLength(2);
    await actions.moveDifference(1);
    await actions.moveDifference(1);
    expect(ctx.store.get().currentDifferenceId).toBe('x2');
    await actions.moveDifference(-1);
    await actions.decideDifference('x1', 'reject');
    expect(ctx.store.get().currentDifferenceId).toBe('x2');
    expect(ctx.store.get().compareProposals.discrepancies.map((d) => d.status)).toEqual(['rejected', 'proposed']);
  });

  it('accepting a group reloads the links so that the matrix has the new claim group', async () => {
    const { ctx, actions } = setUp();
    await actions.loadCompareProposals();
    expect(await actions.decideProposedGroup('cg-1', 'accept')).toBe(true);
    expect(ctx.store.get().claimGroups.map((g) => g.id)).toEqual(['g-made']);
    expect(ctx.store.get().compareProposals.groups[0]?.status).toBe('accepted');
  });

  it('one undo takes an accepted group back (its claim group deleted, the proposal reopened); redo accepts it again', async () => {
    const { service, ctx, actions } = setUp();
    await actions.loadCompareProposals();
    await actions.decideProposedGroup('cg-1', 'accept');
    expect(ctx.store.get().undo.undoName).toBe('accept proposed group');
    expect(await ctx.history.undo()).toBe(true);
    expect(service.calls).toContain('deleteClaimGroup');
    expect(ctx.store.get().claimGroups).toEqual([]);
    expect(ctx.store.get().compareProposals.groups[0]?.status).toBe('proposed');
    expect(await ctx.history.redo()).toBe(true);
    expect(ctx.store.get().claimGroups.map((g) => g.id)).toEqual(['g-made']);
    expect(ctx.store.get().compareProposals.groups[0]?.status).toBe('accepted');
  });

  it('one undo reopens a rejected difference and makes it the current one again', async () => {
    const { ctx, actions } = setUp();
    await actions.loadCompareProposals();
    await actions.decideDifference('x1', 'reject');
    expect(ctx.store.get().currentDifferenceId).toBe('x2');
    expect(await ctx.history.undo()).toBe(true);
    expect(ctx.store.get().compareProposals.discrepancies.map((d) => d.status)).toEqual(['proposed', 'proposed']);
    expect(ctx.store.get().currentDifferenceId).toBe('x1');
  });

  it('a refused decision is told and changes nothing', async () => {
    const { service, ctx, actions } = setUp();
    await actions.loadCompareProposals();
    service.refuse('decideCompareProposal', 'There is no proposed discrepancy');
    await actions.decideDifference('x1', 'accept');
    expect(ctx.store.get().alerts.at(-1)?.message).toMatch(/^Could not accept the proposal: There is no proposed/);
    expect(ctx.store.get().compareProposals.discrepancies[0]?.status).toBe('proposed');
  });
});

describe('what differs in a claim group', () => {
  it('lists the recorded discrepancies between members, then marked contradictions, without rejected ones', () => {
    const recorded = proposals();
    recorded.discrepancies[1] = { ...recorded.discrepancies[1]!, status: 'rejected' };
    const contradicts = { id: 'r1', type: 'contradicts', from: 'b', to: 'a', author: '', created: '' };
    const found = groupDifferences(group('g', ['a', 'b']), recorded, [contradicts], (id) => `quote ${id}`);
    expect(found.map((d) => [d.kind, d.status])).toEqual([
      ['value', 'proposed'],
      ['contradiction', 'marked'],
    ]);
    expect(found[1]?.detail).toBe('marked as contradicting: “quote b” vs “quote a”');
    expect(groupDifferences(group('g', ['a']), recorded, [contradicts], () => '')).toEqual([]);
  });

  it('steps stay inside the list', () => {
    const list = proposals().discrepancies;
    expect(stepDifference(list, null, -1)).toBe('x2');
    expect(stepDifference(list, 'x2', 1)).toBe('x2');
    expect(stepDifference([], 'x2', 1)).toBeNull();
  });
});
