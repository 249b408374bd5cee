import { lineOfOffset, type LineIndex } from './offsets';
import { piecesOf } from './span-decorations';

/** A range of the text, or a discontinuous one with its pieces. */
export interface LineRange {
  start: number;
  end: number;
  fragments?: ReadonlyArray<{ start: number; end: number }>;
}

/** Calls `visit` with each line a range (or each piece of a discontinuous one) touches, each line once. */
export function forEachLine(text: string, index: LineIndex, range: LineRange, visit: (k: number) => void): void {
  let previous = -1;
  for (const piece of piecesOf(range)) {
    const from = Math.max(0, piece.start);
    const to = Math.min(piece.end, text.length);
    if (to <= from) continue;
    const last = lineOfOffset(index, to - 1);
    for (let k = Math.max(lineOfOffset(index, from), previous + 1); k <= last; k++) visit(k);
    previous = Math.max(previous, last);
  }
}

/** Ranges by the lines they touch (each line once per range), adding those lines to `dirty`. */
export function rangesByLine<T extends LineRange>(
  text: string,
  index: LineIndex,
  ranges: readonly T[],
  dirty: Set<number>,
): Map<number, T[]> {
  const lines = new Map<number, T[]>();
  for (const range of ranges) {
    forEachLine(text, index, range, (k) => {
      const list = lines.get(k);
      if (list) list.push(range);
      else lines.set(k, [range]);
      dirty.add(k);
    });
  }
  return lines;
}
