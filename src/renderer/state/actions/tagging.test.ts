import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CollateDocument } from '../../../core/model';
import { createEditCommands } from './edit-commands';
import { createEdits } from './edits';
import { fakeContext, fakeService, span, type FakeService } from './fake-service';
import { createLoading } from './loading';
import { createPaneActions } from './panes';
import { createSelectionActions } from './selection';
import { createTaggingActions } from './tagging';

const TEXT = 'The minister said 10,000 troops were sent.';
const doc = { id: 'd1', title: 'Article', text: TEXT } as CollateDocument;

function setUp(service: FakeService = fakeService()) {
  const ctx = fakeContext(service, {
    loaded: { d1: doc },
    annotations: { d1: [] },
    openIds: ['d1'],
    recency: ['d1'],
    // Two fragments kept with "Add fragment": "The minister" and "10,000 troops".
    pendingFragments: {
      documentId: 'd1',
      fragments: [
        { start: 18, end: 31 },
        { start: 0, end: 12 },
      ],
    },
  });
  const loading = createLoading(ctx);
  const edits = createEdits(ctx, loading);
  const commands = createEditCommands(edits, loading.refreshLinks);
  const selection = createSelectionActions(ctx);
  const tagging = createTaggingActions(ctx, edits, commands, createPaneActions(ctx, loading), selection);
  return { ctx, tagging };
}

describe('tagging', () => {
  beforeEach(() => {
    // No text selected in any pane: the pending fragments are what gets tagged.
    vi.stubGlobal('document', { getSelection: () => null });
    vi.stubGlobal('requestAnimationFrame', () => 0);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('joins the pending fragments into one discontinuous span, drawn at once and then saved', async () => {
    let answer = (): void => {};
    const service: FakeService = fakeService({
      createAnnotation: async (a: { start: number; end: number }) => {
        await new Promise<void>((resolve) => (answer = resolve));
        const saved = span('saved-1', 'd1', a.start, a.end);
        service.spans.set('d1', [saved]);
        return saved;
      },
    });
    const { ctx, tagging } = setUp(service);
    const done = tagging.tagSelection('Claim');
    await vi.waitFor(() => expect(service.calls).toContain('createAnnotation'));
    const draft = ctx.store.get().annotations.d1![0]!;
    expect(draft).toMatchObject({ id: 'pending-1', start: 0, end: 31, quote: 'The minister 10,000 troops' });
    expect(ctx.store.get()).toMatchObject({ pendingFragments: null, selectedAnnotationId: 'pending-1' });
    answer();
    await done;
    expect(ctx.store.get().annotations.d1!.map((s) => s.id)).toEqual(['saved-1']);
    expect(ctx.store.get().selectedAnnotationId).toBe('saved-1');
    await ctx.history.undo();
    expect(ctx.store.get().annotations.d1).toEqual([]);
    expect(service.spans.get('d1')).toEqual([]);
  });

  it('takes the draft away and says why when the service refuses the span', async () => {
    const service = fakeService();
    service.refuse('createAnnotation', 'the label is not in the schema');
    const { ctx, tagging } = setUp(service);
    await tagging.tagSelection('Rumour');
    expect(ctx.store.get().annotations.d1).toEqual([]);
    expect(ctx.store.get().selectedAnnotationId).toBeNull();
    expect(ctx.store.get().alerts.at(-1)?.message).toBe(
      'Could not tag “The minister 10,000 troops” in “Article” as Rumour: the label is not in the schema',
    );
    expect(ctx.store.get().undo.canUndo).toBe(false);
  });

  it('asks for a selection when there is nothing to tag', async () => {
    const { ctx, tagging } = setUp();
    ctx.store.set((s) => ({ ...s, pendingFragments: null }));
    await tagging.tagSelection('Claim');
    expect(ctx.store.get().alerts.at(-1)?.message).toBe('Select some text in an article before tagging it as Claim.');
  });
});
