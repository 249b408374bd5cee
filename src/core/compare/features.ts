/**
 * What the later stages compare in a claim: stemmed content words, names, figures and dates
 * (normalised), hedges and denials. Pure and linear in the claim's length.
 */
import { extractDates, extractQuantities, type DateMention, type Quantity } from '../assist/quantities';
import { dayTokens, lemma } from './lemmas';
import { synonymStems } from './synonyms';
import type { ClaimUnit, TextRange } from './types';

export interface Marker extends TextRange {
  text: string;
}

export interface ClaimFeatures {
  unit: ClaimUnit;
  /** Stemmed content words. */
  words: Set<string>;
  /** Lower-cased words of capitalised names that are not sentence-initial ("comey", "abedin"). */
  names: Set<string>;
  quantities: Quantity[];
  dates: DateMention[];
  /** "may", "reportedly", "allegedly"… with offsets into the document. */
  hedges: Marker[];
  /** "denied", "did not", "false"… with offsets into the document. */
  denials: Marker[];
}

const STOP = new Set(
  (
    'a an the and or but of in on at to for from by with about as into over after before than that this these those ' +
    'is are was were be been being has have had do does did will would can could may might must should shall it its ' +
    'he she they them his her their we our you your i me my who whom which what when where why how not no nor so ' +
    'there here also more most less many much some any all each every other such only own same very just then ' +
    'said says say told according reported added noted claimed announced stated wrote per cent percent ' +
    'up down out off again further once while during since until because if whether both either neither ' +
    'mr mrs ms dr sen rep gov gen just now new last week month year years day days monday tuesday wednesday ' +
    'thursday friday saturday sunday yesterday today'
  ).split(/\s+/),
);
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'gen',
  'the',
  'a',
  'an',
  'in',
  'on',
  'but',
  'and',
]);

/**
 * A light stemmer: enough to meet "emails"/"email", "collapsed"/"collapses"/"collapse", "denied"/"denies".
 * One suffix comes off: a verb or noun ending, else a plural; then a final "e".
 */
export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[’']/g, '');
  if (w.length > 4 && /(?:ies|ied)$/.test(w)) return `${w.slice(0, -3)}y`;
  const derived = w.length > 5 ? w.replace(/(?:ations?|ing|ments?|ness|edly|ed|ly)$/, '') : w;
  if (derived !== w) w = derived;
  else if (w.length > 4) w = w.replace(/(?:(?<=(?:s|x|z|ch|sh))es|(?<![su])s)$/, '');
  if (w.length > 3) w = w.replace(/e$/, '');
  return w;
}

const SYNONYM = synonymStems(stem);

/** "F.B.I." → "FBI", "U.S." → "US": dotted initialisms read as the word the other outlet writes. */
export const undotInitialisms = (text: string): string =>
  text.replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, ''));

/** Each content word of `text` as its stem, lower-cased and as written ("Assessment" → "assess"). */
export function eachContentWord(text: string, visit: (stem: string, written: string, asWritten: string) => void): void {
  const days = dayTokens(text);
  days.tokens.forEach((token, i) => visit(token, days.surfaces[i]!, days.surfaces[i]!));
  for (const w of undotInitialisms(days.rest).match(/[\p{L}][\p{L}'’-]*|\d[\d,.]*/gu) ?? []) {
    // "near-collapse" also says "collapse".
    for (const part of w.includes('-') ? [w, ...w.split('-')] : [w]) {
      const lower = part.toLowerCase();
      if (lower.length < 3 || STOP.has(lower)) continue;
      const s = stem(lemma(lower.replace(/,/g, '')));
      visit(SYNONYM.get(s) ?? s, lower, part);
    }
  }
}

export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  eachContentWord(text, (s) => out.add(s));
  return out;
}

/** The first written form of each stem in `text`, to tell a reader what two claims share in words they wrote. */
export function writtenForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  eachContentWord(text, (s, written) => {
    if (!out.has(s)) out.set(s, written);
  });
  return out;
}

export function names(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of undotInitialisms(text).matchAll(/(?<=[\p{L}\d,;:)’'"”]\s+)\p{Lu}[\p{L}'’-]+/gu)) {
    const w = m[0].toLowerCase().replace(/[’']s$/, '');
    if (!TITLES.has(w) && !STOP.has(w)) out.add(w);
  }
  return out;
}

const HEDGE = new RegExp(
  '\\b(?:may|might|could|possibly|perhaps|reportedly|allegedly|alleged|apparently|purportedly|likely|unlikely|' +
    'suspected|presumably|probably|appears? to|appeared to|seems? to|seemed to|is said to|are said to|unconfirmed|' +
    '(?:is|are|was|were) (?:expected|believed|thought|understood) to|expected to|' +
    // A forecast is not a fact: "he expects Clinton to recover", "predicts".
    'expects?|predicts?|predicted|forecasts?)\\b',
  'giu',
);
const DENIAL = new RegExp(
  '\\b(?:denie[sd]|deny(?:ing)?|rejected|rejects|disputed|disputes|refuted|false|untrue|not true|no evidence|never|' +
    "did not|does not|do not|didn't|doesn't|don't|has not|have not|hasn't|haven't|was not|were not|wasn't|weren't)\\b",
  'giu',
);

function markers(re: RegExp, unit: ClaimUnit): Marker[] {
  const out: Marker[] = [];
  for (const m of unit.text.matchAll(re)) {
    const start = unit.start + m.index!;
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/** Words that state an age without a figure: "a minor" is under 18, "a teenager" 13 to 19. */
const AGE_WORDS: Array<[RegExp, number, number]> = [
  [/\b(?:an?\s+)?(?:minor|underage|under-age)\b/giu, 0, 17],
  [/\b(?:an?\s+)?(?:teenager|teen|teenage)\b/giu, 13, 19],
];

/** Ages stated in words, as ranges in "year old" that compare with "a 15-year-old". */
export function ageWords(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const [re, value, high] of AGE_WORDS)
    for (const m of text.matchAll(re))
      out.push({
        text: m[0],
        start: m.index!,
        end: m.index! + m[0].length,
        value,
        high,
        precision: 'range',
        unit: 'year old',
      });
  return out;
}

/** A cheap test before the date reader: a digit, a month, a weekday or a relative day. */
const DATEISH =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tomorrow|tonight)/i;
const RELATIVE_WORD = /\b(?:last|this|next|earlier|later|ago)\b/i;

const shift = <T extends { start: number; end: number }>(x: T, by: number): T => ({
  ...x,
  start: x.start + by,
  end: x.end + by,
});

/** Features of one unit; offsets of figures, dates and markers are document offsets. */
export function features(
  unit: ClaimUnit,
  published?: string,
  documentText?: string,
  sentenceDates = new Map<string, DateMention[]>(),
): ClaimFeatures {
  // Dates are read once per sentence (units of one sentence share it); a unit's own are those inside it.
  const key = `${unit.context.start}-${unit.context.end}`;
  let around = sentenceDates.get(key);
  if (!around) {
    const text = documentText ? documentText.slice(unit.context.start, unit.context.end) : unit.text;
    const offset = documentText ? unit.context.start : unit.start;
    around =
      DATEISH.test(text) || RELATIVE_WORD.test(text) ? extractDates(text, published).map((d) => shift(d, offset)) : [];
    sentenceDates.set(key, around);
  }
  const own = around.filter((d) => d.start >= unit.start && d.end <= unit.end);
  const framing = around.filter((d) => d.end <= unit.start || d.start >= unit.end);
  return {
    unit,
    // Who says it is part of the claim: "Comey told Congress" and "Comey's letter to Congress".
    words: contentStems(`${unit.text} ${unit.source?.text ?? ''}`),
    names: names(` ${unit.text} ${unit.source?.text ?? ''}`),
    quantities: ((): Quantity[] => {
      const figures = extractQuantities(unit.text);
      const ages = ageWords(unit.text).filter((a) => !figures.some((q) => a.start < q.end && q.start < a.end));
      return [...figures, ...ages].map((q) => shift(q, unit.start));
    })(),
    dates: [...own, ...framing],
    hedges: markers(HEDGE, unit),
    denials: markers(DENIAL, unit),
  };
}
