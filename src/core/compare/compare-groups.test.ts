import { describe, expect, it } from 'vitest';
import { compareArticles, compareGroups, type ClaimSpanInput, type CompareDocument } from './index';

const doc = (id: string, text: string, published?: string): CompareDocument => ({
  id,
  text,
  ...(published ? { published } : {}),
});
const claim = (d: CompareDocument, spanId: string, quote: string, source?: string): ClaimSpanInput => {
  const start = d.text.indexOf(quote);
  const at = source ? d.text.indexOf(source) : -1;
  return {
    spanId,
    documentId: d.id,
    start,
    end: start + quote.length,
    ...(source ? { source: { start: at, end: at + source.length, text: source } } : {}),
  };
};

describe('compareGroups (claim groups the analyst made)', () => {
  const d1 = doc('d1', 'U.S. officials said about 10,000 troops crossed the border yesterday.', '2024-11-11');
  const d2 = doc('d2', 'The defence ministry said 11,000 troops crossed the border on Nov. 10.', '2024-11-12');
  const d3 = doc('d3', 'U.S. officials said 20,000 troops crossed the border on Nov. 3.', '2024-11-12');
  const claims = [
    claim(d1, 'a', 'about 10,000 troops crossed the border yesterday', 'U.S. officials'),
    claim(d2, 'b', '11,000 troops crossed the border on Nov. 10', 'The defence ministry'),
    claim(d3, 'c', '20,000 troops crossed the border on Nov. 3', 'U.S. officials'),
  ];
  const found = compareGroups([d1, d2, d3], claims, [{ id: 'g', members: ['a', 'b', 'c'] }]);
  const summary = found.map((f) => `${f.aSpanId}-${f.bSpanId} ${f.kind}`);

  it('classifies value, precision, date and source differences between its members', () => {
    expect(summary).toContain('a-b precision');
    expect(summary).toContain('a-b source');
    expect(summary).toContain('a-c value');
    expect(summary).toContain('a-c date');
    expect(summary).toContain('b-c value');
    expect(summary).toContain('b-c source');
    expect(found.every((f) => f.groupId === 'g')).toBe(true);
  });
  it('reads "yesterday" and "on Nov. 10" against each publication date as the same day', () => {
    expect(summary).not.toContain('a-b date');
  });
  it('finds nothing between equal values written differently, nor in a group of one article', () => {
    const e1 = doc('e1', 'Some 50,000 people have fled the region.');
    const e2 = doc('e2', 'Fifty thousand people have fled the region.');
    const equal = [
      claim(e1, 'x', 'Some 50,000 people have fled the region'),
      claim(e2, 'y', 'Fifty thousand people have fled the region'),
    ];
    expect(
      compareGroups([e1, e2], equal, [{ id: 'g', members: ['x', 'y'] }]).filter((d) => d.kind === 'value'),
    ).toEqual([]);
    expect(compareGroups([d1], claims, [{ id: 'g', members: ['a'] }])).toEqual([]);
  });
  it('treats a lower bound that admits the other figure as a precision difference', () => {
    const x = doc('x', 'The army loses more than 1,200 soldiers a day.');
    const y = doc('y', 'The army loses 1,500 soldiers a day.');
    const z = doc('z', 'The army loses 900 soldiers a day.');
    const all = [
      claim(x, 'x', 'The army loses more than 1,200 soldiers a day'),
      claim(y, 'y', 'The army loses 1,500 soldiers a day'),
      claim(z, 'z', 'The army loses 900 soldiers a day'),
    ];
    expect(compareGroups([x, y], all, [{ id: 'g', members: ['x', 'y'] }]).map((d) => d.kind)).toEqual(['precision']);
    expect(compareGroups([z, y], all, [{ id: 'g', members: ['z', 'y'] }]).map((d) => d.kind)).toEqual(['value']);
  });
});

describe('compareArticles on two short tagged claims', () => {
  it('groups the same claim across two articles, and not a claim of another event', () => {
    const a = doc('a', 'About 10,000 North Korean troops have crossed into the Kursk region.');
    const b = doc(
      'b',
      '11,000 North Korean troops are now in the Kursk region. The minister met farmers in Lviv on Tuesday.',
    );
    const tagged = [
      claim(a, 'ta', 'About 10,000 North Korean troops have crossed into the Kursk region'),
      claim(b, 'tb', '11,000 North Korean troops are now in the Kursk region'),
      claim(b, 'tc', 'The minister met farmers in Lviv on Tuesday'),
    ];
    const result = compareArticles([a, b], tagged);
    expect(result.groups.map((g) => g.members.map((m) => m.spanId))).toEqual([['ta', 'tb']]);
    expect(result.discrepancies.map((d) => d.kind)).toContain('precision');
  });
});
