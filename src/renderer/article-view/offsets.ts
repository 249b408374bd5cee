/**
 * The lines of a text (the article shows one paragraph per line): line k starts at text offset
 * starts[k] (UTF-16 indices, like every offset in the app) and ends before its line break.
 */
export interface LineIndex {
  /** Text offset where each line starts. */
  readonly starts: readonly number[];
  readonly textLength: number;
}

export function buildLineIndex(text: string): LineIndex {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at !== -1) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
  return { starts, textLength: text.length };
}

/** Number of characters on line k, without its line break. */
export function lineLength(index: LineIndex, k: number): number {
  const next = index.starts[k + 1];
  const start = index.starts[k] ?? 0;
  return (next === undefined ? index.textLength : next - 1) - start;
}

/** The line holding text offset t (a line's end, just before its break, belongs to that line). */
export function lineOfOffset(index: LineIndex, t: number): number {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
