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
 * hold, those below first (where a reader scrolling down goes next); the visible lines are
 * always drawn whole. `to` itself when it is within budget.
 */
export function stepToward(from: LineWindow, to: LineWindow, visible: LineWindow, budget: number): LineWindow {
  const below = Math.max(0, to.last - Math.max(from.last, to.first - 1));
  const above = Math.max(0, Math.min(from.first, to.last + 1) - to.first);
  if (below + above <= budget) return to;
  const last = to.last > from.last ? Math.max(Math.min(to.last, from.last + budget), visible.last) : to.last;
  const left = Math.max(0, budget - Math.max(0, last - from.last));
  const first = to.first < from.first ? Math.min(Math.max(to.first, from.first - left), visible.first) : to.first;
  return { first, last };
}

export const inWindow = (w: LineWindow | null, line: number): boolean => w === null || (line >= w.first && line <= w.last);
