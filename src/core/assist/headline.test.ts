import { describe, expect, it } from 'vitest';
import { headlineVerb, isTitleCase } from './headline';
import { CUE_VERBS } from './lexicon';
import { splitSentences, tokenize } from '../text/tokenize';

function firstSentence(text: string) {
  const tokens = tokenize(text);
  return { tokens, s: splitSentences(tokens)[0]! };
}

describe('headline', () => {
  it('recognises a title-case line, not an ordinary sentence', () => {
    const h = firstSentence('Harbour Master Warns Of Rising Tides On The Coast');
    expect(isTitleCase(h.tokens, h.s)).toBe(true);
    const p = firstSentence('The harbour master warned of rising tides on Monday.');
    expect(isTitleCase(p.tokens, p.s)).toBe(false);
  });

  it('reads "Says" as a verb but "Plan" as a noun in a headline', () => {
    const says = tokenize('Says')[0]!;
    const plan = tokenize('Plan')[0]!;
    expect(headlineVerb(says, CUE_VERBS.get('says')!)).toBe(true);
    expect(headlineVerb(plan, CUE_VERBS.get('plan')!)).toBe(false);
  });
});
