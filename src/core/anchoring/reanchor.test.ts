import { describe, expect, it } from 'vitest';
import { createSpan } from '../create-span';
import { defaultSchema } from '../default-schema';
import type { SpanAnnotation } from '../model';
import { matchQuote } from './match-quote';
import { reanchorAll, reanchorSpan } from './reanchor';

const OLD =
  'Officials said 😀 Russia lost 1,500 troops a day in October, according to the admiral. Later reports differed.';

function span(quote: string, text = OLD, occurrence = 0): SpanAnnotation {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  const made = createSpan(
    { id: 'd', text },
    defaultSchema,
    { label: 'Claim', start, end: start + quote.length },
    { id: quote, author: 'a', now: 'n' },
  );
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

describe('matchQuote', () => {
  it('prefers the occurrence whose context matches, then the nearest', () => {
    const text = 'the claim here. Another: the claim there.';
    expect(matchQuote(text, 'the claim', { prefix: 'Another: ', suffix: ' there' })).toMatchObject({
      start: 25,
      errors: 0,
    });
    expect(matchQuote(text, 'the claim', { hint: 30 })).toMatchObject({ start: 25 });
  });

  it('finds a quote with a few edits and says how many', () => {
    expect(matchQuote('They lost 1.500 troops daily', 'lost 1,500 troops')).toMatchObject({
      start: 5,
      end: 22,
      errors: 1,
    });
    expect(matchQuote('nothing alike at all', 'lost 1,500 troops')).toBeNull();
  });
});

describe('reanchorSpan', () => {
  const claim = span('Russia lost 1,500 troops a day');

  it('keeps a span whose text is unchanged', () => {
    expect(reanchorSpan(claim, OLD)).toMatchObject({ outcome: 'kept', span: { start: claim.start, end: claim.end } });
  });

  it('moves a span when text was inserted before it', () => {
    const changed = 'UPDATED: ' + OLD;
    const result = reanchorSpan(claim, changed);
    expect(result.outcome).toBe('moved');
    expect(changed.slice(result.span.start, result.span.end)).toBe('Russia lost 1,500 troops a day');
    expect(result.span.prefix.endsWith('Officials said 😀 ')).toBe(true);
  });

  it('follows a corrected quote with a fuzzy match', () => {
    const changed = OLD.replace('1,500 troops a day', '1,500 soldiers a day');
    const result = reanchorSpan(claim, changed);
    expect(result.outcome).toBe('fuzzy');
    expect(result.span.quote).toBe('Russia lost 1,500 soldiers a day');
  });

  it('orphans a span whose text is gone, keeping it as it was', () => {
    const result = reanchorSpan(claim, 'A completely different article about the weather in spring.');
    expect(result).toEqual({ outcome: 'orphaned', span: claim });
  });

  it('anchors each fragment of a discontinuous span with the old text', () => {
    const a = span('Russia lost');
    const b = span('according to the admiral');
    const fragmented: SpanAnnotation = {
      ...a,
      end: b.end,
      fragments: [
        { start: a.start, end: a.end },
        { start: b.start, end: b.end },
      ],
    };
    const changed = 'New intro. ' + OLD;
    const result = reanchorSpan(fragmented, changed, OLD);
    expect(result.outcome).toBe('moved');
    expect(result.span.fragments!.map((f) => changed.slice(f.start, f.end))).toEqual([
      'Russia lost',
      'according to the admiral',
    ]);
    expect(result.span.quote).toBe('Russia lost according to the admiral');
  });

  it('counts outcomes over a document', () => {
    const changed = 'Intro. ' + OLD.replace('Later reports differed.', '');
    const report = reanchorAll([claim, span('the admiral'), span('Later reports differed.')], changed, OLD);
    expect(report.counts).toEqual({ kept: 0, moved: 2, fuzzy: 0, orphaned: 1 });
  });
});
