import { splitsSurrogatePair } from './offsets';

/** Characters of context kept on each side of a span, for re-anchoring after the text changes. */
export const CONTEXT_LENGTH = 32;

export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
}

/** Captures the exact quote of `[start, end)` and up to 32 UTF-16 units of context, never half a pair. */
export function captureQuote(text: string, start: number, end: number): QuoteSelector {
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd--;
  return {
    quote: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}
