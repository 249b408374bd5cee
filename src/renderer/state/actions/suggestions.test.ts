import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../api/contract';
import { createEdits } from './edits';
import { fakeContext, fakeService, span } from './fake-service';
import { createLoading } from './loading';
import { createSuggestionActions, idsToAccept } from './suggestions';

const suggestion = (id: string, label: Suggestion['label'], links?: Suggestion['links']): Suggestion => ({
  id,
  label,
  start: 0,
  end: 1,
  reason: 'test',
  score: 1,
  ...(links ? { links } : {}),
});

describe('suggestions', () => {
  it('accepting a claim brings its source and cue along while they are still open', () => {
    const claim = suggestion('c', 'Claim', { sourceId: 's', cueId: 'q' });
    expect(idsToAccept(claim, [claim, suggestion('s', 'Source'), suggestion('q', 'Cue')])).toEqual(['c', 's', 'q']);
    expect(idsToAccept(claim, [claim, suggestion('q', 'Cue')])).toEqual(['c', 'q']);
    expect(idsToAccept(suggestion('s', 'Source'), [])).toEqual(['s']);
  });

  it('accepted suggestions become spans and links in one undoable step; undo offers them again', async () => {
    let open = [suggestion('c', 'Claim', { sourceId: 's' }), suggestion('s', 'Source')];
    const service = fakeService({
      suggestAnnotations: () => open,
      acceptSuggestions: ({ ids }: { ids: string[] }) => {
        const spans = ids.map((id, i) => span(`span-${id}`, 'd1', i * 10, i * 10 + 5));
        for (const s of spans) service.spans.set('d1', [...(service.spans.get('d1') ?? []), s]);
        const relations = [{ id: 'r1', type: 'attributed-to', from: 'span-c', to: 'span-s', author: '', created: '' }];
        service.relations = relations;
        open = open.filter((x) => !ids.includes(x.id));
        return { spans, relations };
      },
    });
    const ctx = fakeContext(service, { suggestionsOn: true });
    const loading = createLoading(ctx);
    const edits = createEdits(ctx, loading);
    const actions = createSuggestionActions(ctx, loading, edits);
    await actions.acceptSuggestions('d1', ['c', 's']);
    expect(ctx.store.get().annotations.d1?.map((s) => s.id)).toEqual(['span-c', 'span-s']);
    expect(ctx.store.get().relations.map((r) => r.id)).toEqual(['r1']);
    expect(ctx.store.get().suggestions.d1).toEqual([]);
    expect(ctx.store.get().undo.undoName).toBe('accept 2 suggestions');
    open = [suggestion('c', 'Claim'), suggestion('s', 'Source')];
    await ctx.history.undo();
    expect(ctx.store.get().annotations.d1).toEqual([]);
    expect(ctx.store.get().suggestions.d1?.map((s) => s.id)).toEqual(['c', 's']);
  });

  it('suggestions fetched after they were turned off are not shown', async () => {
    const service = fakeService({ suggestAnnotations: () => [suggestion('c', 'Claim')] });
    const ctx = fakeContext(service, { suggestionsOn: false });
    const loading = createLoading(ctx);
    const edits = createEdits(ctx, loading);
    const actions = createSuggestionActions(ctx, loading, edits);
    await actions.loadSuggestions('d1');
    expect(ctx.store.get().suggestions).toEqual({});
  });
});
