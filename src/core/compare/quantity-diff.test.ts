import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../assist/quantities';
import { ageWords } from './features';
import { figureDifferences } from './quantity-diff';

const diff = (a: string, b: string) =>
  figureDifferences(extractQuantities(a), extractQuantities(b)).map((d) => [d.kind, d.a.text, d.b.text]);

describe('figureDifferences', () => {
  it('flags a different value for the same counted thing', () => {
    expect(diff('3,000 troops crossed the border', '2,500 soldiers crossed the border')).toEqual([
      ['value', '3,000 troops', '2,500 soldiers'],
    ]);
  });
  it('flags the same quantity at a different precision', () => {
    expect(diff('50,000 people fled', 'tens of thousands of people fled')).toEqual([
      ['precision', '50,000 people', 'tens of thousands of people'],
    ]);
    expect(diff('about 10,000 troops', '11,000 troops')).toEqual([
      ['precision', 'about 10,000 troops', '11,000 troops'],
    ]);
    expect(diff('more than $915 million', '$916 million')).toEqual([
      ['precision', 'more than $915 million', '$916 million'],
    ]);
    expect(diff('for nearly two decades', 'for 18 years')).toEqual([['precision', 'nearly two decades', '18 years']]);
  });
  it('says nothing when equal values are written differently', () => {
    expect(diff('50,000 people fled', '50000 people fled')).toEqual([]);
    expect(diff('50,000 people fled', 'fifty thousand people fled')).toEqual([]);
    expect(diff('a billion dollars', '$1 billion')).toEqual([]);
    expect(diff('two decades', '20 years')).toEqual([]);
    expect(diff('about 50,000 people', 'some 50,000 people')).toEqual([]);
  });
  it('says nothing when the same value is once approximated and once not', () => {
    expect(diff('about 50,000 people fled', '50,000 people fled')).toEqual([]);
    expect(diff('approximately 3,000 troops', '3,000 soldiers')).toEqual([]);
    expect(diff('some fifty thousand people', '50000 people')).toEqual([]);
    expect(diff('around $916 million', '$916 million')).toEqual([]);
  });
  it('still flags a bound or a vague amount against the figure', () => {
    expect(diff('more than 50,000 people', '50,000 people')).toEqual([
      ['precision', 'more than 50,000 people', '50,000 people'],
    ]);
    expect(diff('nearly $916 million', '$916 million')).toEqual([['precision', 'nearly $916 million', '$916 million']]);
    expect(diff('tens of thousands of people', '50,000 people')).toEqual([
      ['precision', 'tens of thousands of people', '50,000 people'],
    ]);
    expect(diff('about 50,000 people', '55,000 people')).toEqual([
      ['precision', 'about 50,000 people', '55,000 people'],
    ]);
  });
  it('compares an age in words with the figure', () => {
    const both = (t: string) => [...extractQuantities(t), ...ageWords(t)];
    const ages = (a: string, b: string) => figureDifferences(both(a), both(b)).map((d) => [d.kind, d.a.text, d.b.text]);
    expect(ages('texts to a minor', 'texts to a 15-year-old girl')).toEqual([['precision', 'a minor', '15-year-old']]);
    expect(ages('texts to a minor', 'texts to a 19-year-old woman')).toEqual([['value', 'a minor', '19-year-old']]);
  });
  it('does not compare figures of different things', () => {
    expect(diff('3,000 troops and 12 tanks', '40 tanks')).toEqual([['value', '12 tanks', '40 tanks']]);
    expect(diff('3,000 troops', '$3 million')).toEqual([]);
  });
});
