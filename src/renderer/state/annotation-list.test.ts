import { describe, expect, it } from 'vitest';
import type { SpanAnnotation } from '../../core/model';
import { listAnnotations, singleChange, sortedSpans, trimRange, truncateQuote } from './annotation-list';

const span = (id: string, documentId: string, start: number): SpanAnnotation => ({
  id,
  documentId,
  label: 'Claim',
  start,
  end: start + 3,
  quote: 'abc',
  prefix: '',
  suffix: '',
  attributes: {},
  author: 'me',
  created: '',
  modified: '',
});

describe('annotation list', () => {
  it('sorts by document title then start', () => {
    const titles: Record<string, string> = { d1: 'Zeta', d2: 'Alpha' };
    const items = listAnnotations(
      ['d1', 'd2'],
      { d1: [span('x', 'd1', 9), span('y', 'd1', 2)], d2: [span('z', 'd2', 5)] },
      (id) => titles[id]!,
    );
    expect(items.map((i) => i.id)).toEqual(['z', 'y', 'x']);
  });

  it('truncates quotes by code point', () => {
    expect(truncateQuote('a\nb')).toBe('a b');
    expect(truncateQuote('😀😀😀😀', 3)).toBe('😀😀…');
  });

  it('trims white space from a selection', () => {
    expect(trimRange(' word \n', 0, 7)).toEqual({ start: 1, end: 5 });
    expect(trimRange('   ', 0, 3)).toEqual({ start: 3, end: 3 });
  });

  it('keeps a long list sorted when one span is added, replaced or removed', () => {
    const many = Array.from({ length: 1500 }, (_, i) => span(`s${i}`, 'd', (i * 7919) % 5000));
    const sorted = sortedSpans(many);
    const added = [...many, span('new', 'd', 2500)];
    const withNew = sortedSpans(added);
    expect(withNew.map((s) => s.start)).toEqual(
      [...added].sort((a, b) => a.start - b.start || a.end - b.end).map((s) => s.start),
    );
    const replaced = added.map((s) => (s.id === 'new' ? span('new', 'd', 10) : s));
    expect(sortedSpans(replaced)[0]!.start).toBeLessThanOrEqual(10);
    const removed = replaced.filter((s) => s.id !== 's3');
    expect(sortedSpans(removed)).toHaveLength(1500);
    expect(sorted).toHaveLength(1500);
    expect(singleChange([], [span('a', 'd', 1), span('b', 'd', 2)])).toBeNull();
  });
});
