import { describe, expect, it } from 'vitest';
import { carriesClaim } from './claim-content';
import type { ClaimUnit } from './types';

const unit = (text: string, source?: string): ClaimUnit => ({
  documentId: 'd',
  spanId: null,
  start: 0,
  end: text.length,
  text,
  ...(source ? { source: { start: 0, end: source.length, text: source } } : {}),
  attribution: source ? 'named' : 'none',
  context: { start: 0, end: text.length },
});

describe('carriesClaim', () => {
  it.each([
    'President Varga recently praised',
    'The mayor, Ana Ruiz, told reporters on Monday that',
    'Jonas P. Berg said last week',
    'The Daily Ledger reported Saturday that',
    ', according to two officials familiar with the talks',
    'said Ana Ruiz, the harbour master',
    'The mayor had urged Berg not',
  ])('finds no claim in the frame or fragment “%s”', (text) => {
    expect(carriesClaim(unit(text))).toBe(false);
  });
  it.each([
    'she has pneumonia',
    'The ferry sank near the harbour on Monday',
    '44 percent to 31 percent',
    'The top tenth would pay an extra $2,000, the group said',
    'Ferry Operator Was Warned But Kept Sailing To Avoid Losses',
    'The mayor had urged Berg not to reopen the harbour',
  ])('finds a claim in “%s”', (text) => {
    expect(carriesClaim(unit(text))).toBe(true);
  });
  it('does not count the speaker as content: “the harbour master” said it, and nothing else is there', () => {
    expect(carriesClaim(unit('the harbour master says', 'the harbour master'))).toBe(false);
    expect(carriesClaim(unit('The harbour master warned in Tilsen that'), 'The harbour master')).toBe(false);
    expect(carriesClaim(unit('The harbour master warned in Tilsen that'))).toBe(true);
  });
});
