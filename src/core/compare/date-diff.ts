/**
 * Dates that differ between two claims, each resolved against its own article's publication date
 * ("on Saturday" in Monday's paper and "on Saturday" in Tuesday's are the same day). A coarser
 * date that contains the finer one ("last week" and "Friday") is not a difference.
 */
import type { DateMention } from '../assist/quantities';

export interface DateDifference {
  a: DateMention;
  b: DateMention;
  detail: string;
}

const DAY = 86_400_000;

/** The days a resolved date covers, as [first, last] in ms. */
function span(d: DateMention): [number, number] | undefined {
  const v = d.value;
  if (!v) return undefined;
  if (/^\d{4}$/.test(v)) return [Date.UTC(Number(v), 0, 1), Date.UTC(Number(v), 11, 31)];
  if (/^\d{4}-\d{2}$/.test(v)) {
    const [y, m] = v.split('-').map(Number) as [number, number];
    return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1) - DAY];
  }
  const t = Date.parse(`${v}T00:00:00Z`);
  return d.granularity === 'week' ? [t, t + 6 * DAY] : [t, t];
}

const readable = (d: DateMention): string =>
  `“${d.text}” (${d.granularity === 'week' ? `week of ${d.value}` : d.value})`;

const fine = (d: DateMention): boolean => d.granularity === 'day' || d.granularity === 'week';

function atLevel(xs: DateMention[], ys: DateMention[], across = false): DateDifference | undefined {
  let found: DateDifference | undefined;
  for (const x of xs) {
    const sx = span(x);
    if (!sx) continue;
    for (const y of ys) {
      const sy = span(y);
      if (!sy) continue;
      if (sx[0] <= sy[1] && sy[0] <= sx[1]) return undefined;
      if (!found && (across || x.granularity === y.granularity))
        found = { a: x, b: y, detail: `${readable(x)} vs ${readable(y)}: different dates` };
    }
  }
  return found;
}

/**
 * Compares days and weeks with each other, months and years with each other: a difference when
 * two dates of the same granularity are disjoint and no date of the one falls within the other.
 * Then a day against a month or year that does not hold it ("yesterday", 10 Nov, vs "last month").
 */
export function dateDifference(xs: DateMention[], ys: DateMention[]): DateDifference | undefined {
  return (
    atLevel(xs.filter(fine), ys.filter(fine)) ??
    atLevel(
      xs.filter((d) => !fine(d)),
      ys.filter((d) => !fine(d)),
    ) ??
    atLevel(xs, ys, true)
  );
}
