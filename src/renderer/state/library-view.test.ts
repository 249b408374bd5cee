import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../api/contract';
import {
  INITIAL_LIBRARY,
  isoDate,
  labelFacet,
  outletFacet,
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
  doc('c', 'Harbour closed', { outlet: 'Ledger' }),
  doc('d', 'alpha report 10', { author: 'Ana Ruiz', published: '2024-12' }),
  doc('e', 'Alpha report 9', { outlet: 'Courier', published: '2025-02-01' }),
];
const COUNTS = spanCounts(
  { a: [{ label: 'Claim' }, { label: 'Source' }] },
  {
    b: { spans: 5, labels: { Claim: 5 } },
    e: { spans: 1, labels: { Cue: 1 } },
  },
);
const ids = (view: Partial<LibraryView>): string[] =>
  visibleDocuments(DOCS, { ...INITIAL_LIBRARY, ...view }, COUNTS).map((d) => d.id);

describe('the library view', () => {
  it('filters as you type over title, outlet, author and date: every word must match', () => {
    expect(ids({ query: 'ledger' })).toEqual(['a', 'c']);
    expect(ids({ query: 'ALPHA ana' })).toEqual(['d']);
    expect(ids({ query: '2025-01' })).toEqual(['b']);
    expect(ids({ query: 'report nothing' })).toEqual([]);
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
      { outlet: 'Ledger', count: 2 },
      { outlet: 'Courier', count: 1 },
      { outlet: 'Gazette', count: 1 },
    ]);
    expect(labelFacet(DOCS, COUNTS)).toEqual([
      { label: 'Claim', count: 2 },
      { label: 'Cue', count: 1 },
      { label: 'Source', count: 1 },
    ]);
    expect(isoDate('2024-12')).toBe('2024-12-01');
    expect(isoDate('March 2025')).toBeNull();
  });

  it('prefers the spans the renderer holds over the counts the service sent', () => {
    const counts = spanCounts({ b: [] }, { b: { spans: 5, labels: { Claim: 5 } } });
    expect(counts('b')).toEqual({ spans: 0, labels: {} });
    expect(counts('z')).toBeUndefined();
  });

  it('selects one on a click, toggles with Ctrl, takes the range from the anchor with Shift', () => {
    const order = ['a', 'b', 'c', 'd', 'e'];
    let view = selectionAfterClick(order, { selected: [], anchor: null }, 'b', { shift: false, toggle: false });
    expect(view).toEqual({ selected: ['b'], anchor: 'b' });
    view = selectionAfterClick(order, view, 'd', { shift: true, toggle: false });
    expect(view).toEqual({ selected: ['b', 'c', 'd'], anchor: 'b' });
    view = selectionAfterClick(order, view, 'c', { shift: false, toggle: true });
    expect(view).toEqual({ selected: ['b', 'd'], anchor: 'c' });
    view = selectionAfterClick(order, view, 'a', { shift: true, toggle: true });
    expect([...view.selected].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
