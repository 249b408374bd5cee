import { describe, expect, it } from 'vitest';
import type { Assignment, CorpusHit, DocumentSummary } from '../../../api/contract';
import { createCorpusSearchActions } from './corpus-search';
import { fakeContext, fakeService, span } from './fake-service';
import { createAssignmentActions } from './assignments';
import { createTagActions } from './document-tags';
import { createLibraryActions, libraryOrder } from './library';
import { createLoading } from './loading';
import type { PaneActions } from './panes';
import type { SelectionActions } from './selection';

const doc = (id: string, title: string): DocumentSummary => ({ id, title, source: `${id}.txt` }) as DocumentSummary;

function setUp() {
  let documents = [doc('a', 'Alpha'), doc('b', 'Beta'), doc('c', 'Gamma')];
  const trash = new Map<string, DocumentSummary>();
  let assignments: Assignment[] = [];
  const service = fakeService({
    listDocuments: () => documents,
    removeDocuments: ({ ids }: { ids: string[] }) =>
      ids.map((id) => {
        const gone = documents.find((d) => d.id === id)!;
        trash.set(id, gone);
        documents = documents.filter((d) => d.id !== id);
        return { id, title: gone.title, spans: (service.spans.get(id) ?? []).length, relations: 0 };
      }),
    restoreDocuments: ({ ids }: { ids: string[] }) =>
      ids.map((id) => {
        const back = trash.get(id)!;
        documents = [...documents, back];
        return back;
      }),
    listDocumentIndex: () =>
      documents.map((d) => ({
        ...d,
        counts: { spans: d.id === 'c' ? 4 : 0, orphaned: 0, labels: d.id === 'c' ? { Claim: 4 } : {}, annotators: [] },
      })),
    tagDocuments: ({ ids, add, remove }: { ids: string[]; add: string[]; remove: string[] }) =>
      ids.map((id) => {
        const d = documents.find((x) => x.id === id)!;
        const tags = [...(d.tags ?? []).filter((t) => !remove.includes(t)), ...add.filter((t) => !d.tags?.includes(t))];
        const next = { ...d, tags };
        documents = documents.map((x) => (x.id === id ? next : x));
        return next;
      }),
    updateDocument: ({ id, done }: { id: string; done: boolean }) => {
      const next = { ...documents.find((x) => x.id === id)!, done };
      documents = documents.map((x) => (x.id === id ? next : x));
      return next;
    },
    assignDocuments: ({ annotator, ids }: { annotator: string; ids: string[] }) => {
      assignments = [
        ...assignments,
        ...ids.map((documentId) => ({ id: `${annotator}-${documentId}`, annotator, documentId, assigned: 't' })),
      ];
      return { me: 'ana', assignments };
    },
    unassignDocuments: ({ annotator, ids }: { annotator: string; ids: string[] }) => {
      assignments = assignments.filter((a) => a.annotator !== annotator || !ids.includes(a.documentId));
      return { me: 'ana', assignments };
    },
    markAssignmentsDone: ({ ids, done }: { ids: string[]; done: boolean }) => {
      assignments = assignments.map((a) =>
        a.annotator === 'ana' && ids.includes(a.documentId) ? { ...a, done: done ? 'now' : undefined } : a,
      );
      return { me: 'ana', assignments };
    },
  });
  service.spans.set('a', [span('s1', 'a', 0, 2)]);
  const ctx = fakeContext(service, {
    documents,
    openIds: ['a', 'b'],
    recency: ['a', 'b'],
    annotations: { a: [span('s1', 'a', 0, 2)] },
  });
  const panes = { setPanes: (p: { openIds: string[]; recency: string[] }) => ctx.store.set((s) => ({ ...s, ...p })) };
  const assigning = createAssignmentActions(ctx);
  const actions = {
    ...createLibraryActions(ctx, createLoading(ctx), panes as unknown as PaneActions, assigning),
    ...assigning,
    ...createTagActions(ctx),
  };
  return { ctx, service, actions, loading: createLoading(ctx) };
}

describe('library actions', () => {
  it('selects with clicks in the order shown, and removes the selection with one undo step that restores it', async () => {
    const { ctx, actions } = setUp();
    actions.setLibrarySort('title', true);
    expect(libraryOrder(ctx.store.get())).toEqual(['c', 'b', 'a']);
    actions.clickDocument('c', { shift: false, toggle: false });
    expect(ctx.store.get().library.selected).toEqual([]);
    actions.clickDocument('b', { shift: true, toggle: false });
    expect(ctx.store.get().library.selected).toEqual(['c', 'b']);
    actions.clickDocument('a', { shift: false, toggle: true });
    await actions.removeDocuments(ctx.store.get().library.selected);
    let state = ctx.store.get();
    expect(state.documents).toEqual([]);
    expect(state.openIds).toEqual([]);
    expect(state.annotations['a']).toBeUndefined();
    expect(state.libraryNotice).toBe('Removed 3 documents with 1 annotation.');
    expect(state.undo).toMatchObject({ canUndo: true, undoName: 'remove 3 documents' });

    await ctx.history.undo();
    state = ctx.store.get();
    expect(state.documents.map((d) => d.id).sort()).toEqual(['a', 'b', 'c']);
    expect(state.annotations['a']).toHaveLength(1);
    expect(state.libraryNotice).toBe('Restored 3 documents.');
    await ctx.history.redo();
    expect(ctx.store.get().documents).toEqual([]);
  });

  it('says why a removal failed, removes nothing and adds no undo step', async () => {
    const { ctx, service, actions } = setUp();
    service.refuse('removeDocuments', 'the workspace is read-only');
    await actions.removeDocuments(['a']);
    expect(ctx.store.get().documents).toHaveLength(3);
    expect(ctx.store.get().alerts.map((a) => a.message)).toEqual([
      'Could not remove the documents: the workspace is read-only',
    ]);
    expect(ctx.store.get().undo.canUndo).toBe(false);
  });

  it('takes counts from the corpus index, filters by label with them, and opens the export dialog on the selection', async () => {
    const { ctx, actions, loading } = setUp();
    await loading.refreshDocuments();
    expect(ctx.store.get().documents[2]).not.toHaveProperty('counts');
    actions.setLibraryFacets({ label: 'Claim' });
    expect(libraryOrder(ctx.store.get())).toEqual(['a', 'c']);
    actions.exportSelection();
    expect(ctx.store.get().alerts.at(-1)?.message).toBe('Select documents in the library first.');
    actions.selectAllDocuments();
    actions.exportSelection();
    expect(ctx.store.get()).toMatchObject({ dialog: 'export', exportDocumentIds: ['a', 'c'] });
    actions.clearLibraryFilters();
    expect(libraryOrder(ctx.store.get())).toEqual(['a', 'b', 'c']);
  });
});

describe('tags and assignments from the library', () => {
  it('tags the selection, says what changed, and one undo step untags only the documents it tagged', async () => {
    const { ctx, actions, service } = setUp();
    await actions.tagDocuments(['a'], 'ports');
    await actions.tagDocuments(['a', 'b'], ' Ports ');
    expect(ctx.store.get().libraryNotice).toBe('Tagged 1 document #Ports.');
    expect(ctx.store.get().documents.map((d) => d.tags)).toEqual([['ports'], ['Ports'], undefined]);
    actions.setLibraryFacets({ tag: 'PORTS' });
    expect(libraryOrder(ctx.store.get())).toEqual(['a', 'b']);
    await ctx.history.undo();
    expect(ctx.store.get().documents.map((d) => d.tags)).toEqual([['ports'], [], undefined]);
    await actions.tagDocuments(['c'], 'bad,tag');
    expect(ctx.store.get().alerts.at(-1)?.message).toContain('holds a comma');
    expect(service.calls.filter((c) => c === 'tagDocuments')).toHaveLength(3);
  });

  it('assigns with undo, shows my queue, and marking done takes the document out of it', async () => {
    const { ctx, actions } = setUp();
    await actions.assignDocuments('ana', ['a', 'b']);
    await actions.assignDocuments('ben', ['b']);
    expect(ctx.store.get().libraryNotice).toBe('Assigned 1 document to ben.');
    await ctx.history.undo();
    expect(ctx.store.get().assignments.assignments.map((a) => a.annotator)).toEqual(['ana', 'ana']);
    actions.setLibraryFacets({ queue: true });
    expect(libraryOrder(ctx.store.get())).toEqual(['a', 'b']);
    await actions.markCurrentDone(true);
    expect(libraryOrder(ctx.store.get())).toEqual(['a']);
    expect(ctx.store.get().documents[1]!.done).toBe(true);
    await actions.markDone(['b'], false);
    expect(libraryOrder(ctx.store.get())).toEqual(['a', 'b']);
    await actions.assignDocuments('curated', ['c']);
    expect(ctx.store.get().alerts.at(-1)?.message).toContain('names a layer');
  });
});

describe('corpus search actions', () => {
  const hit = (documentId: string, spanId?: string): CorpusHit => ({
    documentId,
    title: documentId,
    kind: spanId ? 'annotation' : 'text',
    ...(spanId ? { spanId } : {}),
    start: 3,
    end: 8,
    snippet: '…',
    fields: ['text'],
    score: 1,
  });

  it('keeps only the answer to the last query, and opens a hit at its place', async () => {
    const answers: Array<(hits: CorpusHit[]) => void> = [];
    const service = fakeService({
      searchCorpus: () => new Promise<CorpusHit[]>((resolve) => answers.push(resolve)),
    });
    const ctx = fakeContext(service);
    const opened: string[] = [];
    const selected: string[] = [];
    const panes = {
      openDocument: async (id: string) => {
        opened.push(id);
        ctx.store.set((s) => ({ ...s, openIds: [...s.openIds, id] }));
      },
    } as unknown as PaneActions;
    const selection = { selectAnnotation: (id: string) => selected.push(id) } as unknown as SelectionActions;
    const actions = createCorpusSearchActions(ctx, panes, selection);
    const first = actions.searchCorpus('cease');
    const second = actions.searchCorpus('ceasefire');
    answers[1]!([hit('b')]);
    await second;
    answers[0]!([hit('a')]);
    await first;
    expect(ctx.store.get().corpusSearch).toMatchObject({ query: 'ceasefire', hits: [hit('b')], searching: false });

    await actions.openCorpusHit(hit('c', 's9'));
    expect(opened).toEqual(['c']);
    expect(selected).toEqual(['s9']);
    expect(ctx.store.get().flash).toMatchObject({ documentId: 'c', start: 3, end: 8 });

    await actions.searchCorpus('  ');
    expect(ctx.store.get().corpusSearch.hits).toEqual([]);
  });

  it('shows the service refusal in words', async () => {
    const service = fakeService({});
    service.refuse('searchCorpus', 'Bad arguments for searchCorpus: query too long');
    const ctx = fakeContext(service);
    const actions = createCorpusSearchActions(ctx, {} as PaneActions, {} as SelectionActions);
    await actions.searchCorpus('x');
    expect(ctx.store.get().corpusSearch.error).toBe('Bad arguments for searchCorpus: query too long');
  });
});
