import { describe, expect, it } from 'vitest';
import type { SpanAnnotation } from '../../core/model';
import { filterAnnotations, NO_FILTER } from './annotation-filter';
import { compileQuery, findMatches, stepHit } from './search';

describe('search', () => {
  it('finds plain text case-insensitively, with special characters taken literally', () => {
    const q = compileQuery({ text: '1.5', regex: false });
    expect(q.ok && findMatches('d', '1.5 or 105 or 1.5', q.re).map((h) => h.start)).toEqual([0, 14]);
  });
  it('finds regular expressions and reports bad ones', () => {
    const q = compileQuery({ text: '\\d+ (boats|ships)', regex: true });
    expect(q.ok && findMatches('d', '40 Boats and 3 ships', q.re).map((h) => [h.start, h.end])).toEqual([
      [0, 8],
      [13, 20],
    ]);
    expect(compileQuery({ text: '(', regex: true }).ok).toBe(false);
    const empty = compileQuery({ text: 'x*', regex: true });
    expect(empty.ok && findMatches('d', 'ax', empty.re)).toEqual([{ documentId: 'd', start: 1, end: 2 }]);
  });
  it('steps with wrap-around', () => {
    expect(stepHit(3, 2, 1)).toBe(0);
    expect(stepHit(3, 0, -1)).toBe(2);
    expect(stepHit(3, -1, -1)).toBe(2);
    expect(stepHit(0, -1, 1)).toBe(-1);
  });
});

describe('filterAnnotations', () => {
  const a = (
    id: string,
    label: string,
    quote: string,
    attributes: Record<string, string> = {},
    note?: string,
  ): SpanAnnotation => ({
    id,
    documentId: id.startsWith('x') ? 'dx' : 'dy',
    label,
    start: 0,
    end: 1,
    quote,
    prefix: '',
    suffix: '',
    attributes,
    author: '',
    created: '',
    modified: '',
    ...(note ? { note } : {}),
  });
  const items = [
    a('x1', 'Claim', 'Forty boats', { certainty: 'hedged' }),
    a('y1', 'Source', 'the mayor', {}, '<p>Quoted <b>twice</b></p>'),
    a('x2', 'Claim', 'Nine'),
  ];
  it('filters by label, document, text (quote or note) and attribute', () => {
    const ids = (f: Partial<typeof NO_FILTER>) => filterAnnotations(items, { ...NO_FILTER, ...f }).map((i) => i.id);
    expect(ids({})).toEqual(['x1', 'y1', 'x2']);
    expect(ids({ label: 'Claim' })).toEqual(['x1', 'x2']);
    expect(ids({ documentId: 'dy' })).toEqual(['y1']);
    expect(ids({ text: 'BOATS' })).toEqual(['x1']);
    expect(ids({ text: 'twice' })).toEqual(['y1']);
    expect(ids({ attribute: 'certainty=hedged' })).toEqual(['x1']);
  });
});
