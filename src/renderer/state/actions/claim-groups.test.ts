import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClaimGroupActions } from './claim-groups';
import { createEditCommands } from './edit-commands';
import { createEdits } from './edits';
import { fakeContext, fakeService, group, span } from './fake-service';
import { createLoading } from './loading';
import { createSelectionActions } from './selection';

function setUp() {
  const service = fakeService();
  service.groups = [group('g1', ['a', 'b']), group('g2', ['c'])];
  const annotations = {
    d1: [span('a', 'd1', 0, 1)],
    d2: [span('b', 'd2', 0, 1), span('c', 'd2', 2, 3), span('e', 'd2', 4, 5)],
  };
  const ctx = fakeContext(service, { annotations, claimGroups: service.groups, selectedAnnotationId: 'c' });
  const loading = createLoading(ctx);
  const edits = createEdits(ctx, loading);
  const commands = createEditCommands(edits, loading.refreshLinks);
  const groups = createClaimGroupActions(ctx, edits, commands, createSelectionActions(ctx));
  const members = (): Record<string, readonly string[]> =>
    Object.fromEntries(ctx.store.get().claimGroups.map((g) => [g.id, g.members]));
  return { service, ctx, groups, members };
}

describe('claim group actions', () => {
  beforeEach(() => vi.stubGlobal('requestAnimationFrame', () => 0));
  afterEach(() => vi.unstubAllGlobals());

  it('moving a span to another group takes it out of its own; one undo puts both back', async () => {
    const { ctx, groups, members } = setUp();
    await groups.addToGroup('g2', 'b');
    expect(members()).toEqual({ g1: ['a'], g2: ['c', 'b'] });
    expect(ctx.store.get().selectedAnnotationId).toBe('b');
    expect(ctx.store.get().undo.undoName).toBe('add to claim group');
    await ctx.history.undo();
    expect(members()).toEqual({ g1: ['a', 'b'], g2: ['c'] });
    await ctx.history.redo();
    expect(members()).toEqual({ g1: ['a'], g2: ['c', 'b'] });
  });

  it('a new group for a grouped span moves it; undo deletes the new group and restores the old', async () => {
    const { service, ctx, groups, members } = setUp();
    await groups.newClaimGroup('a', 'One claim');
    const made = service.groups.find((g) => g.statement === 'One claim')!;
    expect(members()).toEqual({ g1: ['b'], g2: ['c'], [made.id]: ['a'] });
    await ctx.history.undo();
    expect(members()).toEqual({ g1: ['a', 'b'], g2: ['c'] });
  });

  it('starting a group from the selected span uses its quote; a grouped span or no selection starts none', async () => {
    const { ctx, groups, service } = setUp();
    groups.newClaimGroupForSelected();
    ctx.store.set((s) => ({ ...s, selectedAnnotationId: 'e' }));
    groups.newClaimGroupForSelected();
    await vi.waitFor(() => expect(service.groups).toHaveLength(3));
    expect(service.groups[2]).toMatchObject({ statement: 'q', members: ['e'] });
    ctx.store.set((s) => ({ ...s, selectedAnnotationId: null }));
    groups.newClaimGroupForSelected();
    expect(ctx.store.get().alerts.at(-1)?.message).toMatch(/^Select a claim first/);
  });

  it('rewording and deleting are undoable; an unchanged statement is no edit', async () => {
    const { ctx, groups, service } = setUp();
    await groups.setGroupStatement('g1', 'a claim');
    expect(ctx.store.get().undo.canUndo).toBe(false);
    await groups.setGroupStatement('g1', 'Reworded');
    await groups.deleteGroup('g1');
    expect(service.groups.map((g) => g.id)).toEqual(['g2']);
    await ctx.history.undo();
    await ctx.history.undo();
    expect(service.groups.find((g) => g.id === 'g1')).toMatchObject({ statement: 'a claim', members: ['a', 'b'] });
  });
});
