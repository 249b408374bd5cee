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
    expect(tokenize('Go. B')[2]).toMatchObject({ text: 'B', sentenceStart: true });
    expect(tokenize('')).toEqual([]);
  });

  it('does not end a sentence at the full stop of an initial or a listed abbreviation, keeping token boundaries', () => {
    const starts = (text: string): string[] => tokenize(text).filter((t) => t.sentenceStart).map((t) => t.text);
    expect(starts('The vote was on Nov. 5 in the city.')).toEqual(['The']);
    expect(starts('Dr. Smith said so.')).toEqual(['Dr']);
    expect(starts('J. Smith said so.')).toEqual(['J']);
    expect(words('The U.S. Army said so.')).toEqual(['The', 'U', '.', 'S', '.', 'Army', 'said', 'so', '.']);
    expect(starts('The U.S. Army said so.')).toEqual(['The']);
    expect(starts('It rained. Then it stopped.')).toEqual(['It', 'Then']);
    expect(starts('He left at noon. Then he came back at ten p.m. Nobody saw him.')).toEqual(['He', 'Then', 'Nobody']);
    expect(starts('So did I. Then he left.')).toEqual(['So', 'Then']);
    expect(starts('Apple Inc. The company said so.')).toEqual(['Apple', 'The']);
    expect(starts('He saw the dr. Then he left. DR. Smith said so.')).toEqual(['He', 'Then', 'DR', 'Smith']);
    expect(starts('He called the Dr.\nSmith answered.')).toEqual(['He', 'Smith']);
    expect(starts('Dr . Smith said so.')).toEqual(['Dr', 'Smith']);
  });
});
