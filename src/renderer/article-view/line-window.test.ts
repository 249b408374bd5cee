import { describe, expect, it } from 'vitest';
import { firstLineBelow, inWindow, nextWindow, stepToward, type LineWindow } from './line-window';

describe('firstLineBelow', () => {
  // Lines 20px tall from y = 100: line i ends at 120 + 20i.
  const bottomOf = (i: number): number => 120 + 20 * i;

  it('finds the first line reaching a height', () => {
    expect(firstLineBelow(100, 0, bottomOf)).toBe(0);
    expect(firstLineBelow(100, 120, bottomOf)).toBe(0);
    expect(firstLineBelow(100, 121, bottomOf)).toBe(1);
    expect(firstLineBelow(100, 530, bottomOf)).toBe(21);
  });

  it('answers the line count below the last line, and asks few lines', () => {
    let asked = 0;
    expect(firstLineBelow(10_000, 1e9, (i) => (asked++, bottomOf(i)))).toBe(10_000);
    expect(asked).toBeLessThanOrEqual(15);
  });
});

describe('nextWindow', () => {
  it('adds a margin on both sides, clamped to the document', () => {
    expect(nextWindow(null, { first: 5, last: 12 }, 80, 1000)).toEqual({ first: 0, last: 92 });
    expect(nextWindow(null, { first: 500, last: 510 }, 80, 1000)).toEqual({ first: 420, last: 590 });
    expect(nextWindow(null, { first: 990, last: 999 }, 80, 1000)).toEqual({ first: 910, last: 999 });
  });

  it('keeps the window while the view stays half a margin inside it', () => {
    const current = { first: 420, last: 590 };
    expect(nextWindow(current, { first: 460, last: 470 }, 80, 1000)).toBe(current);
    expect(nextWindow(current, { first: 540, last: 551 }, 80, 1000)).toEqual({ first: 460, last: 631 });
    expect(nextWindow(current, { first: 430, last: 440 }, 80, 1000)).toEqual({ first: 350, last: 520 });
  });

  it('keeps a window at either end of the document', () => {
    const top = { first: 0, last: 92 };
    expect(nextWindow(top, { first: 0, last: 10 }, 80, 1000)).toBe(top);
    const bottom = { first: 910, last: 999 };
    expect(nextWindow(bottom, { first: 985, last: 999 }, 80, 1000)).toBe(bottom);
  });

  it('moves at once after a jump', () => {
    expect(nextWindow({ first: 0, last: 92 }, { first: 700, last: 710 }, 80, 1000)).toEqual({ first: 620, last: 790 });
  });
});

describe('inWindow', () => {
  it('holds the lines from first to last', () => {
    expect(inWindow({ first: 3, last: 5 }, 3)).toBe(true);
    expect(inWindow({ first: 3, last: 5 }, 6)).toBe(false);
    expect(inWindow(null, 6)).toBe(true);
  });
});

describe('stepToward', () => {
  const visible = { first: 110, last: 120 };

  it('goes all the way when the new lines fit the budget', () => {
    expect(stepToward({ first: 100, last: 130 }, { first: 95, last: 140 }, visible, 115, 16)).toEqual({
      first: 95,
      last: 140,
    });
  });

  it('draws the visible lines first, below before above, then the margin below, then above', () => {
    const to = { first: 80, last: 150 };
    const steps: LineWindow[] = [{ first: 112, last: 114 }];
    while (steps.at(-1) !== to) steps.push(stepToward(steps.at(-1)!, to, visible, 115, 4));
    expect(steps.slice(1)).toEqual([
      { first: 112, last: 118 },
      { first: 110, last: 120 },
      { first: 110, last: 124 },
      { first: 110, last: 128 },
      { first: 110, last: 132 },
      { first: 110, last: 136 },
      { first: 110, last: 140 },
      { first: 110, last: 144 },
      { first: 110, last: 148 },
      { first: 108, last: 150 },
      { first: 104, last: 150 },
      { first: 100, last: 150 },
      { first: 96, last: 150 },
      { first: 92, last: 150 },
      { first: 88, last: 150 },
      { first: 84, last: 150 },
      to,
    ]);
  });

  it('never draws more than the budget in a step, visible lines included', () => {
    const step = stepToward({ first: 118, last: 118 }, { first: 94, last: 136 }, visible, 115, 4);
    expect(step).toEqual({ first: 116, last: 120 });
  });

  it('starts over at the middle of the view when the window is far from it', () => {
    expect(stepToward({ first: 0, last: 40 }, { first: 80, last: 150 }, visible, 115, 4)).toEqual({
      first: 115,
      last: 118,
    });
    expect(stepToward({ first: 0, last: 40 }, { first: 80, last: 150 }, visible, 115, 16)).toEqual({
      first: 110,
      last: 125,
    });
  });

  it('lets go of lines at once, only drawing new ones costs', () => {
    expect(
      stepToward({ first: 100, last: 130 }, { first: 120, last: 170 }, { first: 130, last: 140 }, 135, 16),
    ).toEqual({ first: 120, last: 146 });
  });
});
