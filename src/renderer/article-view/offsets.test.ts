import { describe, expect, it } from 'vitest';
import { buildLineIndex, lineLength, lineOfOffset } from './offsets';

describe('line index', () => {
  it('finds where each line starts and how long it is', () => {
    const index = buildLineIndex('ab\ncd\n\nef');
    expect(index.starts).toEqual([0, 3, 6, 7]);
    expect([0, 1, 2, 3].map((k) => lineLength(index, k))).toEqual([2, 2, 0, 2]);
  });

  it('puts a line end (just before its break) in that line, and the next offset in the next', () => {
    const index = buildLineIndex('ab\ncd');
    expect(lineOfOffset(index, 2)).toBe(0);
    expect(lineOfOffset(index, 3)).toBe(1);
    expect(lineOfOffset(index, 5)).toBe(1);
  });

  it('counts UTF-16 units, so an astral character takes two offsets', () => {
    const text = '😀😀\n漢字\nمرحبا';
    const index = buildLineIndex(text);
    expect(lineLength(index, 0)).toBe(4);
    expect(text.slice(index.starts[2]!, index.starts[2]! + lineLength(index, 2))).toBe('مرحبا');
  });

  it('finds lines in a large text', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i}`).join('\n');
    const index = buildLineIndex(text);
    expect(lineOfOffset(index, text.indexOf('line 4321'))).toBe(4321);
  });
});
