/** Which rows of a long list are rendered: those in the scrolled viewport and an overscan around them. */
export interface RowWindow {
  readonly first: number;
  /** One past the last rendered row. */
  readonly end: number;
  /** Pixels above the first rendered row and below the last, standing for the rows not rendered. */
  readonly before: number;
  readonly after: number;
}

/** The rows to render for a scroll position; `heightOf(i)` is row i's measured or estimated height. */
export function rowWindow(
  count: number,
  heightOf: (i: number) => number,
  scrollTop: number,
  viewport: number,
  overscan: number,
): RowWindow {
  const from = Math.max(0, scrollTop - overscan);
  const to = scrollTop + viewport + overscan;
  let y = 0;
  let first = 0;
  while (first < count && y + heightOf(first) <= from) y += heightOf(first++);
  const before = y;
  let end = first;
  while (end < count && y < to) y += heightOf(end++);
  if (end === first && first < count) y += heightOf(end++);
  let after = 0;
  for (let i = end; i < count; i++) after += heightOf(i);
  return { first, end, before, after };
}

/** The top of row `index`, in pixels from the list's start. */
export function rowTop(heightOf: (i: number) => number, index: number): number {
  let y = 0;
  for (let i = 0; i < index; i++) y += heightOf(i);
  return y;
}

/** The row a key moves to in a list of `count` rows, or null for a key that does not move. */
export function rowAfterKey(key: string, index: number, count: number, page: number): number | null {
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    Home: 0,
    End: count - 1,
    PageDown: index + page,
    PageUp: index - page,
  };
  const next = moves[key];
  return next === undefined || count === 0 ? null : Math.max(0, Math.min(count - 1, next));
}

/** Each row's top, and the list's height last: offsets[i] is row i's top, offsets[count] the total. */
export function rowOffsets(count: number, heightOf: (i: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + heightOf(i);
  return offsets;
}

/** The first index in [from, offsets.length - 1) whose offset passes `test`, or the last row's end. */
function search(offsets: Float64Array, from: number, test: (offset: number) => boolean): number {
  let lo = from;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(offsets[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** rowWindow for rows whose offsets are known: found by bisection, not by adding every row's height. */
export function rowWindowAt(offsets: Float64Array, scrollTop: number, viewport: number, overscan: number): RowWindow {
  const count = offsets.length - 1;
  const from = Math.max(0, scrollTop - overscan);
  const to = scrollTop + viewport + overscan;
  // The first row ending below `from`, then the first row starting at or below `to`.
  let first = Math.max(0, search(offsets, 1, (o) => o > from) - 1);
  if (first < count && offsets[first + 1]! <= from) first = count;
  let end = search(offsets, first, (o) => o >= to);
  if (end === first && first < count) end++;
  return { first, end, before: offsets[first]!, after: offsets[count]! - offsets[end]! };
}
