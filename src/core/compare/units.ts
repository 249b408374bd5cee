/**
 * The pieces of each article worth comparing: the claims already tagged, then the attributed
 * claims the assistant finds, then the remaining sentences that carry something checkable (a
 * figure, a date, a name with an event). Each unit knows who it is attributed to.
 */
import { classifySource, hasProperName } from '../assist/source-kind';
import { suggest, type Suggestion } from '../assist/suggest';
import { splitSentences, tokenize } from '../text/tokenize';
import { carriesClaim } from './claim-content';
import { splitClauses, writersClause } from './clauses';
import { speakerPhrase } from './source-names';
import type { AttributionStrength, ClaimSpanInput, ClaimUnit, CompareDocument, TextRange } from './types';

const ANONYMOUS =
  /\b(?:sources?|officials?|person|people|aides?|insiders?|individuals?|someone|diplomats?|analysts?|experts?|critics?)\b/i;
const CHECKABLE =
  /\d|\p{Lu}\p{Ll}+[^.]*\b\p{Ll}+(?:ed|en)\b|\b(?:said|says|told|according|announced|reported|confirmed|denied)\b/u;
/** A figure in words ("nearly two decades", "thousands of messages") is as checkable as one in digits. */
const NUMBER_WORDS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|hundreds?|thousands?|millions?|billions?|decades?|half)\b/i;
const MIN_WORDS = 6;
/** What follows a verb of asking or urging: an infinitive, not something said to be true. */
const DIRECTIVE = /^[\s"“]*(?:not\s+)?to\s/i;

/** Named, anonymous or none: "officials", "a person familiar" are anonymous; "the senator" refers to someone named. */
export function attributionStrength(sourceText: string | undefined): AttributionStrength {
  if (!sourceText) return 'none';
  // A capital that only starts the sentence ("Officials said") is not a name.
  if (hasProperName(sourceText.replace(/^\p{Lu}/u, (c) => c.toLowerCase()))) return 'named';
  if (ANONYMOUS.test(sourceText)) return 'anonymous';
  return classifySource(sourceText).kind === 'anonymous person' && /^(?:an?|some|several|one)\b/i.test(sourceText)
    ? 'anonymous'
    : 'named';
}

const overlaps = (a: TextRange, b: TextRange): boolean => a.start < b.end && b.start < a.end;
const wordCount = (s: string): number => (s.match(/[\p{L}\d]+/gu) ?? []).length;

/** The parts of `range` no range of `taken` (sorted by start) covers. */
function uncovered(range: TextRange, taken: TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  let at = range.start;
  for (const t of taken) {
    if (t.end <= at || !overlaps(t, range)) continue;
    if (t.start > at) out.push({ start: at, end: t.start });
    at = Math.max(at, t.end);
  }
  if (at < range.end) out.push({ start: at, end: range.end });
  return out;
}

function trimRange(text: string, r: TextRange): TextRange {
  let { start, end } = r;
  while (start < end && /[\s“”"‘’'(]/.test(text[start]!)) start++;
  while (end > start && /[\s“”"‘’'.,;:)]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The source a suggestion cites, with "he"/"she" read as the person named before. */
function sourceOf(
  text: string,
  claim: Suggestion,
  byId: Map<string, Suggestion>,
): (TextRange & { text: string }) | undefined {
  const s = claim.links?.sourceId ? byId.get(claim.links.sourceId) : undefined;
  if (!s) return undefined;
  const resolved = /→ ([^)]+)\)$/.exec(s.reason)?.[1];
  if (resolved) return { start: s.start, end: s.end, text: resolved };
  // A clause where the source should be ("is seizing upon a New York Times") cites its named object.
  const words = text.slice(s.start, s.end);
  const speaker = speakerPhrase(words) ?? words;
  const at = s.start + words.lastIndexOf(speaker);
  return { start: at, end: at + speaker.length, text: speaker };
}

/** A noun of saying whose "that" clause holds what was said: "a Times report that …", "the ministry's claim that …". */
const REPORT_NOUN_BEFORE = new RegExp(
  String.raw`((?:(?:an?|the)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+)*(?:[\p{Ll}-]+\s+)?` +
    String.raw`(?:report|reports|claim|claims|statement|allegation|allegations|assertion|announcement|disclosure|accusation|accusations))` +
    // "from over the weekend", "on Sunday": when the report came, between the noun and its clause.
    String.raw`(?:\s+(?:from|on|in|last|this|earlier)\b[^,;]{0,30}?)?\s*$`,
  'u',
);

/** The report a clause gives the content of ("… a New York Times report from Sunday that nearly $1 billion …"). */
function reportNounBefore(
  text: string,
  sentenceStart: number,
  clause: TextRange,
): (TextRange & { text: string }) | undefined {
  if (!/^that\s/i.test(text.slice(clause.start, clause.end))) return undefined;
  const before = text.slice(sentenceStart, clause.start);
  const m = REPORT_NOUN_BEFORE.exec(before);
  if (!m?.[1]) return undefined;
  const start = sentenceStart + m.index;
  return { start, end: start + m[1].length, text: m[1] };
}

/** Units of one document, in text order; `claims` are the document's tagged claim spans. */
export function claimUnits(document: CompareDocument, claims: ClaimSpanInput[]): ClaimUnit[] {
  const { text } = document;
  const suggestions = suggest(
    { id: document.id, text, ...(document.published ? { published: document.published } : {}) },
    { statements: false },
  );
  const byId = new Map(suggestions.map((s) => [s.id, s]));
  const units: ClaimUnit[] = [];
  const sentences = splitSentences(tokenize(text));
  const sentenceOf = (r: TextRange): TextRange => {
    // Sentences are in text order: the last one starting at or before `r`.
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= r.start) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo];
    return s && s.start <= r.start && r.start < s.end ? s : r;
  };
  const unit = (
    r: TextRange,
    spanId: string | null,
    source?: TextRange & { text: string },
    cue?: { speaker?: string | undefined },
  ): void => {
    const t = trimRange(text, r);
    if (t.end <= t.start) return;
    const sentence = sentenceOf(t);
    const made: ClaimUnit = {
      documentId: document.id,
      spanId,
      ...t,
      text: text.slice(t.start, t.end),
      ...(source ? { source } : {}),
      attribution: attributionStrength(source?.text),
      context: { start: Math.min(sentence.start, t.start), end: Math.max(sentence.end, t.end) },
    };
    // Words around a cue are a frame unless they say more than who spoke (", saying" after a claim).
    units.push(cue && !carriesClaim(made, cue.speaker) ? { ...made, frame: true } : made);
  };
  for (const c of claims) {
    const suggested = suggestions.find((s) => s.label === 'Claim' && overlaps(s, c));
    unit(c, c.spanId, c.source ?? (suggested ? sourceOf(text, suggested, byId) : undefined));
  }
  // "The mayor urged the board not to publish it" reports no proposition but an act: the urging
  // is the writer's claim, so the infinitive stays in the sentence rather than becoming the mayor's claim.
  const attributed = suggestions.filter(
    (s) =>
      s.label === 'Claim' &&
      s.links?.sourceId &&
      !claims.some((c) => overlaps(c, s)) &&
      !DIRECTIVE.test(text.slice(s.start, s.end)),
  );
  for (const s of attributed) {
    const source = sourceOf(text, s, byId);
    // A quote of several sentences says several things: each sentence, then each clause, is a unit.
    for (const sentence of sentences) {
      const piece = { start: Math.max(s.start, sentence.start), end: Math.min(s.end, sentence.end) };
      if (piece.start >= piece.end) continue;
      // What the writer adds around the reported words (", which …", "until …") is stated, not cited.
      let previous: TextRange | undefined;
      for (const clause of splitClauses(text, piece)) {
        unit(clause, null, writersClause(text, sentence.start, clause, previous) ? undefined : source);
        previous = clause;
      }
    }
  }
  // The cue of an attributed claim: what is left around it ("The director told Congress on Friday that") is a frame.
  const cues = attributed.flatMap((s) => {
    const cue = s.links?.cueId ? byId.get(s.links.cueId) : undefined;
    return cue ? [{ ...cue, speaker: sourceOf(text, s, byId)?.text }] : [];
  });
  const taken = [...claims, ...attributed].sort((a, b) => a.start - b.start);
  for (const sentence of sentences) {
    if (sentence.last - sentence.first < MIN_WORDS) continue;
    // What a tagged or attributed claim leaves of the sentence may carry a claim of its own.
    for (const rest of uncovered(sentence, taken)) {
      if (wordCount(text.slice(rest.start, rest.end)) < MIN_WORDS) continue;
      for (const clause of splitClauses(text, rest)) {
        const piece = text.slice(clause.start, clause.end);
        if (CHECKABLE.test(piece) || NUMBER_WORDS.test(piece))
          unit(
            clause,
            null,
            reportNounBefore(text, sentence.start, clause),
            cues.find((c) => overlaps(c, clause)),
          );
      }
    }
  }
  return units.sort((a, b) => a.start - b.start || a.end - b.end);
}
