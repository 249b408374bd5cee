/** Which lines of a long article get their highlights drawn: those on screen and a margin around them. */
export interface LineWindow {
  readonly first: number;
  readonly last: number;
}

/**
 * The first line whose bottom is at or below `y`, by binary search over lines laid out top to
 * bottom (`bottomOf(i)` is line i's bottom edge); `count` when every line ends above it.
 */
export function firstLineBelow(count: number, y: number, bottomOf: (i: number) => number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bottomOf(mid) < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The window to draw for the lines now visible: the current one while the visible lines stay
 * at least half a margin inside it (so scrolling a little redraws nothing), else the visible
 * lines with a margin on both sides, clamped to the document.
 */
export function nextWindow(current: LineWindow | null, visible: LineWindow, margin: number, count: number): LineWindow {
  const last = Math.max(0, count - 1);
  if (current) {
    const half = margin / 2;
    const topOk = current.first === 0 || visible.first - current.first >= half;
    const bottomOk = current.last >= last || current.last - visible.last >= half;
    if (topOk && bottomOk && visible.first >= current.first && visible.last <= current.last) return current;
  }
  return { first: Math.max(0, visible.first - margin), last: Math.min(last, visible.last + margin) };
}

/**
 * A step from the window `from` toward `to` that draws at most `budget` lines `from` did not
 * hold: visible lines first (those below before those above), then the margin below, then the
 * margin above. Lines `to` does not hold are let go of at once. A window disjoint from `to` starts
 * over at `centre`, the line in the middle of the view. `to` itself when it is within budget.
 */
export function stepToward(
  from: LineWindow,
  to: LineWindow,
  visible: LineWindow,
  centre: number,
  budget: number,
): LineWindow {
  const overlaps = from.first <= to.last && from.last >= to.first;
  const start = Math.max(to.first, Math.min(centre, to.last));
  let first = overlaps ? Math.max(from.first, to.first) : start;
  let last = overlaps ? Math.min(from.last, to.last) : start - 1;
  let left = budget;
  const down = (limit: number): void => {
    const n = Math.max(0, Math.min(left, limit - last));
    last += n;
    left -= n;
  };
  const up = (limit: number): void => {
    const n = Math.max(0, Math.min(left, first - limit));
    first -= n;
    left -= n;
  };
  down(Math.min(visible.last, to.last));
  up(Math.max(visible.first, to.first));
  down(to.last);
  up(to.first);
  return first === to.first && last === to.last ? to : { first, last };
}

export const inWindow = (w: LineWindow | null, line: number): boolean =>
  w === null || (line >= w.first && line <= w.last);
