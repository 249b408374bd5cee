import { describe, expect, it } from 'vitest';
import { createEditCommands } from './edit-commands';
import { createEdits } from './edits';
import { fakeContext, fakeService, group, span } from './fake-service';
import { createLoading } from './loading';

function setUp() {
  const service = fakeService();
  const a = span('a', 'd1', 0, 4);
  const b = span('b', 'd2', 0, 4);
  service.spans.set('d1', [a]);
  service.spans.set('d2', [b]);
  service.relations = [{ id: 'r1', type: 'supports', from: 'a', to: 'b', author: '', created: '' }];
  service.groups = [group('g1', ['a', 'b'])];
  const ctx = fakeContext(service, {
    annotations: { d1: [a], d2: [b] },
    relations: service.relations,
    claimGroups: service.groups,
    selectedAnnotationId: 'a',
  });
  const loading = createLoading(ctx);
  const edits = createEdits(ctx, loading);
  return { service, ctx, edits, commands: createEditCommands(edits, loading.refreshLinks), a };
}

describe('primitive edits and their commands', () => {
  it('a deleted span leaves the state at once and is put back, links too, on undo', async () => {
    const { service, ctx, edits, commands, a } = setUp();
    const links = await edits.removeSpan(a);
    expect(links?.relations.map((r) => r.id)).toEqual(['r1']);
    expect(ctx.store.get().annotations.d1).toEqual([]);
    expect(ctx.store.get().selectedAnnotationId).toBeNull();
    expect(ctx.store.get().relations).toEqual([]);
    const command = commands.deleteCommand(a, links!);
    expect(await command.undo()).toBe(true);
    expect(ctx.store.get().annotations.d1?.map((s) => s.id)).toEqual(['a']);
    expect(service.relations.map((r) => r.id)).toEqual(['r1']);
    expect(ctx.store.get().claimGroups[0]?.members).toEqual(['a', 'b']);
    expect(await command.redo()).toBe(true);
    expect(service.spans.get('d1')).toEqual([]);
  });

  it('a delete the service refuses puts the span back and says why', async () => {
    const { service, ctx, edits, a } = setUp();
    service.refuse('deleteAnnotation', 'read-only workspace');
    expect(await edits.removeSpan(a)).toBeNull();
    expect(ctx.store.get().annotations.d1).toEqual([a]);
    const messages = ctx.store.get().alerts.map((x) => x.message);
    expect(messages).toEqual(['Could not delete the annotation: read-only workspace']);
  });

  it('a group command puts the group back as it was, or deletes the one that was new', async () => {
    const { service, ctx, commands } = setUp();
    const before = group('g1', ['a', 'b']);
    const after = group('g1', ['a']);
    expect(await commands.groupCommand('leave', before, after).undo()).toBe(true);
    expect(ctx.store.get().claimGroups[0]?.members).toEqual(['a', 'b']);
    expect(await commands.groupCommand('new', null, after).undo()).toBe(true);
    expect(service.groups).toEqual([]);
    expect(ctx.store.get().claimGroups).toEqual([]);
  });
});
