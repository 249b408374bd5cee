import { describe, expect, it } from 'vitest';
import type { DocumentSummary, SpanCounts } from '../../../api/contract';
import { defaultSchema } from '../../../core/default-schema';
import { initialState, type AppState } from '../app-state';
import { createActions } from '../app-actions';
import { annotatorsNotLoaded, curatedNotLoaded, hasOtherLayers, layerChoices } from '../article-layer';
import { createStore } from '../store';
import { fakeContext, fakeService, group, span } from './fake-service';
import { createLoading } from './loading';
import { createViewDataActions } from './view-data';

const doc = (id: string): DocumentSummary => ({ id, title: `Title ${id}`, source: `${id}.txt` }) as DocumentSummary;
const counts = (labels: Record<string, number>, annotators: string[] = []): SpanCounts => ({
  spans: Object.values(labels).reduce((a, b) => a + b, 0),
  orphaned: 0,
  labels,
  annotators,
});
const attributed = (id: string, from: string, to: string) => ({
  id,
  type: 'attributed-to',
  from,
  to,
  author: '',
  created: '2026-01-01T00:00:00.000Z',
});

/** Four documents with spans in the service: a claim group over b and c, c's claim attributed to a source in a. */
function corpus() {
  const service = fakeService();
  service.spans.set('a', [span('a-source', 'a', 0, 5, 'Source')]);
  service.spans.set('b', [span('b-claim', 'b', 0, 5)]);
  service.spans.set('c', [span('c-claim', 'c', 0, 5)]);
  service.spans.set('d', [span('d-claim', 'd', 0, 5)]);
  service.relations = [attributed('r1', 'c-claim', 'a-source')];
  service.groups = [group('g1', ['b-claim', 'c-claim'])];
  const documentCounts = {
    a: counts({ Source: 1 }, ['ana']),
    b: counts({ Claim: 1 }),
    c: counts({ Claim: 1 }),
    d: counts({ Claim: 1 }, ['ben']),
  };
  const state: Partial<AppState> = {
    documents: ['a', 'b', 'c', 'd'].map(doc),
    documentCounts,
    relations: service.relations,
    claimGroups: service.groups,
  };
  const ctx = fakeContext(service, state);
  const view = createViewDataActions(ctx, createLoading(ctx));
  return { service, ctx, view };
}

const spanCalls = (calls: readonly string[]) =>
  calls.filter((m) => m === 'listAnnotations' || m === 'listAnnotationsOf' || m === 'locateSpans');

describe('start-up', () => {
  it('reads the library and the links, and no document’s spans when no pane was open', async () => {
    const service = fakeService({
      getWorkspace: () => ({
        name: 'ws',
        path: '/ws',
        formatVersion: 1,
        schema: defaultSchema,
        problems: [],
        annotator: 'ana',
      }),
      listDocumentIndex: () => ['a', 'b'].map((id) => ({ ...doc(id), counts: counts({ Claim: 50 }) })),
      listAssignments: () => ({ me: 'ana', assignments: [] }),
      listCompareProposals: () => ({ groups: [], discrepancies: [] }),
    });
    service.spans.set('a', [span('a1', 'a', 0, 1)]);
    const store = createStore<AppState>(initialState, (then) => then());
    await createActions(service.api, store).start();
    expect(store.get().documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(store.get().documentCounts['a']?.spans).toBe(50);
    expect(store.get().annotations).toEqual({});
    expect(spanCalls(service.calls)).toEqual([]);
  });
});

describe('what a view needs, read when it is shown', () => {
  it('a matrix page reads its members’ documents and their sources’, in one call each', async () => {
    const { service, ctx, view } = corpus();
    await view.loadMatrixGroups(['g1']);
    expect(Object.keys(ctx.store.get().annotations).sort()).toEqual(['a', 'b', 'c']);
    expect(spanCalls(service.calls)).toEqual(['locateSpans', 'listAnnotationsOf']);
    await view.loadMatrixGroups(['g1']);
    expect(spanCalls(service.calls)).toHaveLength(2);
  });

  it('spans read for a view never replace the ones a document already holds in the state', async () => {
    const { ctx, view } = corpus();
    const edited = span('b-claim', 'b', 0, 9);
    ctx.store.set((s) => ({ ...s, annotations: { b: [edited] } }));
    await view.loadMatrixGroups(['g1']);
    expect(ctx.store.get().annotations['b']).toEqual([edited]);
  });

  it('the sources view reads the documents holding sources and the claims attributed to them', async () => {
    const { ctx, view } = corpus();
    await view.loadSourcesView();
    expect(Object.keys(ctx.store.get().annotations).sort()).toEqual(['a', 'c']);
  });

  it('the inspector reads the other ends of a span’s links and its group', async () => {
    const { ctx, view } = corpus();
    await view.loadLinkedSpans('c-claim');
    expect(Object.keys(ctx.store.get().annotations).sort()).toEqual(['a', 'b', 'c']);
  });

  it('a failed look-up says so', async () => {
    const { service, ctx, view } = corpus();
    service.refuse('locateSpans', 'the disk is gone');
    await view.loadAttributedSources();
    expect(ctx.store.get().alerts.map((a) => a.message)).toEqual([
      'Could not find the documents of linked annotations: the disk is gone',
    ]);
  });
});

describe('layers of documents not loaded', () => {
  it('come from the corpus index, so the layer switch offers every annotator', () => {
    const annotations = { a: [{ ...span('a1', 'a', 0, 1), author: 'ana' }] };
    const documentCounts = { a: counts({ Claim: 1 }, ['ana']), d: counts({ Claim: 1 }, ['ben', 'ana']) };
    const elsewhere = annotatorsNotLoaded({ annotations, documentCounts });
    expect(elsewhere).toEqual(['ana', 'ben']);
    expect(layerChoices(annotations, 'ana', elsewhere).map((c) => c.label)).toEqual([
      'My layer (ana)',
      'All annotators',
      'ben',
    ]);
  });

  it('a curated layer in a document not loaded is offered too (the corpus index counts curated spans)', () => {
    const annotations = { a: [{ ...span('a1', 'a', 0, 1), author: 'ana' }] };
    const documentCounts = { a: counts({ Claim: 1 }, ['ana']), d: { ...counts({ Claim: 2 }, ['ana']), curated: 2 } };
    const curated = curatedNotLoaded({ annotations, documentCounts });
    expect(curated).toBe(true);
    expect(hasOtherLayers(annotations, 'ana', [], curated)).toBe(true);
    expect(layerChoices(annotations, 'ana', [], curated).map((c) => c.label)).toContain('Curated');
    // Once that document is loaded, its spans say so themselves.
    expect(curatedNotLoaded({ annotations: { ...annotations, d: [] }, documentCounts })).toBe(false);
  });
});
