import { describe, expect, it } from 'vitest';
import { extractDates } from '../assist/quantities';
import { dateDifference } from './date-diff';

const diff = (a: string, pa: string, b: string, pb: string) => dateDifference(extractDates(a, pa), extractDates(b, pb));

describe('dateDifference', () => {
  it('resolves each side against its own publication date', () => {
    // Monday 3 Oct and Tuesday 4 Oct 2016: "Saturday" is 1 Oct in both.
    expect(
      diff('The Times reported Saturday', '2016-10-03', 'The Times on Saturday wrote', '2016-10-04'),
    ).toBeUndefined();
    expect(diff('It happened yesterday', '2016-10-04', 'It happened on Monday', '2016-10-05')).toBeUndefined();
  });
  it('flags different days', () => {
    const d = diff('On Sunday, the Times published', '2016-10-03', 'The Times on Saturday wrote', '2016-10-04');
    expect(d?.detail).toBe('“On Sunday” (2016-10-02) vs “on Saturday” (2016-10-01): different dates');
  });
  it('accepts a coarser date that contains the finer one', () => {
    expect(
      diff('Comey wrote to Congress last week', '2016-11-01', 'Comey wrote to Congress on Friday', '2016-10-31'),
    ).toBeUndefined();
    expect(diff('Trump said at a stop this week', '2016-10-04', 'Trump said Monday', '2016-10-04')).toBeUndefined();
  });
  it('compares years with years, not with days', () => {
    expect(diff('a loss in 1995', '2016-10-03', 'a loss in 1995, reported on Sunday', '2016-10-03')).toBeUndefined();
    expect(diff('a loss in 1995', '2016-10-03', 'a loss in 1996', '2016-10-03')?.detail).toContain('different dates');
  });
});
