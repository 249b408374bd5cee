/**
 * Maps between canonical text offsets (UTF-16 indices) and ProseMirror positions for a document
 * built as one paragraph per line. Line k starts at text offset starts[k]; its paragraph content
 * starts at PM position starts[k] + k + 1, so text offset t in line k sits at t + k + 1.
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

export function textToPos(index: LineIndex, t: number): number {
  const clamped = Math.max(0, Math.min(t, index.textLength));
  return clamped + lineOfOffset(index, clamped) + 1;
}

/** Text offset of a PM position; positions between paragraphs clamp to the nearest line end. */
export function posToText(index: LineIndex, pos: number): number {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! + mid + 1 <= pos) lo = mid;
    else hi = mid - 1;
  }
  const contentStart = starts[lo]! + lo + 1;
  const local = Math.max(0, Math.min(pos - contentStart, lineLength(index, lo)));
  return starts[lo]! + local;
}
