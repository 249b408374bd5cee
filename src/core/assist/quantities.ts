// Long file: the figure, duration and date readers share one grammar of number words, units and hedges.
/**
 * Numbers, quantities and dates in a claim, normalised so that two reports can be compared:
 * "more than 1,200 a day", "about 10,000 troops", "50,000-strong", "on Nov. 10", "last month".
 */

export type Precision = 'exact' | 'approximate' | 'at least' | 'at most' | 'range';

export interface Quantity {
  text: string;
  start: number;
  end: number;
  value: number;
  /** Upper end of a range ("10,000-12,000"). */
  high?: number;
  precision: Precision;
  /** The counted noun or unit, singular and lower-case ("troop", "%", "$", "km"), when one follows. */
  unit?: string;
}

export type Granularity = 'day' | 'week' | 'month' | 'year';

export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** ISO date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY); absent when it cannot be resolved. */
  value?: string;
  granularity: Granularity;
}

const SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  bn: 1e9,
};
const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const APPROX_WORDS: Record<string, number> = {
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
  millions: 2e6,
  billions: 2e9,
};
/** The most a vague plural allows: "thousands" is fewer than a million, "tens of thousands" fewer than 100,000. */
const APPROX_HIGH: Record<string, number> = {
  dozens: 99,
  hundreds: 999,
  thousands: 999_999,
  millions: 999e6,
  billions: 999e9,
};
/** Units that are multiples of another ("two decades" is 20 years) or other words for it ("dollars" is "$"). */
const UNIT_AS: Record<string, [string, number]> = {
  decade: ['year', 10],
  century: ['year', 100],
  dollar: ['$', 1],
  'per cent': ['%', 1],
};
const QUALIFIERS: Array<[RegExp, Precision]> = [
  [/(?:more than|over|at least|upwards of|in excess of|no fewer than|no less than)\s+$/i, 'at least'],
  [
    /(?:less than|fewer than|under|up to|at most|no more than|nearly|almost|just under|as (?:long|many|much|high) as)\s+$/i,
    'at most',
  ],
  [
    /(?:about|around|approximately|roughly|some|an estimated|estimated|close to|nearly|an approximate|circa|c\.)\s+$/i,
    'approximate',
  ],
];
const UNIT_STOP = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'by',
  'with',
  'per',
  'more',
  'than',
  'were',
  'was',
  'are',
  'is',
  'have',
  'had',
  'has',
  'who',
  'that',
  'which',
  'people’s',
]);
const NUMBER_RE =
  /(?<cur>[$€£])?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(?<high>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?))?(?:\s*(?<scale>thousand|million|billion|trillion|bn|k|m)\b)?(?<plus>-plus|\+)?(?<pct>\s*%|\s+percent\b|\s+per cent\b)?(?<strong>-strong)?/giu;
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const WORD_RE = new RegExp(
  [
    String.raw`\b(?<tens>tens|hundreds)\s+of\s+(?<of>thousands|millions)\b`,
    String.raw`\b(?<approx>dozens|hundreds|thousands|millions|billions)\b`,
    String.raw`\b(?<a>a|one)\s+(?<w>dozen|hundred|thousand|million|billion)\b`,
    String.raw`\b(?<word>(?:${TENS})(?:-(?:${ONES}))?|two|three|four|five|six|seven|eight|nine|${TEENS})\b` +
      String.raw`(?:\s+(?<wscale>hundred|thousand|million|billion))?`,
  ].join('|'),
  'giu',
);

function singular(w: string): string {
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(ss|us)$/.test(w)) return w;
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

function unitAfter(text: string, end: number): { unit?: string; end: number } {
  // Skip adjectives and names: "10,000 North Korean troops", "1,200 more soldiers".
  const m =
    /^\s+(?:(?:more|additional|new|other|extra|civilian|military|armed|active|\p{Lu}[\p{L}.-]*)\s+){0,3}(\p{Ll}[\p{L}-]*)/u.exec(
      text.slice(end),
    );
  if (!m || UNIT_STOP.has(m[1]!.toLowerCase())) return { end };
  return { unit: singular(m[1]!.toLowerCase()), end: end + m[0].length };
}

/** "two decades" → 20 years, "a billion dollars" → $1e9. */
function normaliseUnit<T extends { value: number; high?: number; unit?: string }>(q: T): T {
  const as = q.unit ? UNIT_AS[q.unit] : undefined;
  if (!as) return q;
  return { ...q, unit: as[0], value: q.value * as[1], ...(q.high !== undefined ? { high: q.high * as[1] } : {}) };
}

function qualifierBefore(text: string, start: number): { precision?: Precision; start: number } {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const [re, precision] of QUALIFIERS) {
    const m = re.exec(before);
    if (m) return { precision, start: start - m[0].length };
  }
  return { start };
}

/** Extracts numbers and quantities with their precision and unit. Years (1900–2099 alone) are left to dates. */
export function extractQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const g = m.groups!;
    const start = m.index!;
    let end = start + m[0].length;
    const raw = g.num!.replace(/,/g, '');
    let value = Number(raw);
    if (!g.cur && !g.scale && !g.pct && !g.high && /^(1[89]|20)\d\d$/.test(g.num!)) continue; // a year ("2,000" is not)
    if (
      /^\d{1,2}$/.test(raw) &&
      /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$/i.test(
        text.slice(Math.max(0, start - 11), start),
      )
    )
      continue; // "Nov. 10"
    if (/^\d/.test(text.slice(end, end + 1)) || /[\d.]$/.test(text.slice(Math.max(0, start - 1), start))) continue;
    const scale = g.scale ? SCALE[g.scale.toLowerCase()]! : 1;
    value *= scale;
    const high = g.high ? Number(g.high.replace(/,/g, '')) * scale : undefined;
    let unit: string | undefined = g.pct ? '%' : g.cur ? g.cur : undefined;
    const age = /^-(year|month|week|day)s?-old\b/i.exec(text.slice(end));
    if (age && !g.pct && !unit) {
      unit = `${age[1]!.toLowerCase()} old`;
      end += age[0].length;
    }
    if (!g.pct && !age) {
      const u = unitAfter(text, end);
      if (u.unit && !unit) {
        unit = u.unit;
        end = u.end;
      }
    }
    const q = qualifierBefore(text, start);
    const precision: Precision = high !== undefined ? 'range' : g.plus ? 'at least' : (q.precision ?? 'exact');
    const found = {
      text: text.slice(q.start, end),
      start: q.start,
      end,
      value,
      ...(high !== undefined ? { high } : {}),
      precision,
      ...(unit ? { unit } : {}),
    };
    out.push(normaliseUnit(found));
  }
  for (const m of text.matchAll(WORD_RE)) {
    const g = m.groups!;
    const start = m.index!;
    if (out.some((q) => start < q.end && start + m[0].length > q.start)) continue;
    let value: number;
    let precision: Precision = 'exact';
    let high: number | undefined;
    if (g.tens) {
      const base = SCALE[g.of!.toLowerCase().slice(0, -1)]!;
      const tens = g.tens.toLowerCase() === 'tens' ? 10 : 100;
      value = 2 * tens * base;
      high = 10 * tens * base - 1;
      precision = 'approximate';
    } else if (g.approx) {
      value = APPROX_WORDS[g.approx.toLowerCase()]!;
      high = APPROX_HIGH[g.approx.toLowerCase()];
      precision = 'approximate';
    } else if (g.w) value = WORD_NUMBERS[g.w.toLowerCase()] ?? SCALE[g.w.toLowerCase()]!;
    else {
      value = g
        .word!.toLowerCase()
        .split('-')
        .reduce((sum, w) => sum + WORD_NUMBERS[w]!, 0);
      if (g.wscale) value *= SCALE[g.wscale.toLowerCase()] ?? 100;
    }
    let end = start + m[0].length;
    const u = unitAfter(text, end);
    const withHigh = high !== undefined ? { high } : {};
    if ((g.approx || g.tens) && /^\s+of\s+([\p{L}-]+)/iu.test(text.slice(end))) {
      const mm = /^\s+of\s+([\p{L}-]+)/iu.exec(text.slice(end))!;
      end += mm[0].length;
      out.push(
        normaliseUnit({
          text: text.slice(start, end),
          start,
          end,
          value,
          ...withHigh,
          precision,
          unit: singular(mm[1]!.toLowerCase()),
        }),
      );
      continue;
    }
    const q = qualifierBefore(text, start);
    if (q.precision) precision = q.precision;
    if (!u.unit && !g.approx && !g.tens && !g.wscale && !g.w) continue; // a bare "two" is rarely a figure worth comparing
    const found = {
      text: text.slice(q.start, u.end),
      start: q.start,
      end: u.end,
      value,
      ...withHigh,
      precision,
      ...(u.unit ? { unit: u.unit } : {}),
    };
    out.push(normaliseUnit(found));
  }
  return out.sort((a, b) => a.start - b.start);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_RE = new RegExp(
  [
    `\\b(?<md>${MONTH})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y>\\d{4}))?\\b`,
    `\\b(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<md2>${MONTH})(?:\\s+(?<y2>\\d{4}))?\\b`,
    `\\b(?:in\\s+)?(?<mo>${MONTH})(?:\\s+(?<y3>\\d{4}))?\\b(?!\\s+\\d)`,
    `\\b(?<rel>yesterday|today|tomorrow|tonight|last night)\\b`,
    `\\b(?<lt>last|this|next|earlier this|later this)\\s+(?<unit>week|month|year)\\b`,
    `\\b(?:on\\s+|last\\s+|this\\s+)?(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b`,
    `\\b(?<n>\\d+|a|two|three|four|five|six|ten)\\s+(?<agounit>days?|weeks?|months?|years?)\\s+ago\\b`,
    `\\b(?:in\\s+)?(?<year>(?:19|20)\\d\\d)\\b`,
  ].join('|'),
  'giu',
);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
function monthIndex(m: string): number {
  return MONTHS.indexOf(m.toLowerCase().slice(0, 3));
}
function parsePublished(published?: string): Date | undefined {
  if (!published) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}
function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/**
 * Extracts dates and resolves them against the publication date (YYYY-MM-DD…): "yesterday",
 * "on Monday" (the last Monday on or before publication), "on Nov. 10" (the year of publication,
 * or the year before when that would be in the future), "last month", "2014".
 */
export function extractDates(text: string, published?: string): DateMention[] {
  const pub = parsePublished(published);
  const out: DateMention[] = [];
  const smallNumber = (s: string): number => (/^\d+$/.test(s) ? Number(s) : s === 'a' ? 1 : (WORD_NUMBERS[s] ?? 1));
  for (const m of text.matchAll(DATE_RE)) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    const mention = (value: string | undefined, granularity: Granularity): void => {
      out.push({ text: m[0], start, end, ...(value ? { value } : {}), granularity });
    };
    const dayMonth = (mon: string, day: number, year?: string): void => {
      const mi = monthIndex(mon);
      let y = year ? Number(year) : pub?.getUTCFullYear();
      if (y === undefined) return mention(undefined, 'day');
      if (!year && pub && Date.UTC(y, mi, day) > pub.getTime() + 31 * 86_400_000) y--;
      mention(`${y}-${pad(mi + 1)}-${pad(day)}`, 'day');
    };
    if (g.md && g.d) dayMonth(g.md, Number(g.d), g.y);
    else if (g.md2 && g.d2) dayMonth(g.md2, Number(g.d2), g.y2);
    else if (g.mo) {
      // "May" alone is too often a verb; months need a year, "in", or a capital.
      if (/^may$/i.test(g.mo) && !g.y3) continue;
      if (!/^\p{Lu}/u.test(g.mo)) continue;
      const mi = monthIndex(g.mo);
      let y = g.y3 ? Number(g.y3) : pub?.getUTCFullYear();
      if (y !== undefined && !g.y3 && pub && mi > pub.getUTCMonth()) y--;
      mention(y !== undefined ? `${y}-${pad(mi + 1)}` : undefined, 'month');
    } else if (g.rel) {
      const r = g.rel.toLowerCase();
      const delta = r === 'yesterday' || r === 'last night' ? -1 : r === 'tomorrow' ? 1 : 0;
      mention(pub ? iso(addDays(pub, delta)) : undefined, 'day');
    } else if (g.lt && g.unit) {
      const when = g.lt.toLowerCase();
      const unit = g.unit.toLowerCase() as 'week' | 'month' | 'year';
      const step = when === 'last' ? -1 : when === 'next' ? 1 : 0;
      if (!pub) mention(undefined, unit);
      else if (unit === 'year') mention(String(pub.getUTCFullYear() + step), 'year');
      else if (unit === 'month') {
        const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + step, 1));
        mention(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, 'month');
      } else {
        // ISO-style: the Monday that starts the week.
        const d = addDays(pub, 7 * step);
        const monday = addDays(d, -((d.getUTCDay() + 6) % 7));
        mention(iso(monday), 'week');
      }
    } else if (g.wd) {
      const target = WEEKDAYS.indexOf(g.wd.toLowerCase());
      if (!pub) mention(undefined, 'day');
      else {
        let back = (pub.getUTCDay() - target + 7) % 7;
        if (/^last\s/i.test(m[0]) && back === 0) back = 7;
        mention(iso(addDays(pub, -back)), 'day');
      }
    } else if (g.n && g.agounit) {
      const n = smallNumber(g.n.toLowerCase());
      const unit = g.agounit.toLowerCase().replace(/s$/, '');
      if (!pub) mention(undefined, unit as Granularity);
      else if (unit === 'day') mention(iso(addDays(pub, -n)), 'day');
      else if (unit === 'week') mention(iso(addDays(pub, -7 * n)), 'week');
      else if (unit === 'month') {
        const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - n, 1));
        mention(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, 'month');
      } else mention(String(pub.getUTCFullYear() - n), 'year');
    } else if (g.year) mention(g.year, 'year');
  }
  return out;
}

/** The interval a quantity allows, for deciding whether two reports can both be right. */
export function interval(q: Quantity): [number, number] {
  switch (q.precision) {
    case 'exact':
      return [q.value, q.value];
    case 'range':
      return [q.value, q.high ?? q.value];
    case 'approximate':
      return q.high !== undefined ? [q.value, q.high] : [q.value * 0.85, q.value * 1.15];
    case 'at least':
      return [q.value, q.value * 2];
    case 'at most':
      return [q.value * 0.5, q.value];
  }
}
