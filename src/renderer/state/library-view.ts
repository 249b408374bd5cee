import type { SpanCounts } from '../../api/contract';
import type { LibraryRow } from '../../api/library-rows';
import type { AssignmentState } from '../../core/assignment-progress';
import { tagCounts } from '../../core/document-tags';

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
  /** Only documents carrying this tag (compared without case). */
  readonly tag: string | null;
  /** Only documents in which this annotator made spans. */
  readonly annotator: string | null;
  /** Only documents assigned to this annotator. */
  readonly assignee: string | null;
  /** Only my queue: documents assigned to me that I have not marked done. */
  readonly queue: boolean;
  readonly selected: readonly string[];
  /** Where a Shift+click or Shift+arrow range starts. */
  readonly anchor: string | null;
}

export type LibraryFacet = 'outlet' | 'from' | 'to' | 'done' | 'label' | 'tag' | 'annotator' | 'assignee' | 'queue';

/** Every facet unset: what "Clear filters" goes back to. */
export const NO_FACETS: Pick<LibraryView, LibraryFacet> = {
  outlet: null,
  from: '',
  to: '',
  done: 'all',
  label: null,
  tag: null,
  annotator: null,
  assignee: null,
  queue: false,
};

export const INITIAL_LIBRARY: LibraryView = {
  query: '',
  sort: 'imported',
  descending: false,
  ...NO_FACETS,
  selected: [],
  anchor: null,
};

/** What a document's spans add up to (spans, by label, who made them); see `spanCounts`. */
export type CountsOf = (id: string) => Pick<SpanCounts, 'spans' | 'labels' | 'annotators'> | undefined;

/** Whether the view's filter or order reads span counts, which change as documents' spans load. */
export const viewReadsCounts = (view: LibraryView): boolean =>
  view.label !== null || view.annotator !== null || view.sort === 'annotations';

/** What the library filters and counts on besides the summaries: span counts, assignments, and who I am. */
export interface LibraryFacts {
  readonly counts: CountsOf;
  /** The assignments of a document. */
  readonly assignments: (id: string) => readonly AssignmentState[];
  /** The annotator this shell's edits carry (`listAssignments`'s `me`). */
  readonly me: string;
}

const NO_ASSIGNMENTS: readonly AssignmentState[] = [];

/** Assignments by document, for LibraryFacts. */
export function assignmentsByDocument(
  assignments: readonly AssignmentState[],
): (id: string) => readonly AssignmentState[] {
  const byDocument = new Map<string, AssignmentState[]>();
  for (const a of assignments) byDocument.set(a.documentId, [...(byDocument.get(a.documentId) ?? []), a]);
  return (id) => byDocument.get(id) ?? NO_ASSIGNMENTS;
}

/** Whether a document is in the annotator's queue: assigned to them and not marked done. */
export const inQueue = (facts: Pick<LibraryFacts, 'assignments'>, id: string, annotator: string): boolean =>
  facts.assignments(id).some((a) => a.annotator === annotator && !a.done);

const haystacks = new WeakMap<LibraryRow, string>();
function haystackOf(document: LibraryRow): string {
  let text = haystacks.get(document);
  if (text === undefined) {
    text = [
      document.title,
      document.outlet,
      document.author,
      document.published,
      document.source,
      ...(document.tags ?? []),
    ]
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

const hasTag = (document: LibraryRow, tag: string): boolean =>
  (document.tags ?? []).some((t) => t.toLocaleLowerCase() === tag.toLocaleLowerCase());

export function matchesView(document: LibraryRow, view: LibraryView, facts: LibraryFacts): boolean {
  const { counts } = facts;
  if (view.outlet !== null && (document.outlet ?? '') !== view.outlet) return false;
  if (view.done === 'done' && !document.done) return false;
  if (view.done === 'open' && document.done) return false;
  if (view.from || view.to) {
    const date = isoDate(document.published);
    if (!date || (view.from && date < view.from) || (view.to && date > view.to)) return false;
  }
  if (view.label !== null && !(counts(document.id)?.labels[view.label] ?? 0)) return false;
  if (view.tag !== null && !hasTag(document, view.tag)) return false;
  if (view.annotator !== null && !counts(document.id)?.annotators.includes(view.annotator)) return false;
  if (view.assignee !== null && !facts.assignments(document.id).some((a) => a.annotator === view.assignee))
    return false;
  if (view.queue && !inQueue(facts, document.id, facts.me)) return false;
  const words = view.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = haystackOf(document);
  return words.every((w) => haystack.includes(w));
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function comparator(view: LibraryView, counts: CountsOf): (a: LibraryRow, b: LibraryRow) => number {
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
  documents: readonly LibraryRow[],
  view: LibraryView,
  facts: LibraryFacts,
): readonly LibraryRow[] {
  const shown = documents.filter((d) => matchesView(d, view, facts));
  if (view.sort === 'imported') return view.descending ? shown.reverse() : shown;
  const compare = comparator(view, facts.counts);
  const order = new Map(documents.map((d, i) => [d.id, i]));
  return shown.sort((a, b) => compare(a, b) || order.get(a.id)! - order.get(b.id)!);
}

/** A facet's values with how many documents have each, most first (ties by name). */
export interface FacetValue {
  readonly value: string;
  readonly count: number;
}

function tally(documents: readonly LibraryRow[], valuesOf: (d: LibraryRow) => Iterable<string>): FacetValue[] {
  const counts = new Map<string, number>();
  for (const d of documents) for (const value of new Set(valuesOf(d))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
}

/** Each outlet with how many documents it has. */
export const outletFacet = (documents: readonly LibraryRow[]): FacetValue[] =>
  tally(documents, (d) => (d.outlet ? [d.outlet] : []));

/** Each label with how many documents have a span of it. */
export const labelFacet = (documents: readonly LibraryRow[], counts: CountsOf): FacetValue[] =>
  tally(documents, (d) => Object.entries(counts(d.id)?.labels ?? {}).flatMap(([label, n]) => (n > 0 ? [label] : [])));

/** Each tag with how many documents carry it (tags differing only in case count as one, first spelling shown). */
export const tagFacet = (documents: readonly LibraryRow[]): FacetValue[] =>
  tagCounts(documents).map(({ tag, documents: count }) => ({ value: tag, count }));

/** Each annotator with how many documents they made spans in. */
export const annotatorFacet = (documents: readonly LibraryRow[], counts: CountsOf): FacetValue[] =>
  tally(documents, (d) => counts(d.id)?.annotators ?? []);

/** Each annotator with how many documents are assigned to them. */
export const assigneeFacet = (documents: readonly LibraryRow[], facts: LibraryFacts): FacetValue[] =>
  tally(documents, (d) => facts.assignments(d.id).map((a) => a.annotator));

/** Counts from the spans the renderer holds, falling back on the corpus index's counts for the others. */
export function spanCounts(
  annotations: Readonly<Record<string, ReadonlyArray<{ label: string; author: string }>>>,
  indexed: Readonly<Record<string, SpanCounts>>,
): CountsOf {
  const cache = new Map<string, ReturnType<CountsOf>>();
  return (id) => {
    const held = annotations[id];
    if (!held) return indexed[id];
    let result = cache.get(id);
    if (!result) {
      const labels: Record<string, number> = {};
      const annotators = new Set<string>();
      for (const s of held) {
        labels[s.label] = (labels[s.label] ?? 0) + 1;
        if (s.author) annotators.add(s.author);
      }
      cache.set(id, (result = { spans: held.length, labels, annotators: [...annotators].sort() }));
    }
    return result;
  };
}

/**
 * The selection after a click: a plain click (which opens the document) only moves the anchor,
 * Ctrl/⌘ or the row's checkbox toggles one, Shift selects the range from the anchor.
 */
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
  return { selected: view.selected, anchor: id };
}
