import { describe, expect, it } from 'vitest';
import type { IndexedDocument } from '../../../api/contract';
import { encodeLibraryRow } from '../../../api/library-rows';
import { fakeContext, fakeService } from './fake-service';
import { createLoading } from './loading';

const indexed = (n: number): IndexedDocument =>
  ({
    id: `d${n}`,
    title: `Article ${n}`,
    source: `a${n}.txt`,
    sha256: 'a'.repeat(64),
    note: '<p>a note the library does not need</p>',
    counts: { spans: n, orphaned: 0, labels: { Claim: n }, annotators: ['ana'] },
  }) as unknown as IndexedDocument;

function setUp(count: number) {
  let rows = Array.from({ length: count }, (_, i) => indexed(i + 1));
  const pages: Array<{ offset: number; limit: number }> = [];
  const service = fakeService({
    listLibraryRows: ({ offset, limit }: { offset: number; limit: number }) => {
      pages.push({ offset, limit });
      return { total: rows.length, rows: rows.slice(offset, offset + limit).map(encodeLibraryRow) };
    },
  });
  const ctx = fakeContext(service);
  return { ctx, pages, loading: createLoading(ctx), setRows: (next: IndexedDocument[]) => (rows = next) };
}

describe('the library rows', () => {
  it('show the first page at once with the room of the rest, then every row with its counts', async () => {
    const { ctx, pages, loading } = setUp(2700);
    let atFirstPage: { rows: number; pending: number } | null = null;
    const done = await loading.refreshDocuments(() => {
      const s = ctx.store.get();
      atFirstPage = { rows: s.documents.length, pending: s.documentsPending };
    });
    expect(done).toBe(true);
    expect(atFirstPage).toEqual({ rows: 100, pending: 2600 });
    expect(pages).toEqual([
      { offset: 0, limit: 100 },
      { offset: 100, limit: 2500 },
      { offset: 2600, limit: 2500 },
    ]);
    const state = ctx.store.get();
    expect(state.documents).toHaveLength(2700);
    expect(state.documentsPending).toBe(0);
    expect(state.documents[2699]).toEqual({ id: 'd2700', title: 'Article 2700', source: 'a2700.txt' });
    expect(state.documentCounts['d2700']).toEqual({
      spans: 2700,
      orphaned: 0,
      labels: { Claim: 2700 },
      annotators: ['ana'],
    });
  });

  it('of a small workspace come in one call', async () => {
    const { ctx, pages, loading } = setUp(3);
    await loading.refreshDocuments();
    expect(pages).toHaveLength(1);
    expect(ctx.store.get().documents.map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
  });

  it('from a later refresh replace those of one still under way', async () => {
    const { ctx, loading, setRows } = setUp(300);
    const first = loading.refreshDocuments();
    setRows([indexed(7)]);
    const second = loading.refreshDocuments();
    await Promise.all([first, second]);
    expect(ctx.store.get().documents.map((d) => d.id)).toEqual(['d7']);
    expect(ctx.store.get().documentsPending).toBe(0);
  });

  it('stay as they were when a page cannot be read, and the analyst is told', async () => {
    const { ctx, loading } = setUp(3);
    await loading.refreshDocuments();
    const service = fakeService({ listDocumentIndex: () => [] });
    service.refuse('listLibraryRows', 'the corpus index is unreadable');
    const failing = createLoading({ ...ctx, api: service.api });
    expect(await failing.refreshDocuments()).toBe(false);
    expect(ctx.store.get().documents).toHaveLength(3);
    expect(ctx.store.get().alerts.at(-1)?.message).toContain('the corpus index is unreadable');
  });
});
