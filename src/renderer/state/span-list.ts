import type { SpanAnnotation } from '../../core/model';

/** How a span list was made from another by one edit. */
export interface SpanListChange {
  readonly removed: SpanAnnotation | null;
  readonly added: SpanAnnotation | null;
}

/**
 * Lists made by one edit remember the list they were made from, so that the views of a document
 * with tens of thousands of spans learn what changed without comparing the two lists.
 */
const madeFrom = new WeakMap<
  readonly SpanAnnotation[],
  { before: readonly SpanAnnotation[]; change: SpanListChange }
>();

/** The edit that made `after` from `before`, when `after` was made by one of the functions below. */
export function recordedChange(
  before: readonly SpanAnnotation[],
  after: readonly SpanAnnotation[],
): SpanListChange | null {
  const known = madeFrom.get(after);
  return known && known.before === before ? known.change : null;
}

function made(
  before: readonly SpanAnnotation[],
  after: readonly SpanAnnotation[],
  change: SpanListChange,
): readonly SpanAnnotation[] {
  madeFrom.set(after, { before, change });
  return after;
}

/** Searched from the end: the span just made is found at once among tens of thousands. */
export function indexOfSpan(spans: readonly SpanAnnotation[], id: string): number {
  for (let i = spans.length - 1; i >= 0; i--) if (spans[i]!.id === id) return i;
  return -1;
}

export function appendSpan(list: readonly SpanAnnotation[], span: SpanAnnotation): readonly SpanAnnotation[] {
  return made(list, [...list, span], { removed: null, added: span });
}

/** The list with span `id` replaced by `by`, or removed when `by` is null; the same list when `id` is not in it. */
export function replaceSpan(
  list: readonly SpanAnnotation[],
  id: string,
  by: SpanAnnotation | null,
): readonly SpanAnnotation[] {
  const i = indexOfSpan(list, id);
  if (i < 0) return list;
  const next = list.slice();
  if (by) next[i] = by;
  else next.splice(i, 1);
  return made(list, next, { removed: list[i]!, added: by });
}
