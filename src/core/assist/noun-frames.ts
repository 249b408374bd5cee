/**
 * Cues that are not a reporting verb standing alone, read from argument frames over the lexicons of
 * frame-lexicon.ts:
 *  - a reporting noun with its possessor: "Trump's claims that ...", "her criticism of ..." (source: the possessor);
 *  - a reporting noun with "from"/"by": "a statement from the ministry", "accusations by Kyiv" (source: the phrase after);
 *  - a light verb and a reporting noun: "made comments about", "raised questions about", "took aim at" (source: the subject);
 *  - a linking verb and a stance adjective: "were worried about", "is confident that" (source: the subject);
 *  - a verb governing the cue's infinitive: "went on to say", "appeared to acknowledge" (source: the subject).
 */
import type { Attribution } from './attribution';
import {
  AGENT_NOUNS,
  CATENATIVES,
  COMPLEMENT_WORDS,
  DOCUMENT_NOUNS,
  LIGHT_VERB_ONLY_NOUNS,
  LIGHT_VERBS,
  LINKING_VERBS,
  REPORTING_NOUNS,
  STANCE_ADJECTIVES,
} from './frame-lexicon';
import { CLAUSE_BOUNDARY, CUE_PREFIX, CUE_VERBS, DETERMINERS, PREPOSITIONS, TIME_WORDS } from './lexicon';
import type { PhraseReader } from './phrases';
import { isCap, isPunct, isWord, type Range } from './token-predicates';
import type { Sentence, Token } from '../text/tokenize';

/** Light verbs, stance adjectives: less sure than a verb of saying, still at `--apply`'s default cut-off. */
const FRAME_SCORE = 0.6;
/**
 * A reporting noun with its possessor or its "from"/"by" phrase: below `--apply`'s cut-off, shown for the
 * analyst to accept. Measured against PolNeAR (dev and test) about 4 in 10 are attributions the annotators marked.
 */
const NOUN_SCORE = 0.45;
/** Noun classes that are cues after a possessive or a light verb. */
const SAYING = /^(speech|belief)$/;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** Complements that join a noun cue: "comments about", "criticism of"; "that" and "to" open its content instead. */
const NOUN_COMPLEMENTS = new Set(['that', 'about', 'of', 'on', 'over', 'to', 'against', 'for', 'regarding', 'whether']);
const TAKE = /^(take|takes|took|taken|taking)$/;
const TAKE_NOUNS = /^(aim|issue|shots?|swipes?|jabs?|questions|note)$/;
const GO = /^(go|goes|went|gone|going)$/;
const COME = /^(come|comes|came)$/;
const ADVERB =
  /^(so|very|too|also|not|n't|more|less|most|increasingly|deeply|still|even|all|quite|particularly|\p{Ll}+ly)$/u;
/** Stance adjectives that take "to" ("opposed to") or "by" ("surprised by") with their source as subject. */
const TAKES_TO = /^(opposed|committed|hostile|sympathetic|grateful|thankful)$/;
const TAKES_BY =
  /^(surprised|shocked|troubled|disturbed|alarmed|embarrassed|upset|frustrated|disappointed|pleased|outraged)$/;

const text = (T: Token[], r: Range): string =>
  T.slice(r.first, r.last)
    .map((t) => t.text)
    .join(' ');

const isPossessive = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.kind === 'word' &&
  (POSSESSIVE_PRONOUNS.has(t.lower) || (t.text.length > 2 && /\p{L}(['’]s|s['’])$/u.test(t.text)));

/** A lower-case word that may modify a noun: "harsh", "first public", not a preposition or a verb of saying. */
const isModifier = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.kind === 'word' &&
  !isPossessive(t) &&
  ((!isCap(t) &&
    !PREPOSITIONS.has(t.lower) &&
    !DETERMINERS.has(t.lower) &&
    !CLAUSE_BOUNDARY.has(t.lower) &&
    !CUE_VERBS.has(t.lower)) ||
    TIME_WORDS.has(t.lower));

/** Finds the frame cues of a sentence. */
export function findFrameCues(reader: PhraseReader, s: Sentence): Attribution[] {
  const T = reader.tokens;
  const out: Attribution[] = [];
  for (let k = s.first; k < s.last; k++) {
    const t = T[k]!;
    if (t.kind !== 'word' || reader.quoted[k]) continue;
    const att =
      possessiveNoun(T, k, s) ??
      nounFromBy(reader, k, s) ??
      lightVerb(reader, k, s) ??
      stance(T, k, s) ??
      agentNoun(T, k, s) ??
      namedDocument(T, k, s);
    if (att) {
      out.push(att);
      k = Math.max(k, att.cue.last - 1);
    }
  }
  return out;
}

/** "Trump's allegations of ...", "her support of ...": the possessor is the source. */
function possessiveNoun(T: Token[], k: number, s: Sentence): Attribution | undefined {
  const t = T[k]!;
  if (isCap(t) || !SAYING.test(REPORTING_NOUNS.get(t.lower) ?? '') || !NOUN_COMPLEMENTS.has(T[k + 1]?.lower ?? ''))
    return undefined;
  let j = k - 1;
  while (j >= s.first && k - j <= 3 && isModifier(T[j])) j--;
  if (j < s.first || !isPossessive(T[j])) return undefined;
  let first = j;
  if (!POSSESSIVE_PRONOUNS.has(T[j]!.lower)) {
    while (
      first - 1 >= s.first &&
      j - first < 5 &&
      isWord(T[first - 1]) &&
      (isCap(T[first - 1]) || DETERMINERS.has(T[first - 1]!.lower)) &&
      !isPossessive(T[first - 1])
    ) {
      first--;
      if (DETERMINERS.has(T[first]!.lower)) break;
    }
  }
  const cue = { first: j + 1, last: k + 1 + (/^(that|to)$/.test(T[k + 1]!.lower) ? 0 : 1) };
  return {
    cue,
    cueText: text(T, cue),
    pattern: 'noun',
    source: { first, last: j + 1 },
    score: NOUN_SCORE,
    content: [],
  };
}

/** "a statement from the ministry", "accusations by Kyiv that ...": the phrase after "from"/"by" is the source. */
function nounFromBy(reader: PhraseReader, k: number, s: Sentence): Attribution | undefined {
  const T = reader.tokens;
  const t = T[k]!;
  const prep = T[k + 1];
  if ((isCap(t) && k > s.first) || !REPORTING_NOUNS.has(t.lower) || !prep || !/^(from|by)$/.test(prep.lower))
    return undefined;
  const prev = T[k - 1];
  // A noun, not a verb: "the claims from", "new accusations by", not "she claims by".
  if (
    prev &&
    k > s.first &&
    !(DETERMINERS.has(prev.lower) || isModifier(prev) || isPossessive(prev) || PREPOSITIONS.has(prev.lower))
  )
    return undefined;
  const source = reader.forwardNP(k + 2, s.last, 'subject');
  // "A statement from the ministry said ...": the whole phrase is the subject of a cue verb, which names the source.
  const after = T[source?.last ?? k]?.lower ?? '';
  if (!source || CUE_VERBS.has(after) || CUE_PREFIX.has(after)) return undefined;
  return { cue: { first: k, last: k + 1 }, cueText: t.text, pattern: 'noun', source, score: NOUN_SCORE, content: [] };
}

/** "made comments about", "issued a statement", "raised questions about", "took aim at": the subject speaks. */
function lightVerb(reader: PhraseReader, k: number, s: Sentence): Attribution | undefined {
  const T = reader.tokens;
  const t = T[k]!;
  if (!LIGHT_VERBS.has(t.lower) || (isCap(t) && k > s.first)) return undefined;
  const prev = T[k - 1];
  if (prev && (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || isPossessive(prev))) return undefined;
  if (reader.reducedRelative(k)) return undefined; // "the statement issued by"
  if (prev && /^(is|are|was|were|been|be|being|get|got)$/.test(prev.lower) && !t.lower.endsWith('ing'))
    return undefined;
  let m = k + 1;
  while (m < s.last && m - k <= 4 && (DETERMINERS.has(T[m]!.lower) || isModifier(T[m]) || isPossessive(T[m]))) {
    if (REPORTING_NOUNS.has(T[m]!.lower) || LIGHT_VERB_ONLY_NOUNS.has(T[m]!.lower)) break;
    if (TAKE.test(t.lower) && TAKE_NOUNS.test(T[m]!.lower)) break;
    m++;
  }
  const noun = T[m];
  if (!noun || m === k + 1 + 4 || isCap(noun)) return undefined;
  const fits = TAKE.test(t.lower)
    ? TAKE_NOUNS.test(noun.lower)
    : SAYING.test(REPORTING_NOUNS.get(noun.lower) ?? '') || LIGHT_VERB_ONLY_NOUNS.has(noun.lower);
  if (!fits) return undefined;
  // "issued a statement saying ...": the participle is the cue (cues.ts), the statement its setting.
  if (CUE_VERBS.has(T[m + 1]?.lower ?? '')) return undefined;
  let last = m + 1;
  if (COMPLEMENT_WORDS.has(T[last]?.lower ?? '') && !/^(that|to|by|whether)$/.test(T[last]!.lower)) last++;
  const first = withPrefixes(T, k, s);
  const cue = { first, last };
  return { cue, cueText: text(T, cue), pattern: 'subject', score: FRAME_SCORE, content: [] };
}

/** "were worried about", "is confident that", "was eager to": the subject holds the stance. */
function stance(T: Token[], k: number, s: Sentence): Attribution | undefined {
  const t = T[k]!;
  const cls = STANCE_ADJECTIVES.get(t.lower);
  if (!cls || isCap(t)) return undefined;
  const next = T[k + 1]?.lower ?? '';
  const complement =
    next === 'to'
      ? cls === 'intent' || TAKES_TO.test(t.lower)
      : next === 'by'
        ? TAKES_BY.test(t.lower)
        : COMPLEMENT_WORDS.has(next);
  if (!complement) return undefined;
  let j = k - 1;
  while (j >= s.first && k - j <= 3 && ADVERB.test(T[j]!.lower)) j--;
  if (j < s.first || !LINKING_VERBS.has(T[j]!.lower)) return undefined;
  const first = withPrefixes(T, j, s);
  const cue = { first, last: /^(that|to|whether)$/.test(next) ? k + 1 : k + 2 };
  return { cue, cueText: text(T, cue), pattern: 'subject', score: FRAME_SCORE, content: [] };
}

/** "is a staunch opponent of", "has long been a critic of": the subject takes that side. */
function agentNoun(T: Token[], k: number, s: Sentence): Attribution | undefined {
  const t = T[k]!;
  if (!LINKING_VERBS.has(t.lower) || isCap(t)) return undefined;
  let m = k + 1;
  if (/^(a|an|the)$/.test(T[m]?.lower ?? '')) m++;
  else if (T[m]?.lower === 'one' && T[m + 1]?.lower === 'of' && T[m + 2]?.lower === 'the') m += 3;
  while (m < s.last && m - k <= 5 && !AGENT_NOUNS.has(T[m]!.lower) && (isModifier(T[m]) || ADVERB.test(T[m]!.lower)))
    m++;
  const noun = T[m];
  if (!noun || !AGENT_NOUNS.has(noun.lower) || !/^(of|for)$/.test(T[m + 1]?.lower ?? '')) return undefined;
  const cue = { first: withPrefixes(T, k, s), last: m + 2 };
  return { cue, cueText: text(T, cue), pattern: 'subject', score: FRAME_SCORE, content: [] };
}

/**
 * "a New York Times report that ...", "a 2014 Senate study that ...": a document named by its author or
 * its date, with the clause it holds; the source is the article and the naming words, the cue the noun.
 */
function namedDocument(T: Token[], k: number, s: Sentence): Attribution | undefined {
  const t = T[k]!;
  if (!DOCUMENT_NOUNS.has(t.lower) || isCap(t) || T[k + 1]?.lower !== 'that') return undefined;
  const after = T[k + 2];
  if (
    !after ||
    !(
      isCap(after) ||
      after.kind === 'number' ||
      DETERMINERS.has(after.lower) ||
      /^(he|she|they|it|we|i)$/.test(after.lower)
    )
  )
    return undefined;
  let j = k - 1;
  while (j >= s.first && k - j <= 6 && (isCap(T[j]) || T[j]!.kind === 'number') && !DETERMINERS.has(T[j]!.lower)) j--;
  if (j === k - 1 || j < s.first || !/^(a|an|the)$/.test(T[j]!.lower)) return undefined;
  return {
    cue: { first: k, last: k + 1 },
    cueText: t.text,
    pattern: 'noun',
    source: { first: j, last: k },
    score: FRAME_SCORE,
    content: [],
  };
}

/** Auxiliaries and adverbs before a verb join its cue: "has repeatedly made", "had been". */
function withPrefixes(T: Token[], k: number, s: Sentence): number {
  let first = k;
  while (
    first - 1 >= s.first &&
    k - first < 4 &&
    (CUE_PREFIX.has(T[first - 1]!.lower) || ADVERB.test(T[first - 1]!.lower)) &&
    T[first - 1]!.kind === 'word'
  )
    first--;
  return first;
}

/**
 * "went on to say", "appeared to acknowledge", "was quick to note": the first token of the verb
 * governing the infinitive whose "to" is at `to`, with its auxiliaries, or undefined.
 */
export function governingVerb(T: Token[], to: number, s: Sentence): number | undefined {
  let j = to - 1;
  if (j < s.first || T[to]?.lower !== 'to') return undefined;
  if (T[j]!.lower === 'on' && GO.test(T[j - 1]?.lower ?? '')) j--;
  else if (T[j]!.lower === 'forward' && COME.test(T[j - 1]?.lower ?? '')) j--;
  else if (GO.test(T[j]!.lower) || COME.test(T[j]!.lower) || !CATENATIVES.has(T[j]!.lower)) return undefined;
  if (j < s.first || isCap(T[j]) || isPunct(T[j - 1], '-')) return undefined;
  return withPrefixes(T, j, s);
}
