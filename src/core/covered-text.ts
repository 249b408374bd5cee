import type { Fragment } from './model';

/** A span, a suggestion or a range: one extent, or the pieces of a discontinuous one in `fragments`. */
export interface SpanExtent {
  start: number;
  end: number;
  fragments?: readonly Fragment[] | undefined;
}

/** The UTF-16 pieces of a span: its fragments when discontinuous, else its one range. */
export function spanFragments(span: SpanExtent): Fragment[] {
  const pieces = span.fragments && span.fragments.length > 0 ? span.fragments : [span];
  return pieces.map(({ start, end }) => ({ start, end }));
}

/**
 * The text a span covers: its pieces joined by one space, as brat and Collate quote them (a list of
 * pieces is read as such); `separator` joins them otherwise, for display.
 */
export function coveredText(text: string, span: SpanExtent | readonly Fragment[], separator = ' '): string {
  const pieces = isFragmentList(span) ? span : spanFragments(span);
  return pieces.map((f) => text.slice(f.start, f.end)).join(separator);
}

const isFragmentList = (span: SpanExtent | readonly Fragment[]): span is readonly Fragment[] => Array.isArray(span);
