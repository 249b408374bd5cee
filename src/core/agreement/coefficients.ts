/**
 * Cohen's kappa of two coders from their agreement table (binary values). When chance agreement is 1
 * (both always gave the same one value) it is 1, as NLTK has it; null without items.
 */
export function cohensKappa(t: { n11: number; n10: number; n01: number; n00: number }): number | null {
  const n = t.n11 + t.n10 + t.n01 + t.n00;
  if (n === 0) return null;
  const observed = (t.n11 + t.n00) / n;
  const a1 = (t.n11 + t.n10) / n;
  const b1 = (t.n11 + t.n01) / n;
  const expected = a1 * b1 + (1 - a1) * (1 - b1);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

/**
 * Krippendorff's alpha (nominal) from pairable units, accumulated with `add`: each unit gives how many
 * coders chose each value. Units with fewer than two values are not pairable and are ignored.
 */
export class NominalAlpha {
  private disagreement = 0;
  private readonly totals = new Map<string, number>();
  private n = 0;

  /** A unit where `m` coders gave values, `counts` per value (their sum is m). */
  add(counts: Iterable<[string, number]>, m: number): void {
    if (m < 2) return;
    let same = 0;
    for (const [value, count] of counts) {
      same += count * count;
      this.totals.set(value, (this.totals.get(value) ?? 0) + count);
    }
    this.disagreement += (m * m - same) / (m - 1);
    this.n += m;
  }

  /** Many binary units at once: `units` of `m` coders each, `ones` of whom chose 1 (a histogram). */
  addBinary(m: number, ones: number, units: number): void {
    if (m < 2 || units === 0) return;
    this.disagreement += (units * 2 * ones * (m - ones)) / (m - 1);
    this.totals.set('1', (this.totals.get('1') ?? 0) + units * ones);
    this.totals.set('0', (this.totals.get('0') ?? 0) + units * (m - ones));
    this.n += units * m;
  }

  value(): number | null {
    let same = 0;
    for (const count of this.totals.values()) same += count * count;
    const expected = this.n * this.n - same;
    if (this.n === 0) return null;
    // One value only: no disagreement is possible; NLTK says 1 too.
    if (expected === 0) return 1;
    return 1 - ((this.n - 1) * this.disagreement) / expected;
  }
}
