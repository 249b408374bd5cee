import { describe, expect, it } from 'vitest';
import { rowAfterKey, rowOffsets, rowTop, rowWindow, rowWindowAt } from './list-window';

describe('rowWindow', () => {
  const fixed = (): number => 50;

  it('renders the rows in view and the overscan, and stands in for the others', () => {
    const w = rowWindow(25_000, fixed, 10_000, 500, 100);
    expect(w).toEqual({ first: 198, end: 212, before: 9_900, after: (25_000 - 212) * 50 });
    expect(w.before + (w.end - w.first) * 50 + w.after).toBe(25_000 * 50);
  });

  it('starts at the top and stops at the end', () => {
    expect(rowWindow(1000, fixed, 0, 300, 100)).toMatchObject({ first: 0, end: 8, before: 0 });
    const bottom = rowWindow(1000, fixed, 1000 * 50 - 300, 300, 100);
    expect(bottom).toMatchObject({ end: 1000, after: 0 });
  });

  it('uses each row its own height', () => {
    const heights = [10, 200, 10, 10, 10];
    const w = rowWindow(5, (i) => heights[i]!, 215, 20, 0);
    expect(w).toMatchObject({ first: 2, before: 210 });
    expect(rowTop((i) => heights[i]!, 3)).toBe(220);
  });

  it('renders one row of an empty viewport, and none of an empty list', () => {
    expect(rowWindow(10, fixed, 0, 0, 0)).toMatchObject({ first: 0, end: 1 });
    expect(rowWindow(0, fixed, 0, 300, 100)).toEqual({ first: 0, end: 0, before: 0, after: 0 });
  });
});

describe('rowWindowAt', () => {
  it("finds the same rows as rowWindow, by bisection over the rows' offsets", () => {
    let seed = 3;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 300; round++) {
      const count = Math.floor(random() * 60);
      const heights = Array.from({ length: count }, () => 10 + Math.floor(random() * 90));
      const heightOf = (i: number): number => heights[i]!;
      const offsets = rowOffsets(count, heightOf);
      const total = offsets[count]!;
      expect(rowTop(heightOf, count)).toBe(total);
      const top = Math.floor(random() * (total + 50));
      const viewport = Math.floor(random() * 400);
      const overscan = Math.floor(random() * 200);
      expect(rowWindowAt(offsets, top, viewport, overscan)).toEqual(
        rowWindow(count, heightOf, top, viewport, overscan),
      );
    }
  });
});

describe('rowAfterKey', () => {
  it('moves by one, by a page and to either end, within the list', () => {
    expect(rowAfterKey('ArrowDown', 3, 10, 5)).toBe(4);
    expect(rowAfterKey('ArrowUp', 0, 10, 5)).toBe(0);
    expect(rowAfterKey('PageDown', 8, 10, 5)).toBe(9);
    expect(rowAfterKey('Home', 8, 10, 5)).toBe(0);
    expect(rowAfterKey('End', 2, 10, 5)).toBe(9);
    expect(rowAfterKey('a', 2, 10, 5)).toBeNull();
  });
});
