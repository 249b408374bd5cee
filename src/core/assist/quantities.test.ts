import { describe, expect, it } from 'vitest';
import { extractDates, extractQuantities } from './quantities';

const q = (text: string) =>
  extractQuantities(text).map(({ text: t, value, precision, unit }) => ({ t, value, precision, unit }));

describe('extractQuantities', () => {
  it('normalises figures, qualifiers and units', () => {
    expect(q('Officials counted 1,500 casualties a day.')).toEqual([
      { t: '1,500 casualties', value: 1500, precision: 'exact', unit: 'casualty' },
    ]);
    expect(q('more than 1,200 soldiers')).toEqual([
      { t: 'more than 1,200 soldiers', value: 1200, precision: 'at least', unit: 'soldier' },
    ]);
    expect(q('about 10,000 North Korean troops')).toEqual([
      { t: 'about 10,000 North Korean troops', value: 10000, precision: 'approximate', unit: 'troop' },
    ]);
    expect(q('a 50,000-strong force')).toEqual([
      { t: '50,000-strong force', value: 50000, precision: 'exact', unit: 'force' },
    ]);
    expect(q('$18 million and 12% of the tanks')).toEqual([
      { t: '$18 million', value: 18_000_000, precision: 'exact', unit: '$' },
      { t: '12%', value: 12, precision: 'exact', unit: '%' },
    ]);
    expect(q('thousands of protesters')).toEqual([
      { t: 'thousands of protesters', value: 2000, precision: 'approximate', unit: 'protester' },
    ]);
  });

  it('reads number words up to ninety-nine, hyphenated tens included', () => {
    expect(q('sixty-five troops')).toEqual([{ t: 'sixty-five troops', value: 65, precision: 'exact', unit: 'troop' }]);
    expect(q('seventeen soldiers')).toEqual([
      { t: 'seventeen soldiers', value: 17, precision: 'exact', unit: 'soldier' },
    ]);
    expect(q('ninety thousand people')[0]!.value).toBe(90_000);
  });

  it('leaves years and day numbers to dates', () => {
    expect(q('In 2014 the talks failed on Nov. 10.')).toEqual([]);
  });
});

describe('extractDates', () => {
  const d = (text: string, published: string) =>
    extractDates(text, published).map((x) => [x.text, x.value, x.granularity]);
  it('resolves relative dates against the publication date', () => {
    expect(d('It happened yesterday.', '2024-11-12')).toEqual([['yesterday', '2024-11-11', 'day']]);
    expect(d('It happened on Monday.', '2024-11-14')).toEqual([['on Monday', '2024-11-11', 'day']]);
    expect(d('It happened last month.', '2024-01-05')).toEqual([['last month', '2023-12', 'month']]);
    expect(d('It happened on Nov. 10.', '2024-11-12')).toEqual([['Nov. 10', '2024-11-10', 'day']]);
    expect(d('It happened on Dec. 30.', '2025-01-02')).toEqual([['Dec. 30', '2024-12-30', 'day']]);
    expect(d('It happened in 2014.', '2024-11-12')).toEqual([['in 2014', '2014', 'year']]);
  });
  it('keeps unresolved dates when the publication date is unknown', () => {
    expect(extractDates('It happened yesterday.')).toEqual([
      { text: 'yesterday', start: 12, end: 21, granularity: 'day' },
    ]);
  });
});

describe('years and thousands', () => {
  it('reads "2,000" as a quantity while "2000" alone stays a year', () => {
    expect(extractQuantities('About 2,000 homes')).toEqual([
      expect.objectContaining({ value: 2000, precision: 'approximate', unit: 'home' }),
    ]);
    expect(extractQuantities('in 2000 homes were')).toEqual([]);
  });
});
