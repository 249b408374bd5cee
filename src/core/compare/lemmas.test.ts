import { describe, expect, it } from 'vitest';
import { contentStems } from './features';
import { dayTokens, lemma } from './lemmas';

const meet = (a: string, b: string): string[] => {
  const y = contentStems(b);
  return [...contentStems(a)].filter((w) => y.has(w));
};

describe('lemma', () => {
  it('reads irregular verb forms and -ier comparatives as their base', () => {
    expect(lemma('left')).toBe('leave');
    expect(lemma('taken')).toBe('take');
    expect(lemma('took')).toBe('take');
    expect(lemma('earlier')).toBe('early');
    expect(lemma('border')).toBe('border');
  });
});

describe('dayTokens', () => {
  it('reads a day written any way as one token, and blanks it out of the text', () => {
    expect(dayTokens('the Sept. 11 memorial').tokens).toEqual(['day:9-11']);
    expect(dayTokens('on September 11th').tokens).toEqual(['day:9-11']);
    expect(dayTokens('a 9/11 memorial').tokens).toEqual(['day:9-11']);
    expect(dayTokens('a 9/11 memorial').rest).toBe('a      memorial');
  });
  it('leaves alone what is not a day', () => {
    expect(dayTokens('on 9/11/2016, 13/40 voted, March 45').tokens).toEqual([]);
  });
});

describe('contentStems', () => {
  it('meets one fact in two wordings', () => {
    expect(meet('she nearly collapsed at a 9/11 memorial', 'her near-collapse at the Sept. 11 memorial')).toEqual(
      expect.arrayContaining(['near', 'collaps', 'day:9-11', 'memorial']),
    );
    expect(meet('Clinton left the event early', 'Clinton had to leave the event earlier')).toEqual(
      expect.arrayContaining(['leav', 'early', 'event']),
    );
    expect(meet('the ministry denied it', 'the ministry denies it')).toContain('deny');
    expect(meet('taxes were discussed', 'he discusses tax')).toEqual(expect.arrayContaining(['tax', 'discuss']));
    expect(meet('it makes him smart', 'making him smart')).toEqual(expect.arrayContaining(['mak', 'smart']));
  });
});
