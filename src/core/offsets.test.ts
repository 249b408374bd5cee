import { describe, expect, it } from 'vitest';
import { OffsetIndex, sliceByCodePoints, splitsSurrogatePair } from './offsets';

const SAMPLE = 'a😀b👩‍👩‍👧c中文e\u0301 مرحبا 𝕏!';

describe('OffsetIndex', () => {
  it('converts every UTF-16 boundary to the code point Array.from counts, and back', () => {
    const index = new OffsetIndex(SAMPLE);
    let utf16 = 0;
    Array.from(SAMPLE).forEach((char, codePoint) => {
      expect(index.toCodePoint(utf16)).toBe(codePoint);
      expect(index.toUtf16(codePoint)).toBe(utf16);
      utf16 += char.length;
    });
    expect(index.toCodePoint(SAMPLE.length)).toBe(Array.from(SAMPLE).length);
    expect(index.codePointLength).toBe(Array.from(SAMPLE).length);
  });

  it('counts an index inside a surrogate pair as the pair itself', () => {
    const index = new OffsetIndex('x😀y');
    expect(index.toCodePoint(2)).toBe(1);
    expect(splitsSurrogatePair('x😀y', 2)).toBe(true);
    expect(splitsSurrogatePair('x😀y', 1)).toBe(false);
  });

  it('agrees with a naive count on random strings of mixed planes', () => {
    const alphabet = ['a', ' ', '\n', 'é', '中', '😀', '𝕏', '\u0301', 'ب'];
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const text = Array.from({ length: 40 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const index = new OffsetIndex(text);
      for (let cp = 0; cp <= Array.from(text).length; cp++) {
        const utf16 = Array.from(text).slice(0, cp).join('').length;
        expect(index.toUtf16(cp)).toBe(utf16);
        expect(index.convert(utf16, 'utf16', 'codepoint')).toBe(cp);
      }
    }
  });

  it('slices by code points as Python does', () => {
    expect(sliceByCodePoints(SAMPLE, 1, 2)).toBe('😀');
    expect(sliceByCodePoints('𝕏yz', 1, 3)).toBe('yz');
  });
});
