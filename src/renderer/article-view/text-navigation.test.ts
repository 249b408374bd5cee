import { describe, expect, it } from 'vitest';
import { nextSentenceEnd, nextWordEnd, previousSentenceStart, previousWordStart, snapToWords } from './text-navigation';

const text = 'The mayor said 40 boats sank. Officials disagreed!\nNext line here.';

describe('text navigation', () => {
  it('moves by word', () => {
    expect(nextWordEnd(text, 0)).toBe(3);
    expect(nextWordEnd(text, 3)).toBe(9);
    expect(previousWordStart(text, 9)).toBe(4);
    expect(previousWordStart(text, 4)).toBe(0);
  });
  it('moves by sentence', () => {
    expect(nextSentenceEnd(text, 0)).toBe(29);
    expect(nextSentenceEnd(text, 29)).toBe(50);
    expect(nextSentenceEnd(text, 50)).toBe(text.length);
    expect(previousSentenceStart(text, 45)).toBe(30);
    expect(previousSentenceStart(text, 30)).toBe(0);
    expect(previousSentenceStart(text, 55)).toBe(51);
  });
  it('snaps a selection to whole words', () => {
    expect(snapToWords(text, 5, 12)).toEqual({ start: 4, end: 14 });
    expect(snapToWords(text, 4, 9)).toEqual({ start: 4, end: 9 });
  });
});
