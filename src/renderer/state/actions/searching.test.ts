import { describe, expect, it } from 'vitest';
import type { CollateDocument } from '../../../core/model';
import { fakeContext, fakeService } from './fake-service';
import { createSearchActions } from './searching';

const doc = (id: string, text: string): CollateDocument => ({ id, title: id, text }) as CollateDocument;

function setUp() {
  const ctx = fakeContext(fakeService(), {
    openIds: ['d1', 'd2'],
    recency: ['d2', 'd1'],
    loaded: { d1: doc('d1', 'troops and more troops'), d2: doc('d2', 'Troops: 10,000') },
  });
  return { ctx, search: createSearchActions(ctx) };
}

describe('search actions', () => {
  it('finds the text in every open document, the first hit current; steps round', () => {
    const { ctx, search } = setUp();
    search.setSearch({ text: 'troops' });
    expect(ctx.store.get().search.hits.map((h) => h.documentId)).toEqual(['d1', 'd1', 'd2']);
    expect(ctx.store.get().search.current).toBe(0);
    search.stepSearch(-1);
    expect(ctx.store.get().search.current).toBe(2);
  });

  it('searches the pane last used only, when asked', () => {
    const { ctx, search } = setUp();
    search.setSearch({ text: 'troops', scope: 'active' });
    expect(ctx.store.get().search.hits.map((h) => h.documentId)).toEqual(['d1', 'd1']);
  });

  it('shows a bad pattern as an error, with no hits', () => {
    const { ctx, search } = setUp();
    search.setSearch({ text: '(', regex: true });
    expect(ctx.store.get().search).toMatchObject({ hits: [], current: -1 });
    expect(ctx.store.get().search.error).toEqual(expect.any(String));
  });
});
