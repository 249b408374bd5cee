import type { Fragment, SpanAnnotation } from '../model';

/** The UTF-16 pieces of a span: its fragments when discontinuous, else its one range. */
export function spanFragments(span: Pick<SpanAnnotation, 'start' | 'end' | 'fragments'>): Fragment[] {
  return span.fragments ? span.fragments.map(({ start, end }) => ({ start, end })) : [{ start: span.start, end: span.end }];
}
