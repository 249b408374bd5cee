import type { DocumentCounts, DocumentSummary } from '../../api/contract';

export type LibrarySortKey = 'imported' | 'title' | 'date' | 'source' | 'annotations';
export type DoneFacet = 'all' | 'done' | 'open';

/** How the library shows the documents: the words typed, the order, the facets, and what is selected. */
export interface LibraryView {
  readonly query: string;
  readonly sort: LibrarySortKey;
  readonly descending: boolean;
  readonly outlet: string | null;
  /** Published on or after / on or before (YYYY-MM-DD, or '' for no bound). */
  readonly from: string;
  readonly to: string;
  readonly done: DoneFacet;
  /** Only documents with at least one span of this label. */
  readonly label: string | null;
  readonly selected: readonly string[];
  /** Where a Shift+click or Shift+arrow range starts. */
  readonly anchor: string | null;
}

export const INITIAL_LIBRARY: LibraryView = {
  query: '',
  sort: 'imported',
  descending: false,
  outlet: null,
  from: '',
  to: '',
  done: 'all',
  label: null,
  selected: [],
  anchor: null,
};

/** Span counts by document: those the renderer holds, else what the service counted. */
export type SpanCounts = (id: string) => { spans: number; labels: Readonly<Record<string, number>> } | undefined;

const haystacks = new WeakMap<DocumentSummary, string>();
function haystackOf(document: DocumentSummary): string {
  let text = haystacks.get(document);
  if (text === undefined) {
    text = [document.title, document.outlet, document.author, document.published, document.source]
      .filter(Boolean)
      .join('\n')
      .toLocaleLowerCase();
    haystacks.set(document, text);
  }
  return text;
}

/** The date part of a published value when it starts like an ISO date, else null. */
export function isoDate(published: string | undefined): string | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published ?? '');
  if (!match) return null;
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
}

export function matchesView(document: DocumentSummary, view: LibraryView, counts: SpanCounts): boolean {
  if (view.outlet !== null && (document.outlet ?? '') !== view.outlet) return false;
  if (view.done === 'done' && !document.done) return false;
  if (view.done === 'open' && document.done) return false;
  if (view.from || view.to) {
    const date = isoDate(document.published);
    if (!date || (view.from && date < view.from) || (view.to && date > view.to)) return false;
  }
  if (view.label !== null && !(counts(document.id)?.labels[view.label] ?? 0)) return false;
  const words = view.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = haystackOf(document);
  return words.every((w) => haystack.includes(w));
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function comparator(view: LibraryView, counts: SpanCounts): (a: DocumentSummary, b: DocumentSummary) => number {
  const direction = view.descending ? -1 : 1;
  const missingLast = (a: string | null, b: string | null, compare: (x: string, y: string) => number): number =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : direction * compare(a, b);
  switch (view.sort) {
    case 'title':
      return (a, b) => direction * collator.compare(a.title, b.title);
    case 'date':
      return (a, b) => missingLast(isoDate(a.published), isoDate(b.published), (x, y) => x.localeCompare(y));
    case 'source':
      return (a, b) =>
        missingLast(a.outlet ?? null, b.outlet ?? null, (x, y) => collator.compare(x, y)) ||
        collator.compare(a.source, b.source);
    case 'annotations':
      return (a, b) => direction * ((counts(a.id)?.spans ?? 0) - (counts(b.id)?.spans ?? 0));
    case 'imported':
      return () => 0;
  }
}

/** The documents the library lists, filtered and in order (ties keep the import order). */
export function visibleDocuments(
  documents: readonly DocumentSummary[],
  view: LibraryView,
  counts: SpanCounts,
): readonly DocumentSummary[] {
  const shown = documents.filter((d) => matchesView(d, view, counts));
  if (view.sort === 'imported') return view.descending ? shown.reverse() : shown;
  const compare = comparator(view, counts);
  const order = new Map(documents.map((d, i) => [d.id, i]));
  return shown.sort((a, b) => compare(a, b) || order.get(a.id)! - order.get(b.id)!);
}

/** Each outlet with how many documents it has, most first. */
export function outletFacet(documents: readonly DocumentSummary[]): Array<{ outlet: string; count: number }> {
  const counts = new Map<string, number>();
  for (const d of documents) if (d.outlet) counts.set(d.outlet, (counts.get(d.outlet) ?? 0) + 1);
  return [...counts]
    .map(([outlet, count]) => ({ outlet, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.outlet, b.outlet));
}

/** Each label with how many documents have a span of it. */
export function labelFacet(
  documents: readonly DocumentSummary[],
  counts: SpanCounts,
): Array<{ label: string; count: number }> {
  const tally = new Map<string, number>();
  for (const d of documents)
    for (const [label, n] of Object.entries(counts(d.id)?.labels ?? {}))
      if (n > 0) tally.set(label, (tally.get(label) ?? 0) + 1);
  return [...tally].map(([label, count]) => ({ label, count })).sort((a, b) => collator.compare(a.label, b.label));
}

/** Counts from the spans the renderer holds, falling back on the service's counts for the others. */
export function spanCounts(
  annotations: Readonly<Record<string, ReadonlyArray<{ label: string }>>>,
  counted: DocumentCounts,
): SpanCounts {
  const cache = new Map<string, { spans: number; labels: Record<string, number> }>();
  return (id) => {
    const held = annotations[id];
    if (!held) return counted[id];
    let result = cache.get(id);
    if (!result) {
      const labels: Record<string, number> = {};
      for (const s of held) labels[s.label] = (labels[s.label] ?? 0) + 1;
      cache.set(id, (result = { spans: held.length, labels }));
    }
    return result;
  };
}

/** The selection after a click: plain selects one, Ctrl/⌘ toggles one, Shift selects the range from the anchor. */
export function selectionAfterClick(
  order: readonly string[],
  view: Pick<LibraryView, 'selected' | 'anchor'>,
  id: string,
  modifiers: { shift: boolean; toggle: boolean },
): Pick<LibraryView, 'selected' | 'anchor'> {
  if (modifiers.shift && view.anchor !== null && order.includes(view.anchor)) {
    const [i, j] = [order.indexOf(view.anchor), order.indexOf(id)];
    const range = order.slice(Math.min(i, j), Math.max(i, j) + 1);
    const base = modifiers.toggle ? view.selected.filter((s) => !range.includes(s)) : [];
    return { selected: [...base, ...range], anchor: view.anchor };
  }
  if (modifiers.toggle) {
    const selected = view.selected.includes(id) ? view.selected.filter((s) => s !== id) : [...view.selected, id];
    return { selected, anchor: id };
  }
  return { selected: [id], anchor: id };
}
