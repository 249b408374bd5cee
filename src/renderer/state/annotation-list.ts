import type { SpanAnnotation } from '../../core/model';
import { recordedChange } from './span-list';

const byPosition = (a: SpanAnnotation, b: SpanAnnotation): number => a.start - b.start || a.end - b.end;

/**
 * Sorted copies of span lists, kept while the list is the same array; a list that differs from the
 * last one sorted by one span added, removed or replaced (tagging, deleting, editing) is updated
 * in place of a new sort, so a document of 25,000 spans is not re-sorted on every edit.
 */
const sortedCache = new WeakMap<readonly SpanAnnotation[], readonly SpanAnnotation[]>();
let last: { spans: readonly SpanAnnotation[]; sorted: readonly SpanAnnotation[] } | null = null;

function insertSorted(sorted: SpanAnnotation[], span: SpanAnnotation): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byPosition(sorted[mid]!, span) <= 0) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, span);
}

/** The one-span difference between two lists, or null when they differ more. */
export function singleChange<T>(
  before: readonly T[],
  after: readonly T[],
): { removed: T | null; added: T | null } | null {
  const recorded = recordedChange(before as never, after as never) as { removed: T | null; added: T | null } | null;
  if (recorded) return recorded;
  const delta = after.length - before.length;
  if (Math.abs(delta) > 1) return null;
  let i = 0;
  while (i < before.length && i < after.length && before[i] === after[i]) i++;
  // The rest must match with the one changed element skipped on either side.
  const restMatches = (skipBefore: number, skipAfter: number): boolean => {
    for (let b = i + skipBefore, a = i + skipAfter; b < before.length; b++, a++)
      if (before[b] !== after[a]) return false;
    return true;
  };
  if (delta === 1) return restMatches(0, 1) ? { removed: null, added: after[i]! } : null;
  if (delta === -1) return restMatches(1, 0) ? { removed: before[i]!, added: null } : null;
  if (i === before.length) return { removed: null, added: null };
  return restMatches(1, 1) ? { removed: before[i]!, added: after[i]! } : null;
}

export function sortedSpans(spans: readonly SpanAnnotation[]): readonly SpanAnnotation[] {
  let sorted = sortedCache.get(spans);
  if (sorted) return sorted;
  const change = last ? singleChange(last.spans, spans) : null;
  if (last && change) {
    const next = [...last.sorted];
    if (change.removed) next.splice(next.indexOf(change.removed), 1);
    if (change.added) insertSorted(next, change.added);
    sorted = next;
  } else sorted = [...spans].sort(byPosition);
  sortedCache.set(spans, sorted);
  if (spans.length > 1000) last = { spans, sorted };
  return sorted;
}

/**
 * Spans of the open documents, by document title then position. With one document open this is
 * its sorted list itself, so an edit among 25,000 spans costs no pass over them here.
 */
export function listAnnotations(
  openIds: readonly string[],
  annotations: Readonly<Record<string, readonly SpanAnnotation[]>>,
  titleOf: (id: string) => string,
): readonly SpanAnnotation[] {
  // Titles are compared once per document, not once per pair of spans.
  const docs = openIds
    .map((id) => ({ id, title: titleOf(id) }))
    .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  const lists = docs.map(({ id }) => sortedSpans(annotations[id] ?? []));
  return lists.length === 1 ? lists[0]! : lists.flat();
}

/** Shortens a quote for a list row without cutting an emoji in half; line breaks read as spaces. */
export function truncateQuote(quote: string, max = 90): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

/** The selection without white space at either end (a double-clicked word often takes its space). */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
