import { describe, expect, it } from 'vitest';
import { groupPairs } from './grouping';

// Units 0 and 2 are in article a, 1 and 3 in article b.
const documentOf = (i: number): string => (i % 2 === 0 ? 'a' : 'b');
const options = { maxPerDocument: 3, cohesion: 0.7, threshold: 0.25 };
const pairs = [
  { i: 0, j: 1, score: 0.6 },
  { i: 2, j: 3, score: 0.5 },
  { i: 1, j: 2, score: 0.3 },
];

describe('groupPairs', () => {
  it('merges two groups whose cross-article pairs are similar on average, also below the cut-off', () => {
    const similar = (i: number, j: number): number => (i + j === 3 ? 0.2 : 0);
    expect(groupPairs(documentOf, pairs, options, similar).map((g) => g.members.sort())).toEqual([[0, 1, 2, 3]]);
  });
  it('keeps them apart when the other pairs share nothing', () => {
    expect(groupPairs(documentOf, pairs, options, () => 0).map((g) => g.members.sort())).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
  it('keeps at most maxPerDocument units of one article in a group', () => {
    const similar = (): number => 0.5;
    expect(
      groupPairs(documentOf, pairs, { ...options, maxPerDocument: 1 }, similar).map((g) => g.members.sort()),
    ).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
});
