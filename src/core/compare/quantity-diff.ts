/**
 * Figures that differ between two claims: a different value (3,000 vs 2,500 troops) or the same
 * quantity given at a different precision (50,000 vs "tens of thousands", "about", "more than").
 * Equal values written differently (50,000 / 50000 / fifty thousand) are not a difference, nor is the
 * same value once approximated and once not ("about 50,000" / "50,000"); a bound ("more than 50,000",
 * "nearly 50,000") or a vague amount ("tens of thousands") against a figure still is.
 */
import { interval, type Quantity } from '../assist/quantities';

/** Different words for the same counted thing. */
const SAME_THING: Record<string, string> = {
  soldier: 'troop',
  serviceman: 'troop',
  message: 'email',
  'e-mail': 'email',
  person: 'people',
  dollar: '$',
  usd: '$',
  individual: 'people',
  resident: 'people',
  civilian: 'people',
  percent: '%',
};

const canonical = (unit: string | undefined): string | undefined => (unit ? (SAME_THING[unit] ?? unit) : undefined);

export function sameUnit(x: Quantity, y: Quantity): boolean {
  const a = canonical(x.unit);
  return a !== undefined && a === canonical(y.unit);
}

export interface FigureDifference {
  kind: 'value' | 'precision';
  a: Quantity;
  b: Quantity;
  detail: string;
}

const PRECISION_WORDS: Record<Quantity['precision'], string> = {
  exact: 'an exact figure',
  approximate: 'an approximation',
  'at least': 'a lower bound',
  'at most': 'an upper bound',
  range: 'a range',
};

const hedgedOrExact = (q: Quantity): boolean => q.precision === 'exact' || q.precision === 'approximate';

/** Same value and bounds ("tens of thousands" has its own), each exact or "about": only the writing differs. */
function equal(x: Quantity, y: Quantity): boolean {
  if (x.value !== y.value || (x.high ?? x.value) !== (y.high ?? y.value)) return false;
  return x.precision === y.precision || (hedgedOrExact(x) && hedgedOrExact(y));
}

export function classify(x: Quantity, y: Quantity): FigureDifference | undefined {
  if (equal(x, y)) return undefined;
  const [xl, xh] = interval(x);
  const [yl, yh] = interval(y);
  const overlap = xl <= yh && yl <= xh;
  if (!overlap || (x.precision === 'exact' && y.precision === 'exact')) {
    return { kind: 'value', a: x, b: y, detail: `“${x.text}” vs “${y.text}”: different figures` };
  }
  const how =
    x.precision === y.precision
      ? `both ${PRECISION_WORDS[x.precision]}, of different size`
      : `${PRECISION_WORDS[x.precision]} vs ${PRECISION_WORDS[y.precision]}`;
  return { kind: 'precision', a: x, b: y, detail: `“${x.text}” vs “${y.text}”: ${how}, compatible` };
}

const distance = (x: Quantity, y: Quantity): number => Math.abs(Math.log((x.value + 1) / (y.value + 1)));

/**
 * Pairs each figure of one claim with the closest figure of the same unit in the other (a figure
 * without a unit only when each claim has just one) and reports how each pair differs.
 */
export function figureDifferences(xs: Quantity[], ys: Quantity[]): FigureDifference[] {
  const out: FigureDifference[] = [];
  const used = new Set<number>();
  for (const x of xs) {
    let best = -1;
    ys.forEach((y, k) => {
      if (used.has(k)) return;
      const comparable = sameUnit(x, y) || (!x.unit && !y.unit && xs.length === 1 && ys.length === 1);
      if (comparable && (best < 0 || distance(x, y) < distance(x, ys[best]!))) best = k;
    });
    if (best < 0) continue;
    used.add(best);
    const d = classify(x, ys[best]!);
    if (d) out.push(d);
  }
  return out;
}
