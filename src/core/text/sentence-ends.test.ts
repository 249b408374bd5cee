import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from './tokenize';

const split = (text: string): string[] => splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('sentence ends after abbreviations', () => {
  it('keeps a party and state with the name, and "No." only before a number', () => {
    expect(split('Rep. Ann Lee, D-N.Y., agreed. Lee, R-Ky., said no. Ray said yes. See No. 5 here.')).toEqual([
      'Rep. Ann Lee, D-N.Y., agreed.',
      'Lee, R-Ky., said no.',
      'Ray said yes.',
      'See No. 5 here.',
    ]);
  });

  it('reads a state abbreviation that is also a word as one only after a comma', () => {
    expect(split('He was ill. The doctor came. He lives in Peoria, Ill., with his son.')).toEqual([
      'He was ill.',
      'The doctor came.',
      'He lives in Peoria, Ill., with his son.',
    ]);
  });
});
