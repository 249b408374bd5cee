import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('splits on white space and punctuation, keeping numbers, contractions and hyphenated words whole', () => {
    expect(words('Officials said 1,500 (3.5%) so-called don’t.')).toEqual(['Officials', 'said', '1,500', '(', '3.5', '%', ')', 'so-called', 'don’t', '.']);
  });

  it('keeps emoji sequences, combining marks, CJK runs and Arabic words whole, with UTF-16 offsets', () => {
    const text = 'A 👩‍👩‍👧 👍🏽 🇫🇷 Cafe\u0301 中文报道称 المسؤول.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['A', '👩‍👩‍👧', '👍🏽', '🇫🇷', 'Cafe\u0301', '中文报道称', 'المسؤول', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[1]).toMatchObject({ start: 2, end: 10 });
  });

  it('starts sentences at line breaks and after full stops followed by space and no lower-case word', () => {
    const tokens = tokenize('One. Two!\nthree U.S. officials said. ok');
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual(['One', 'Two', 'three']);
    expect(tokenize('A. B')[2]).toMatchObject({ text: 'B', sentenceStart: true });
    expect(tokenize('')).toEqual([]);
  });
});
