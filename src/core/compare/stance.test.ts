import { describe, expect, it } from 'vitest';
import { attributionDifference } from './attribution-diff';
import { features } from './features';
import { stanceDifferences } from './stance-diff';
import { attributionStrength } from './units';
import type { ClaimUnit } from './types';

const unit = (text: string, source?: string): ClaimUnit => ({
  documentId: source ?? 'outlet',
  spanId: null,
  start: 0,
  end: text.length,
  text,
  ...(source ? { source: { start: 0, end: source.length, text: source } } : {}),
  attribution: attributionStrength(source),
  context: { start: 0, end: text.length },
});

describe('attributionStrength', () => {
  it('tells named, anonymous and no source apart', () => {
    expect(attributionStrength('Defence Minister Rustem Umerov')).toBe('named');
    expect(attributionStrength('officials')).toBe('anonymous');
    expect(attributionStrength('a person familiar with the matter')).toBe('anonymous');
    expect(attributionStrength(undefined)).toBe('none');
  });
});

describe('attributionDifference', () => {
  it('flags a different source for the same claim', () => {
    expect(
      attributionDifference(
        unit('3,000 troops crossed', 'officials'),
        unit('3,000 troops crossed', 'Defence Minister Rustem Umerov'),
      ),
    ).toEqual({
      kind: 'source',
      detail: 'officials vs Defence Minister Rustem Umerov: different sources (an anonymous source vs a named source)',
    });
  });
  it('flags a claim stated as fact on one side and attributed on the other', () => {
    expect(
      attributionDifference(unit('3,000 troops crossed'), unit('3,000 troops crossed', 'the ministry'))?.kind,
    ).toBe('attribution');
  });
  it('says nothing when both sources are unnamed, or the same by initials', () => {
    expect(attributionDifference(unit('x', 'officials'), unit('x', 'sources'))).toBeUndefined();
    expect(
      attributionDifference(unit('x', 'the F.B.I.'), unit('x', 'the Federal Bureau of Investigation')),
    ).toBeUndefined();
    expect(attributionDifference(unit('x', 'NYT'), unit('x', 'The New York Times'))).toBeUndefined();
  });
  it('says nothing when a poll, a document or a figure stands where a speaker should', () => {
    expect(attributionDifference(unit('turnout fell', 'The survey'), unit('turnout fell'))).toBeUndefined();
    expect(
      attributionDifference(unit('turnout fell', '41 percent'), unit('turnout fell', 'the mayor')),
    ).toBeUndefined();
  });
  it("says nothing when the fact side reports the cited speaker's own statement", () => {
    expect(
      attributionDifference(
        unit("the ministry's letter to parliament on Tuesday"),
        unit('troops will withdraw', 'Defence Minister Rustem Umerov'),
      ),
    ).toEqual(expect.objectContaining({ kind: 'attribution' }));
    expect(
      attributionDifference(
        unit('the decision of Umerov to send a letter to parliament'),
        unit('troops will withdraw', 'Defence Minister Rustem Umerov'),
      ),
    ).toBeUndefined();
  });
  it('says nothing for the same source named differently', () => {
    expect(attributionDifference(unit('x', 'The New York Times'), unit('x', 'a Times report'))).toBeUndefined();
    expect(attributionDifference(unit('x'), unit('x'))).toBeUndefined();
  });
});

describe('stanceDifferences', () => {
  const stance = (a: string, b: string) =>
    stanceDifferences(features(unit(a)), features(unit(b))).map((d) => [d.kind, d.marker.text]);
  it('flags hedging on one side only', () => {
    expect(stance('The troops may cross the border', 'The troops will cross the border')).toEqual([['hedging', 'may']]);
    expect(stance('He reportedly met the envoy', 'He met the envoy')).toEqual([['hedging', 'reportedly']]);
    expect(stance('He may have met the envoy', 'He could have met the envoy')).toEqual([]);
    expect(stance('The envoy is expected to resign', 'The envoy will resign')).toEqual([['hedging', 'is expected to']]);
    expect(stance('The envoy was allegedly bribed', 'The envoy was bribed')).toEqual([['hedging', 'allegedly']]);
    expect(stance('The envoy is believed to have fled', 'The envoy fled')).toEqual([['hedging', 'is believed to']]);
    expect(stance('He expects the envoy to resign', 'The envoy resigns')).toEqual([['hedging', 'expects']]);
  });
  it('flags a denial against an assertion', () => {
    expect(stance('The ministry denied that troops crossed', 'The ministry confirmed that troops crossed')).toEqual([
      ['contradiction', 'denied'],
    ]);
  });
});
