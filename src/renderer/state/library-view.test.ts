import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../api/contract';
import {
  annotatorFacet,
  assigneeFacet,
  assignmentsByDocument,
  INITIAL_LIBRARY,
  isoDate,
  labelFacet,
  outletFacet,
  tagFacet,
  type LibraryFacts,
  selectionAfterClick,
  spanCounts,
  visibleDocuments,
  type LibraryView,
} from './library-view';

const doc = (id: string, title: string, more: Partial<DocumentSummary> = {}): DocumentSummary =>
  ({ id, title, source: `${id}.txt`, ...more }) as DocumentSummary;

const DOCS = [
  doc('a', 'Troops move north', { outlet: 'Ledger', published: '2025-03-02' }),
  doc('b', 'Ceasefire talks', { outlet: 'Gazette', published: '2025-01-15', done: true }),
  doc('c', 'Harbour closed', { outlet: 'Ledger', tags: ['Ports', 'urgent'] }),
  doc('d', 'alpha report 10', { author: 'Ana Ruiz', published: '2024-12' }),
  doc('e', 'Alpha report 9', { outlet: 'Courier', published: '2025-02-01', tags: ['ports'] }),
];
const indexed = (labels: Record<string, number>, annotators: string[]) => ({
  spans: Object.values(labels).reduce((a, b) => a + b, 0),
  orphaned: 0,
  labels,
  annotators,
});
const COUNTS = spanCounts(
  {
    a: [
      { label: 'Claim', author: 'ana' },
      { label: 'Source', author: 'ben' },
    ],
  },
  { b: indexed({ Claim: 5 }, ['ben']), e: indexed({ Cue: 1 }, ['cy']) },
);
const FACTS: LibraryFacts = {
  counts: COUNTS,
  assignments: assignmentsByDocument([
    { annotator: 'ana', documentId: 'a' },
    { annotator: 'ana', documentId: 'b', done: '2026-01-02T00:00:00Z' },
    { annotator: 'ben', documentId: 'b' },
  ]),
  me: 'ana',
};
const ids = (view: Partial<LibraryView>): string[] =>
  visibleDocuments(DOCS, { ...INITIAL_LIBRARY, ...view }, FACTS).map((d) => d.id);

describe('the library view', () => {
  it('filters as you type over title, outlet, author and date: every word must match', () => {
    expect(ids({ query: 'ledger' })).toEqual(['a', 'c']);
    expect(ids({ query: 'ALPHA ana' })).toEqual(['d']);
    expect(ids({ query: '2025-01' })).toEqual(['b']);
    expect(ids({ query: 'report nothing' })).toEqual([]);
    expect(ids({ query: 'ports' })).toEqual(['c', 'e']);
  });

  it('sorts by title (numbers in order), date (undated last), source and annotation count; ties keep import order', () => {
    expect(ids({ sort: 'title' })).toEqual(['e', 'd', 'b', 'c', 'a']);
    expect(ids({ sort: 'date' })).toEqual(['d', 'b', 'e', 'a', 'c']);
    expect(ids({ sort: 'date', descending: true })).toEqual(['a', 'e', 'b', 'd', 'c']);
    expect(ids({ sort: 'source' })).toEqual(['e', 'b', 'a', 'c', 'd']);
    expect(ids({ sort: 'annotations', descending: true })).toEqual(['b', 'a', 'e', 'c', 'd']);
    expect(ids({ sort: 'imported', descending: true })).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('narrows by outlet, status, date range and label, and counts each facet', () => {
    expect(ids({ outlet: 'Ledger' })).toEqual(['a', 'c']);
    expect(ids({ done: 'done' })).toEqual(['b']);
    expect(ids({ done: 'open' })).toEqual(['a', 'c', 'd', 'e']);
    expect(ids({ from: '2025-01-01', to: '2025-02-28' })).toEqual(['b', 'e']);
    expect(ids({ label: 'Claim' })).toEqual(['a', 'b']);
    expect(outletFacet(DOCS)).toEqual([
      { value: 'Ledger', count: 2 },
      { value: 'Courier', count: 1 },
      { value: 'Gazette', count: 1 },
    ]);
    expect(labelFacet(DOCS, COUNTS)).toEqual([
      { value: 'Claim', count: 2 },
      { value: 'Cue', count: 1 },
      { value: 'Source', count: 1 },
    ]);
    expect(isoDate('2024-12')).toBe('2024-12-01');
    expect(isoDate('March 2025')).toBeNull();
  });

  it('narrows by tag (any case), annotator, assignee and my queue, and counts each facet', () => {
    expect(ids({ tag: 'PORTS' })).toEqual(['c', 'e']);
    expect(ids({ annotator: 'ben' })).toEqual(['a', 'b']);
    expect(ids({ assignee: 'ana' })).toEqual(['a', 'b']);
    expect(ids({ queue: true })).toEqual(['a']);
    expect(ids({ queue: true, assignee: 'ben' })).toEqual([]);
    expect(tagFacet(DOCS)).toEqual([
      { value: 'Ports', count: 2 },
      { value: 'urgent', count: 1 },
    ]);
    expect(annotatorFacet(DOCS, COUNTS)).toEqual([
      { value: 'ben', count: 2 },
      { value: 'ana', count: 1 },
      { value: 'cy', count: 1 },
    ]);
    expect(assigneeFacet(DOCS, FACTS)).toEqual([
      { value: 'ana', count: 2 },
      { value: 'ben', count: 1 },
    ]);
  });

  it('prefers the spans the renderer holds over the corpus index counts', () => {
    const counts = spanCounts({ b: [] }, { b: indexed({ Claim: 5 }, ['ben']) });
    expect(counts('b')).toEqual({ spans: 0, labels: {}, annotators: [] });
    expect(counts('z')).toBeUndefined();
  });

  it('opens without selecting on a plain click, toggles with Ctrl or the box, takes the range from the anchor with Shift', () => {
    const order = ['a', 'b', 'c', 'd', 'e'];
    let view = selectionAfterClick(order, { selected: [], anchor: null }, 'b', { shift: false, toggle: false });
    expect(view).toEqual({ selected: [], anchor: 'b' });
    view = selectionAfterClick(order, view, 'd', { shift: true, toggle: false });
    expect(view).toEqual({ selected: ['b', 'c', 'd'], anchor: 'b' });
    expect(selectionAfterClick(order, view, 'e', { shift: false, toggle: false })).toEqual({
      selected: ['b', 'c', 'd'],
      anchor: 'e',
    });
    view = selectionAfterClick(order, view, 'c', { shift: false, toggle: true });
    expect(view).toEqual({ selected: ['b', 'd'], anchor: 'c' });
    view = selectionAfterClick(order, view, 'a', { shift: true, toggle: true });
    expect([...view.selected].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
