import type { HighlightSpan } from './span-decorations';

/** Of the spans under a click, the innermost one: the shortest, the later start on a tie. */
export function pickInnermost(candidates: readonly HighlightSpan[]): HighlightSpan | null {
  let best: HighlightSpan | null = null;
  for (const span of candidates) {
    if (!best) best = span;
    else {
      const len = span.end - span.start;
      const bestLen = best.end - best.start;
      if (len < bestLen || (len === bestLen && span.start > best.start)) best = span;
    }
  }
  return best;
}
