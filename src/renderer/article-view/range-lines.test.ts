import { describe, expect, it } from 'vitest';
import { buildLineIndex } from './offsets';
import { forEachLine, rangesByLine } from './range-lines';

const text = 'one\ntwo\nthree\nfour\n';
const index = buildLineIndex(text);
const lines = (range: Parameters<typeof forEachLine>[2]): number[] => {
  const seen: number[] = [];
  forEachLine(text, index, range, (k) => seen.push(k));
  return seen;
};

describe('range lines', () => {
  it('visits each line a range touches once, a discontinuous one by its pieces', () => {
    expect(lines({ start: 0, end: 3 })).toEqual([0]);
    expect(lines({ start: 2, end: 9 })).toEqual([0, 1, 2]);
    expect(
      lines({
        start: 0,
        end: 18,
        fragments: [
          { start: 0, end: 2 },
          { start: 1, end: 6 },
          { start: 14, end: 16 },
        ],
      }),
    ).toEqual([0, 1, 3]);
    expect(lines({ start: 5, end: 5 })).toEqual([]);
  });

  it('groups ranges by line and marks those lines dirty', () => {
    const dirty = new Set<number>();
    const a = { start: 0, end: 5 };
    const b = { start: 9, end: 11 };
    const byLine = rangesByLine(text, index, [a, b], dirty);
    expect([...byLine.entries()]).toEqual([
      [0, [a]],
      [1, [a]],
      [2, [b]],
    ]);
    expect([...dirty].sort()).toEqual([0, 1, 2]);
  });
});
