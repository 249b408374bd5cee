import { describe, expect, it } from 'vitest';
import { captureQuote, CONTEXT_LENGTH } from './quote';

describe('captureQuote', () => {
  it('keeps the exact quote and up to 32 characters of context on each side', () => {
    const text = 'x'.repeat(50) + 'QUOTE' + 'y'.repeat(50);
    const q = captureQuote(text, 50, 55);
    expect(q).toEqual({ quote: 'QUOTE', prefix: 'x'.repeat(CONTEXT_LENGTH), suffix: 'y'.repeat(CONTEXT_LENGTH) });
  });

  it('shortens the context at the ends of the text', () => {
    expect(captureQuote('ab claim cd', 3, 8)).toEqual({ quote: 'claim', prefix: 'ab ', suffix: ' cd' });
  });

  it('never cuts a surrogate pair at the edge of the context', () => {
    const text = '😀' + 'a'.repeat(31) + 'Q' + 'b'.repeat(31) + '😀';
    const q = captureQuote(text, 33, 34);
    expect(q.prefix).toBe('a'.repeat(31));
    expect(q.suffix).toBe('b'.repeat(31));
  });
});
