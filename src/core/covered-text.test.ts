import { describe, expect, it } from 'vitest';
import { coveredText, spanFragments } from './covered-text';

const text = 'Officials said 👩‍👩‍👧 families crossed. The minister confirmed it.';
const at = (quote: string): { start: number; end: number } => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
};

describe('spanFragments', () => {
  it('gives the one range of a continuous span and the pieces of a discontinuous one, as plain ranges', () => {
    expect(spanFragments({ start: 2, end: 5 })).toEqual([{ start: 2, end: 5 }]);
    const pieces = [at('Officials'), at('confirmed')];
    const span = { start: pieces[0]!.start, end: pieces[1]!.end, fragments: pieces, label: 'Claim' };
    expect(spanFragments(span)).toEqual(pieces);
    expect(spanFragments(span)[0]).not.toBe(pieces[0]);
  });

  it('reads an empty fragment list as no fragments', () => {
    expect(spanFragments({ start: 0, end: 9, fragments: [] })).toEqual([{ start: 0, end: 9 }]);
  });
});

describe('coveredText', () => {
  it('is the slice of a continuous span, astral characters and ZWJ sequences whole', () => {
    expect(coveredText(text, at('👩‍👩‍👧 families'))).toBe('👩‍👩‍👧 families');
  });

  it('joins the pieces of a discontinuous span with one space, whatever lies between them', () => {
    const pieces = [at('Officials said'), at('confirmed it')];
    expect(coveredText(text, { start: pieces[0]!.start, end: pieces[1]!.end, fragments: pieces })).toBe(
      'Officials said confirmed it',
    );
    expect(coveredText(text, pieces)).toBe('Officials said confirmed it');
  });

  it('joins with the separator it is given, for display', () => {
    expect(coveredText(text, [at('Officials'), at('👩‍👩‍👧')], ' … ')).toBe('Officials … 👩‍👩‍👧');
  });

  it('counts UTF-16 units: a range that ends inside a surrogate pair gives half a character', () => {
    const start = text.indexOf('👩');
    expect(coveredText(text, { start, end: start + 1 })).toBe('\ud83d');
  });
});
