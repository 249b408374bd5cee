import { describe, expect, it } from 'vitest';
import { identifiesSource, sameSource, sourceNature, speakerPhrase } from './source-names';

describe('sameSource', () => {
  it('reads abbreviations, initialisms and dotted spellings as the full name', () => {
    expect(sameSource('NYT', 'the New York Times')).toBe(true);
    expect(sameSource('U.S. officials', 'the United States')).toBe(true);
    expect(sameSource('US', 'U.S.')).toBe(true);
    expect(sameSource('the F.B.I.', 'FBI agents')).toBe(true);
    expect(sameSource('DOJ', 'the Department of Justice')).toBe(true);
    expect(sameSource('the Justice Department', 'DOJ officials')).toBe(true);
    expect(sameSource('the Federal Bureau of Investigation', 'the FBI')).toBe(true);
  });
  it('drops titles: the same person with and without them', () => {
    expect(sameSource('FBI Director James Comey', 'Mr. Comey')).toBe(true);
    expect(sameSource('Attorney General Loretta Lynch', 'Lynch')).toBe(true);
  });
  it('tells different sources apart, titles alone are not a match', () => {
    expect(sameSource('Clinton', 'Sanders')).toBe(false);
    expect(sameSource('Attorney General Loretta Lynch', 'Attorney General Eric Holder')).toBe(false);
    expect(sameSource('NBC News', 'the New York Times')).toBe(false);
    expect(sameSource('officials', 'NBC News and ABC News')).toBe(false);
  });
});

describe('identifiesSource', () => {
  it('is false for pronouns and phrases of generic words only', () => {
    expect(identifiesSource('he')).toBe(false);
    expect(identifiesSource('officials')).toBe(false);
    expect(identifiesSource('Sanders')).toBe(true);
    expect(identifiesSource('the F.B.I.')).toBe(true);
  });
});

describe('sourceNature', () => {
  it('tells speakers from documents, figures and phrases that are not noun phrases', () => {
    expect(sourceNature('the mayor')).toBe('speaker');
    expect(sourceNature('a person familiar with the talks')).toBe('speaker');
    expect(sourceNature('The spokeswoman, who asked not to be named')).toBe('speaker');
    expect(sourceNature('The survey')).toBe('document');
    expect(sourceNature('the memo')).toBe('document');
    expect(sourceNature('41 percent')).toBe('figure');
    expect(sourceNature('resigned her post and her')).toBe('not a noun phrase');
  });
  it('lets a document with a named owner speak for it', () => {
    expect(sourceNature('a Daily Ledger report')).toBe('speaker');
    expect(sourceNature("Acme's filing")).toBe('speaker');
  });
});

describe('speakerPhrase', () => {
  it('keeps a speaker, finds a named object in a clause, and gives nothing that cannot speak', () => {
    expect(speakerPhrase('the mayor')).toBe('the mayor');
    expect(speakerPhrase('The governor is pointing to a Daily Ledger')).toBe('a Daily Ledger');
    expect(speakerPhrase('resigned her post and her')).toBeUndefined();
    expect(speakerPhrase('The survey')).toBeUndefined();
  });
});
