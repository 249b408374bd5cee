/**
 * Splits a sentence into clauses that can each carry one claim: at semicolons and dashes, before
 * ", which", ", but"…, and before a "that" which starts a relative clause (not after "said that").
 * Pieces shorter than a few words stay with their neighbour.
 */
import type { TextRange } from './types';

/** A finite verb a few words on: "her campaign later disclosed", "Clinton recovers", "she nearly collapsed". */
const SUBJECT_VERB = String.raw`(?:he|she|they|it|we|i|his|her|their|its|the|\p{Lu}[\p{L}'’.-]*)(?:\s+[\p{L}'’.-]+){0,2}?\s+\p{Ll}+(?:ed|es|s)\b`;
const BREAK = new RegExp(
  String.raw`;\s+|\s+[—–]\s+|\s+--\s+|,\s+(?=(?:which|who|while|but|although|though|whereas|even as)\b)|\s+(?=that\s)` +
    // A subordinate clause after a comma: ", particularly after video surfaced", ", following her near-collapse".
    String.raw`|,\s+(?=(?:(?:particularly|especially|just|shortly|soon|even)\s+)?(?:after|before|until|because|since|following|amid|despite)\b)` +
    // A new subject: "until she nearly collapsed", "and her campaign later disclosed", "as Trump consolidates".
    String.raw`|\s+(?=(?:and|until|because|as|after|before|when|since)\s+${SUBJECT_VERB})` +
    // A sentence inside a quote the sentence splitter keeps whole ("… due to health concerns. It was later …").
    String.raw`|(?<=\p{Ll}{3}[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})`,
  'gu',
);
/** Words after which "that" introduces what was said or shown, not a new clause. */
const REPORTING = new Set(
  (
    'said says say told tell show shows showed shown found find finds believe believes believed noted note ' +
    'reported report wrote write writes means mean meant claim claims claimed argued argue argues suggest ' +
    'suggests suggested announced so such now clear concluded conclude added acknowledged acknowledge ' +
    'confirmed confirm denied deny insisted insist warned warn knew know think thought hope hoped feel felt ' +
    'fear feared learned learn ensure ensured given fact sure ' +
    'is was are were be been indicate indicates indicated saying'
  ).split(/\s+/),
);
const MIN_WORDS = 5;
const TIME_AFTER_FRAME = new RegExp(
  String.raw`\s+(?:on\s+)?(?:(?:last|this)\s+)?` +
    '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|week|month|night|morning|evening)$',
  'i',
);

const wordCount = (s: string): number => (s.match(/[\p{L}\d]+/gu) ?? []).length;

export function splitClauses(text: string, range: TextRange): TextRange[] {
  const cuts: number[] = [];
  const body = text.slice(range.start, range.end);
  for (const m of body.matchAll(BREAK)) {
    const at = m.index!;
    if (/^\s+$/.test(m[0])) {
      // "reported Sunday that", "said last week that": the frame's time does not end it.
      const frame = body.slice(0, at).replace(TIME_AFTER_FRAME, '');
      const before = /([\p{L}']+)\W*$/u.exec(frame)?.[1]?.toLowerCase();
      if (!before || REPORTING.has(before)) continue;
    }
    cuts.push(at + m[0].length);
  }
  const pieces: TextRange[] = [];
  let start = range.start;
  for (const cut of cuts.map((c) => range.start + c)) {
    if (wordCount(text.slice(start, cut)) < MIN_WORDS || wordCount(text.slice(cut, range.end)) < MIN_WORDS) continue;
    pieces.push({ start, end: cut });
    start = cut;
  }
  pieces.push({ start, end: range.end });
  return pieces;
}

/** ", news that rattled the campaign": a noun summing up what was said, then what the writer makes of it. */
const APPOSITIVE_BEFORE = /,\s*(?:(?:a|an|the)\s+)?\p{Ll}+(?:\s+\p{Ll}+)?\s*$/u;
/**
 * ", which forced her to leave": a relative clause telling what happened is background the writer
 * adds; one that reasons on (", which could have let him") goes on with what was said.
 */
const RELATIVE_FACT = /^(?:which|who)\s+(?!(?:could|may|might|would|will|can|should|must|means?|meant)\b)/i;
/** Clauses whose event a sentence takes as given: "until she collapsed", "as the race tightens". */
const PRESUPPOSED = '(?:until|after|before|since|following|as|when|while|once)';
const PRESUPPOSED_START = new RegExp(`^${PRESUPPOSED}\\s`, 'i');
/** "a tightening race as Trump consolidates his party": a clause that ends in a presupposed one. */
const PRESUPPOSED_INSIDE = new RegExp(`\\s${PRESUPPOSED}\\s+${SUBJECT_VERB}`, 'iu');

/** Whether `at` lies inside a direct quote of the sentence (`from` is where the sentence starts). */
function insideQuote(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  const opened = (before.match(/[“"]/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return opened % 2 === 1;
}

/**
 * Whether a clause of a reported claim is the writer's, not the speaker's: an appositive that sums
 * up what was said (", news that …") or a temporal clause whose event is taken as given ("until she
 * nearly collapsed", "as the race tightens"). These commit the writer even inside indirect speech;
 * inside a direct quote they stay the speaker's words. A clause joined by "and" to a presupposed
 * one (the `previous` clause starts or ends with it) continues it.
 */
export function writersClause(text: string, sentenceStart: number, clause: TextRange, previous?: TextRange): boolean {
  if (insideQuote(text, sentenceStart, clause.start)) return false;
  const body = text.slice(clause.start, clause.end);
  const before = text.slice(sentenceStart, clause.start);
  if (/^that\b/i.test(body) && APPOSITIVE_BEFORE.test(before)) return true;
  if (RELATIVE_FACT.test(body) && /,\s*$/.test(before)) return true;
  if (PRESUPPOSED_START.test(body) && before.trim().length > 0) return true;
  if (!previous || !/^and\s/i.test(body)) return false;
  const last = text.slice(previous.start, previous.end);
  return PRESUPPOSED_START.test(last) || PRESUPPOSED_INSIDE.test(last);
}
