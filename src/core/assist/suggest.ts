/**
 * Offline attribution suggestions: finds cues ("said", "according to"), the source each cites and
 * the claim it attributes, plus the outlet's own checkable statements. Pure rules over a small
 * tokenizer: no model, no I/O, linear in the text's length.
 */
import { stableHash } from './hash';
import {
  CLAUSE_BOUNDARY,
  CUE_PREFIX,
  CUE_VERBS,
  DETERMINERS,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SETTING_NOUNS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
  type CueEntry,
} from './lexicon';
import { classifySource, hasProperName } from './source-kind';
import { splitSentences, tokenize, type Sentence, type Token } from './tokenize';

export type SuggestionLabel = 'Source' | 'Cue' | 'Claim';

export interface SuggestionFragment {
  start: number;
  end: number;
}

export interface Suggestion {
  /** Stable: a hash of the label and offsets, so re-running never duplicates a suggestion. */
  id: string;
  label: SuggestionLabel;
  /** UTF-16 offsets into the document's text, `end` exclusive (the extent when `fragments` is set). */
  start: number;
  end: number;
  /** Pieces of a discontinuous span (a quote interrupted by "he said"), in order. */
  fragments?: SuggestionFragment[];
  /** Why it was suggested, for the analyst: "cue: according to", "source of: said". */
  reason: string;
  /** 0..1; attributed claims score ≥ 0.5, the outlet's own statements below. */
  score: number;
  /** Sources: `kind` and `named`; claims: `certainty`. Values follow the default schema. */
  attributes?: Record<string, string>;
  links?: { cueId?: string; sourceId?: string };
}

export interface SuggestInput {
  id: string;
  text: string;
  published?: string;
}

export interface SuggestOptions {
  /** Also suggest the outlet's own checkable statements (numbers, dates, places). Default true. */
  statements?: boolean;
}

/** Claims below this score are the outlet's own statements, not attributed content. */
export const STATEMENT_SCORE = 0.3;

export function suggestionId(label: SuggestionLabel, pieces: SuggestionFragment[]): string {
  return `sg-${stableHash(`${label}:${pieces.map((p) => `${p.start}-${p.end}`).join(',')}`)}`;
}

interface Range {
  /** Token indices, `last` exclusive. */
  first: number;
  last: number;
}

type Pattern = 'according' | 'inverted' | 'subject' | 'colon' | 'shared' | 'passive';

interface Attribution {
  cue: Range;
  cueText: string;
  entry?: CueEntry;
  source?: Range;
  /** A source reused from an earlier cue of the sentence ("Trump spoke and said ..."). */
  sharedSource?: Attribution;
  pattern: Pattern;
  score: number;
  content: Range[];
}

const isWord = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'word' || t.kind === 'number');
const isCap = (t: Token | undefined): boolean => t !== undefined && isWord(t) && /^[\p{Lu}$]/u.test(t.text);
const isQuote = (t: Token | undefined): boolean =>
  t !== undefined && (t.kind === 'quote' || t.kind === 'quote-open' || t.kind === 'quote-close');
const isPunct = (t: Token | undefined, chars?: string): boolean =>
  t !== undefined && t.kind === 'punct' && (chars === undefined || chars.includes(t.text));
const DASHES = '—–-―';

class Engine {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  /** Whether each token lies inside quotation marks (within its paragraph). */
  readonly quoted: boolean[];
  constructor(readonly text: string) {
    this.tokens = tokenize(text);
    this.sentences = splitSentences(this.tokens);
    this.quoted = new Array<boolean>(this.tokens.length).fill(false);
    let depth = 0;
    for (let k = 0; k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      if (t.kind === 'newline') depth = 0;
      else if (t.kind === 'quote-open' && t.text === '“') depth++;
      else if (t.kind === 'quote-close' && t.text === '”') depth = Math.max(0, depth - 1);
      else if (t.kind === 'quote') depth = this.closingQuote(k) ? 0 : 1;
      else this.quoted[k] = depth > 0;
    }
  }

  closingQuote(k: number): boolean {
    const t = this.tokens[k];
    if (!t) return false;
    if (t.kind === 'quote-close') return true;
    if (t.kind !== 'quote') return false;
    const prev = this.tokens[k - 1];
    const next = this.tokens[k + 1];
    return prev !== undefined && prev.end === t.start && prev.kind !== 'newline' && !(next && next.start === t.end && next.kind === 'word');
  }

  /** Finds cue words in a sentence, in order. */
  findCues(s: Sentence): Attribution[] {
    const out: Attribution[] = [];
    const T = this.tokens;
    for (let k = s.first; k < s.last; k++) {
      const t = T[k]!;
      if (t.kind !== 'word') continue;
      const prev = k > s.first ? T[k - 1] : undefined;
      const next = T[k + 1];
      if (t.lower === 'according' && next?.lower === 'to' && k + 1 < s.last) {
        out.push({ cue: { first: k, last: k + 2 }, cueText: 'according to', pattern: 'according', score: 0.9, content: [] });
        k++;
        continue;
      }
      if (t.lower === 'citing' && prev && isPunct(prev, ',')) {
        out.push({ cue: { first: k, last: k + 1 }, cueText: t.lower, pattern: 'according', score: 0.8, content: [] });
        continue;
      }
      const entry = CUE_VERBS.get(t.lower);
      if (!entry) continue;
      if (/^\p{Lu}/u.test(t.text) && k > s.first && !/^\p{Lu}+$/u.test(t.text)) continue; // a name: "Ann Say"
      if (!this.verbalContext(k, s, entry)) continue;
      let last = k + 1;
      if (entry.particles && next && entry.particles.includes(next.lower) && k + 1 < s.last) last = k + 2;
      else if (entry.particleRequired) continue;
      let first = k;
      let absorbed = 0;
      while (first - 1 >= s.first && absorbed < 3) {
        const p = T[first - 1]!;
        if (p.kind !== 'word' || !(CUE_PREFIX.has(p.lower) || (/^\p{Ll}+ly$/u.test(p.text) && p.lower !== 'only'))) break;
        if (/^(is|was|were|are|been|be)$/.test(p.lower) && !t.lower.endsWith('ing')) break;
        first--;
        absorbed++;
      }
      const be = T[first - 1];
      if (be && /^(is|was|were|are|been|be|being|get|got|gets)$/.test(be.lower) && !t.lower.endsWith('ing')) {
        // Passive: "was written by Springsteen" names its source after "by"; otherwise no source.
        if (next?.lower !== 'by') continue;
        out.push({ cue: { first, last }, cueText: T.slice(first, last).map((x) => x.text).join(' '), entry, pattern: 'passive', score: 0.6, content: [] });
        k = last - 1;
        continue;
      }
      const score = entry.lemma === 'say' || entry.lemma === 'tell' ? 0.9 : entry.cls === 'speech' ? 0.75 : 0.6;
      out.push({ cue: { first, last }, cueText: T.slice(first, last).map((x) => x.text).join(' '), entry, pattern: 'subject', score: entry.nounLike ? score - 0.1 : score, content: [] });
      k = last - 1;
    }
    // "Pat Caddell: Democrat voters worried ..." / "TRUMP: We will win." at the start of a paragraph.
    if (s.paragraphStart) {
      let k = s.first;
      if (isQuote(T[k])) k++;
      const nameStart = k;
      while (k < s.last && k - nameStart < 4 && isCap(T[k]) && !/^(the|a|an|and|of|in|on|at|for|to)$/.test(T[k]!.lower)) k++;
      if (k > nameStart && isPunct(T[k], ':') && k + 1 < s.last && !TIME_WORDS.has(T[k - 1]!.lower) && !out.some((o) => o.cue.first < k)) {
        out.unshift({ cue: { first: k, last: k + 1 }, cueText: ':', pattern: 'colon', source: { first: nameStart, last: k }, score: 0.5, content: [] });
      }
    }
    return out;
  }

  /** Is the word at k used as a verb here, rather than a noun ("the report", "claims that")? */
  private verbalContext(k: number, s: Sentence, entry: CueEntry): boolean {
    const T = this.tokens;
    const t = T[k]!;
    const prev = k > s.first ? T[k - 1] : undefined;
    const next = T[k + 1];
    const ing = t.lower.endsWith('ing');
    if (ing) {
      // ", saying that ..." or "was saying": a participle continuing a clause.
      return prev !== undefined && (isPunct(prev, ',') || /^(is|was|were|are|been|be|kept|keeps|continued|continues)$/.test(prev.lower) || /^\p{L}+['’](s|re|m)$/u.test(prev.text));
    }
    if (prev && (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower)) && !RELATIVE_PRONOUNS.has(prev.lower)) {
      if (prev.lower !== 'that' && prev.lower !== 'as') return false;
    }
    if (prev && /['’]s$/.test(prev.text)) return false; // "Trump's claims"
    if (next && (next.lower === 'of' || next.lower === '-')) return false; // "a report of", "fact-check"
    if (next && next.lower === 'that' && !(prev && (DETERMINERS.has(prev.lower) || /['’]s$/.test(prev.text)))) return true;
    if (entry.nounLike && next && /^(is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|did|do|does)$/.test(next.lower)) return false;
    const isPast = t.lower !== entry.lemma && !t.lower.endsWith('s');
    if (!entry.nounLike || isPast) return true;
    // Base and -s forms of noun-like verbs need a subject-looking word right before them.
    if (!prev) return false;
    if (SUBJECT_PRONOUNS.has(prev.lower) || RELATIVE_PRONOUNS.has(prev.lower) || CUE_PREFIX.has(prev.lower)) return true;
    if (isCap(prev) && !DETERMINERS.has(prev.lower)) return true;
    if (t.lower.endsWith('s') && prev.kind === 'word' && /^\p{Ll}/u.test(prev.text) && !prev.lower.endsWith('s') && !/ly$/.test(prev.lower)) {
      // "the campaign says": determiner, noun, verb; not "personal attacks".
      const prev2 = T[k - 2];
      return prev2 !== undefined && k - 2 >= s.first && DETERMINERS.has(prev2.lower) && !(next && (next.lower === 'and' || isPunct(next)));
    }
    if (!t.lower.endsWith('s') && prev.kind === 'word' && /s$/.test(prev.lower) && !/ss$/.test(prev.lower)) return true;
    return false;
  }

  /** A noun phrase starting at k: "the Rev. Peter Wherry", "U.S. officials", "he". */
  forwardNP(k: number, limit: number, mode: 'subject' | 'according'): Range | undefined {
    const T = this.tokens;
    const first = k;
    if (k >= limit || !isWord(T[k])) return undefined;
    const t0 = T[k]!;
    if (SUBJECT_PRONOUNS.has(t0.lower) || OBJECT_PRONOUNS.has(t0.lower)) return { first: k, last: k + 1 };
    const max = mode === 'according' ? 30 : 12;
    while (k < limit && k - first < max) {
      const t = T[k]!;
      if (t.text === '(') {
        const close = this.matching(k, limit);
        if (close === undefined) break;
        k = close + 1;
        continue;
      }
      if (!isWord(t) && !(isPunct(t, '&') || (isPunct(t, '-') && isWord(T[k + 1]) && T[k + 1]!.start === t.end)))
        break;
      if (isWord(t)) {
        if (CUE_VERBS.has(t.lower) && k > first && !isCap(t)) break;
        if (t.lower === 'that' || t.lower === 'who' || t.lower === 'which' || t.lower === 'whose') break;
        if (CLAUSE_BOUNDARY.has(t.lower) && t.lower !== 'and') break;
        if (t.lower === 'and') {
          // "Harvard and the University of ...", "Smith and Jones": only between names.
          if (!(isCap(T[k - 1]) && (isCap(T[k + 1]) || T[k + 1]?.lower === 'the'))) break;
        }
        if (PREPOSITIONS.has(t.lower) && k > first) {
          const after = T[k + 1];
          const joins = t.lower === 'of' || t.lower === 'for' || t.lower === 'at' || t.lower === 'from' || (mode === 'according' && t.lower !== 'than' && t.lower !== 'as');
          if (!joins || after === undefined || !isWord(after) || (!isCap(after) && !DETERMINERS.has(after.lower) && mode !== 'according')) break;
          if (TIME_WORDS.has(after.lower) && !isCap(after)) break;
        }
        if (TIME_WORDS.has(t.lower) && k > first && mode === 'subject') break;
      }
      k++;
    }
    while (k > first && (PREPOSITIONS.has(T[k - 1]!.lower) || DETERMINERS.has(T[k - 1]!.lower) || T[k - 1]!.lower === 'and')) k--;
    return k > first ? { first, last: k } : undefined;
  }

  private matching(open: number, limit: number): number | undefined {
    for (let j = open + 1; j < limit && j < open + 12; j++) if (this.tokens[j]!.text === ')') return j;
    return undefined;
  }

  private matchingBack(close: number, floor: number): number | undefined {
    for (let j = close - 1; j >= floor && j > close - 12; j--) if (this.tokens[j]!.text === '(') return j;
    return undefined;
  }

  /** The subject before a cue: scan back to a clause boundary, then trim adverbials. */
  backwardSubject(cueFirst: number, floor: number): Range | undefined {
    const T = this.tokens;
    let j = cueFirst - 1;
    if (j < floor) return undefined;
    const before = T[j]!;
    if (RELATIVE_PRONOUNS.has(before.lower)) return { first: j, last: j + 1 };
    let appositiveEnd: number | undefined;
    if (isPunct(before, ',')) {
      // "Megan Hester, senior associate at the institute, said": find the head before the appositive(s).
      let m = j - 1;
      while (m >= floor && j - m < 45 && !isQuote(T[m]) && !isPunct(T[m], ';:' + DASHES) && T[m]!.kind !== 'newline') m--;
      const commas: number[] = [];
      for (let c = m + 1; c < j; c++) if (isPunct(T[c], ',')) commas.push(c);
      let segStart = m + 1;
      while (segStart < j && (CLAUSE_BOUNDARY.has(T[segStart]!.lower) || /^(so|now|still|yet|and|but)$/.test(T[segStart]!.lower))) segStart++;
      for (const c of commas) {
        const head = T[segStart];
        const len = c - segStart;
        if (head && len > 0 && len <= 8) {
          const adverbial = PREPOSITIONS.has(head.lower) || TIME_WORDS.has(head.lower) || /ing$/.test(head.lower) || CLAUSE_BOUNDARY.has(head.lower);
          if (!adverbial && (isCap(head) || DETERMINERS.has(head.lower) || SUBJECT_PRONOUNS.has(head.lower)) && !T.slice(segStart, c).some((x) => CUE_VERBS.has(x.lower) && !isCap(x))) {
            // "The ministry, in a statement, said": a setting or a time is not part of the source.
            const rest = commas.filter((x) => x >= c).map((x) => T[x + 1]);
            const settingOnly = rest.every((x) => x !== undefined && (/^(in|on|at|during|earlier|later|last|this|late|early)$/.test(x.lower) || TIME_WORDS.has(x.lower)));
            return { first: segStart, last: settingOnly ? c : j };
          }
        }
        segStart = c + 1;
      }
      return undefined;
    }
    const end = j + 1;
    while (j >= floor) {
      const t = T[j]!;
      if (t.text === ')') {
        const open = this.matchingBack(j, floor);
        if (open === undefined) break;
        j = open - 1;
        continue;
      }
      if (t.kind === 'newline' || isQuote(t)) break;
      if (t.kind === 'punct' && !(t.text === '&' || (t.text === '-' && T[j - 1]?.end === t.start))) break;
      if (CLAUSE_BOUNDARY.has(t.lower) && !(t.lower === 'and' && isCap(T[j - 1]) && isCap(T[j + 1]))) break;
      if (t.lower === 'that' || t.lower === 'who' || t.lower === 'which') break;
      if (CUE_VERBS.has(t.lower) && !isCap(t) && !DETERMINERS.has(T[j - 1]?.lower ?? '')) break;
      j--;
    }
    let first = j + 1;
    let last = end;
    // Leading adverbials: "On Monday Trump", "Earlier this week the ministry".
    while (first < last) {
      const t = T[first]!;
      if (TIME_WORDS.has(t.lower) || (/^(on|in|at|during|earlier|later|late|early|now|still|instead|meanwhile|yet|again|then)$/.test(t.lower) && !isCap(T[first + 1]) ) || (t.kind === 'number' && TIME_WORDS.has(T[first - 1]?.lower ?? '')))
        first++;
      else if (/^(on|in|at|during)$/.test(t.lower) && TIME_WORDS.has(T[first + 1]?.lower ?? '')) first++;
      else break;
    }
    // Trailing adverbials: "Trump on Monday", "the ministry in a statement".
    for (let m = last - 1; m > first; m--) {
      const t = T[m]!;
      if (/^(on|in|at|during|earlier|last|this|late|early)$/.test(t.lower)) {
        const tail = T.slice(m + 1, last);
        const ok = tail.length === 0 || tail.every((x) => TIME_WORDS.has(x.lower) || SETTING_NOUNS.has(x.lower) || DETERMINERS.has(x.lower) || x.kind === 'number' || /^(news|press|a\.m\.|p\.m\.)$/.test(x.lower));
        if (ok) last = m;
      } else if (!TIME_WORDS.has(t.lower) && t.kind !== 'number') break;
    }
    while (last > first && /^(still|also|now|just|even|already|then|again|too|himself|herself|themselves|itself)$|^\p{Ll}+ly$/u.test(T[last - 1]!.text) && last - first > 1) last--;
    while (last > first && (TIME_WORDS.has(T[last - 1]!.lower) && !isCap(T[last - 1]) || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(T[last - 1]!.lower))) last--;
    if (last <= first) return undefined;
    if (!T.slice(first, last).some((x) => isWord(x))) return undefined;
    if (appositiveEnd !== undefined) last = appositiveEnd;
    if (last - first > 16 && appositiveEnd === undefined) {
      // Too long to be a subject: keep its last capitalised run, if any.
      let m = last - 1;
      while (m >= first && !isCap(T[m])) m--;
      if (m < first) return undefined;
      let n = m;
      while (n - 1 >= first && (isCap(T[n - 1]) || T[n - 1]!.lower === 'of')) n--;
      return { first: n, last: m + 1 };
    }
    return { first, last };
  }

  /** Skip adverbials after a cue: "on Monday", "in a statement to reporters", "last week". */
  private skipAdverbials(k: number, limit: number): number {
    const T = this.tokens;
    for (let guard = 0; guard < 6 && k < limit; guard++) {
      const t = T[k]!;
      if (TIME_WORDS.has(t.lower) && t.lower !== 'this' && t.lower !== 'may') {
        k++;
        continue;
      }
      if (/^(on|in|at|during|earlier|late|early|last|this)$/.test(t.lower)) {
        let m = k + 1;
        while (m < limit && m - k < 10 && (DETERMINERS.has(T[m]!.lower) || TIME_WORDS.has(T[m]!.lower) || SETTING_NOUNS.has(T[m]!.lower) || T[m]!.kind === 'number' || /^(news|press|phone|televised|written|joint|interview|campaign|brief)$/.test(T[m]!.lower)))
          m++;
        if (m === k + 1) break;
        const last = T[m - 1]!;
        if (!(TIME_WORDS.has(last.lower) || SETTING_NOUNS.has(last.lower) || last.kind === 'number')) break;
        // "... with CNN", "... to reporters", "... in Ohio"
        if (m < limit && /^(with|to|on|in|at|for)$/.test(T[m]!.lower) && isWord(T[m + 1])) {
          const np = this.forwardNP(m + 1, limit, 'subject');
          if (np) m = np.last;
        }
        k = m;
        continue;
      }
      break;
    }
    return k;
  }

  attribute(s: Sentence, atts: Attribution[], nextSentenceStart: number): void {
    const T = this.tokens;
    for (let a = 0; a < atts.length; a++) {
      const att = atts[a]!;
      const prevAtt = atts[a - 1];
      const floor = prevAtt ? Math.max(prevAtt.cue.last, prevAtt.source?.last ?? 0) : s.first;
      if (att.pattern === 'according') {
        att.source = this.forwardNP(att.cue.last, s.last, 'according');
        continue;
      }
      if (att.pattern === 'passive') {
        att.source = this.forwardNP(att.cue.last + 1, s.last, 'according');
        if (att.source) att.source = { first: att.cue.last + 1, last: att.source.last };
        continue;
      }
      if (att.pattern === 'colon') continue;
      const before = att.cue.first > s.first ? T[att.cue.first - 1] : undefined;
      const after = T[att.cue.last];
      const sentenceInitial = att.cue.first === s.first || (before !== undefined && isQuote(before) && att.cue.first - 1 === s.first);
      const invertedSlot = before === undefined || isPunct(before, ',') || isQuote(before) || isPunct(before, DASHES) || sentenceInitial;
      if (invertedSlot && after && att.cue.last < s.last && (isCap(after) || /^(the|a|an|one|two|three|several|he|she|they|we|i)$/.test(after.lower))) {
        const np = this.forwardNP(att.cue.last, s.last, 'subject');
        if (np) {
          // Keep an appositive: "said Tom Smith, a spokesman for the campaign."
          let last = np.last;
          if (isPunct(T[last], ',') && T[last + 1] && /^(a|an|the|who)$/.test(T[last + 1]!.lower)) {
            let m = last + 1;
            while (m < s.last && !isPunct(T[m], ',;:.') && !isQuote(T[m])) m++;
            if (m - last < 14) last = m;
          }
          att.source = { first: np.first, last };
          att.pattern = 'inverted';
          continue;
        }
      }
      const subject = this.backwardSubject(att.cue.first, floor);
      if (subject && subject.last - subject.first === 1 && /^(you|do|does|did)$/.test(T[subject.first]!.lower)) continue; // questions, "you know"
      if (subject && this.quoted[att.cue.first]) {
        const w = T[subject.first]!.lower;
        if (subject.last - subject.first === 1 && /^(i|we|you|they|it|people|nobody|everybody|everyone)$/.test(w)) continue;
        if (att.entry && (att.entry.cls === 'belief' || att.entry.cls === 'intent')) continue;
      }
      if (subject) {
        att.source = subject;
        continue;
      }
      // "... and said", ", saying": the source of the previous cue in the sentence, or the sentence's subject.
      if (before && (/^(and|but|then)$/.test(before.lower) || (isPunct(before, ',') && att.cueText.endsWith('ing')))) {
        if (prevAtt && (prevAtt.source || prevAtt.sharedSource)) {
          att.sharedSource = prevAtt.sharedSource ?? prevAtt;
          att.pattern = 'shared';
          continue;
        }
        const np = this.forwardNP(s.first, att.cue.first, 'subject');
        if (np && (isCap(T[np.first]) || SUBJECT_PRONOUNS.has(T[np.first]!.lower))) {
          att.source = np;
          continue;
        }
      }
    }
    // Univocal attributions: a cue inside another attribution's content is part of that content
    // ("Clinton says she hopes ..."). Stronger patterns claim their content first.
    const PRIORITY: Record<Pattern, number> = { shared: 0, according: 0, passive: 0, colon: 1, inverted: 1, subject: 2 };
    const candidates = atts.filter((x) => x.source || x.sharedSource);
    // A cue that ends its sentence ("..., sources said.") attributes what precedes it: it goes first.
    const prio = (x: Attribution): number => {
      if (x.pattern !== 'subject') return PRIORITY[x.pattern];
      const k = this.skipAdverbials(x.cue.last, s.last);
      const first = Math.min(x.cue.first, x.source?.first ?? Infinity);
      const attached = isPunct(T[first - 1], ',') || this.closingQuote(first - 1);
      return !attached || T.slice(k, s.last).some(isWord) ? 2 : 1;
    };
    const order = [...candidates].sort((x, y) => prio(x) - prio(y) || x.cue.first - y.cue.first);
    const kept: Attribution[] = [];
    const inside = (r: Range | undefined, rs: Range[]): boolean => r !== undefined && rs.some((c) => r.first < c.last && r.last > c.first);
    for (const att of order) {
      if (kept.some((k) => inside(att.cue, k.content) || (att.source && inside(att.source, k.content)))) continue;
      att.content = this.content(s, att, s.first, s.last);
      kept.push(att);
    }
    kept.sort((x, y) => x.cue.first - y.cue.first);
    for (let a = 0; a < kept.length; a++) {
      const att = kept[a]!;
      const prevAtt = kept[a - 1];
      const nextAtt = kept[a + 1];
      const lo = prevAtt ? Math.max(prevAtt.cue.last, prevAtt.source?.last ?? 0, ...(prevAtt.content.filter((c) => c.last <= att.cue.first).map((c) => c.last))) : s.first;
      const hi = nextAtt ? Math.min(nextAtt.cue.first, nextAtt.source?.first ?? Infinity, ...nextAtt.content.filter((c) => c.first >= att.cue.last).map((c) => c.first)) : s.last;
      att.content = this.content(s, att, lo, hi);
    }
    atts.splice(0, atts.length, ...kept);
    void nextSentenceStart;
  }

  private content(s: Sentence, att: Attribution, lo: number, hiIn: number): Range[] {
    let hi = hiIn;
    const T = this.tokens;
    const spanFirst = Math.min(att.cue.first, att.source?.first ?? Infinity);
    const spanLast = Math.max(att.cue.last, att.source?.last ?? 0);
    const pieces: Range[] = [];
    if (att.pattern === 'passive') {
      const head = this.trim({ first: lo, last: att.cue.first - 1 });
      return head ? [head] : [];
    }
    if (att.pattern === 'according') {
      if (spanFirst > lo) pieces.push({ first: lo, last: spanFirst });
      if (spanLast < hi) pieces.push({ first: spanLast, last: hi });
    } else if (att.pattern === 'colon') {
      pieces.push({ first: spanLast, last: hi });
    } else {
      let k = att.cue.last;
      if (att.pattern === 'inverted') k = spanLast;
      else {
        if (att.entry?.recipient) {
          const np = this.forwardNP(k, hi, 'subject');
          if (np) k = np.last;
        }
        k = this.skipAdverbials(k, hi);
      }
      while (k < hi && (isPunct(T[k], ',:') || T[k]!.lower === 'that')) k++;
      // "..., though she acknowledged ...": a concessive clause is not part of the reported content.
      for (let m = k + 1; m < hi - 1; m++) {
        if (isPunct(T[m], ',;') && /^(though|although|but|while|whereas|even|because)$/.test(T[m + 1]!.lower) && !isQuote(T[m + 2])) {
          hi = m;
          break;
        }
      }
      const tail = { first: k, last: hi };
      const tailHasWords = T.slice(tail.first, tail.last).some(isWord);
      const head = { first: lo, last: spanFirst };
      const headHasWords = T.slice(head.first, head.last).some(isWord);
      const headQuoted = isQuote(T[spanFirst - 1]) || (isPunct(T[spanFirst - 1], ',') && isQuote(T[spanFirst - 2]));
      const headAttached = headQuoted || isPunct(T[spanFirst - 1], ',') || isPunct(T[spanFirst - 1], DASHES);
      if (headHasWords && (!tailHasWords ? headAttached || att.pattern === 'inverted' : headQuoted)) pieces.push(head);
      if (tailHasWords && (pieces.length === 0 || isQuote(T[tail.first]) || att.pattern !== 'inverted')) pieces.push(tail);
      // "X said:" at the end of a paragraph: the next paragraph is the content.
      if (!tailHasWords && isPunct(T[s.last - 1], ':') && att.cue.last >= s.last - 2) {
        const next = this.paragraphAfter(s);
        if (next) pieces.push(next);
      }
    }
    return pieces.map((p) => this.trim(p)).filter((p): p is Range => p !== undefined);
  }

  /** “I am ashamed.” ― Pamela Padilla : a quotation signed with a dash. */
  dashAttributions(): Attribution[] {
    const T = this.tokens;
    const out: Attribution[] = [];
    for (let k = 1; k < T.length - 1; k++) {
      const t = T[k]!;
      if (!(isPunct(t, '―—') && (this.closingQuote(k - 1) || (isPunct(T[k - 1], '.') && this.closingQuote(k - 2))) && isCap(T[k + 1]))) continue;
      let end = k + 1;
      while (end < T.length && T[end]!.kind !== 'newline') end++;
      const source = this.forwardNP(k + 1, end, 'subject');
      if (!source) continue;
      let start = k - 1;
      while (start > 0 && T[start - 1]!.kind !== 'newline') start--;
      const content = this.trim({ first: start, last: k });
      out.push({ cue: { first: k, last: k + 1 }, cueText: t.text, pattern: 'colon', source, score: 0.6, content: content ? [content] : [] });
    }
    return out;
  }

  private paragraphAfter(s: Sentence): Range | undefined {
    const idx = this.sentences.indexOf(s);
    const next = this.sentences[idx + 1];
    if (!next || !next.paragraphStart) return undefined;
    let last = next;
    for (let i = idx + 2; i < this.sentences.length && !this.sentences[i]!.paragraphStart; i++) last = this.sentences[i]!;
    return { first: next.first, last: last.last };
  }

  /** Drops leading/trailing punctuation (but keeps quotes, which belong to the quoted claim). */
  trim(r: Range): Range | undefined {
    const T = this.tokens;
    let { first, last } = r;
    while (first < last && (T[first]!.kind === 'punct' || T[first]!.kind === 'newline' || T[first]!.lower === 'that') && T[first]!.text !== '(' && T[first]!.text !== '$') first++;
    while (last > first && (T[last - 1]!.kind === 'punct' || T[last - 1]!.kind === 'newline') && T[last - 1]!.text !== ')') last--;
    if (!T.slice(first, last).some(isWord)) return undefined;
    return { first, last };
  }

  offsets(r: Range): SuggestionFragment {
    return { start: this.tokens[r.first]!.start, end: this.tokens[r.last - 1]!.end };
  }
}

const NUMERIC = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|percent|half)\b/i;
const DATEISH = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|january|february|march|april|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept\.|oct\.|nov\.|dec\.|last (week|month|year)|this (week|month|year))\b/i;
const ACTION = /\b\p{Lu}[\p{L}.'’-]+\b.*\b(\w+ed|won|lost|met|sent|held|killed|fired|launched|struck|attacked|signed|visited|arrived|left|began|took|made|said|hit|seized|captured|approved|voted|passed|rose|fell)\b/u;

/** Suggests Source, Cue and Claim spans for one document. */
export function suggest(document: SuggestInput, options: SuggestOptions = {}): Suggestion[] {
  const engine = new Engine(document.text);
  const T = engine.tokens;
  const out: Suggestion[] = [];
  const byId = new Map<string, Suggestion>();
  const covered: SuggestionFragment[] = [];
  let lastPerson: { text: string; attributes: Record<string, string> } | undefined;

  const emit = (s: Omit<Suggestion, 'id'>): Suggestion => {
    const pieces = s.fragments ?? [{ start: s.start, end: s.end }];
    const id = suggestionId(s.label, pieces);
    const existing = byId.get(id);
    if (existing) {
      existing.score = Math.max(existing.score, s.score);
      return existing;
    }
    const full: Suggestion = { id, ...s };
    byId.set(id, full);
    out.push(full);
    return full;
  };

  const sourceSuggestions = new Map<Attribution, Suggestion>();
  const dashes = engine.dashAttributions();
  const claimed = dashes.map((d) => ({ first: d.content[0]?.first ?? d.cue.first, last: d.source!.last }));
  const batches: Attribution[][] = [dashes];
  for (let si = 0; si < engine.sentences.length; si++) {
    const s = engine.sentences[si]!;
    const atts = engine.findCues(s);
    engine.attribute(s, atts, engine.sentences[si + 1]?.first ?? T.length);
    batches.push(atts.filter((a) => !claimed.some((c) => a.cue.first >= c.first && a.cue.first < c.last)));
  }
  for (const atts of batches) {
    for (const att of atts) {
      let source: Suggestion | undefined;
      if (att.source) {
        const r = engine.offsets(att.source);
        const phrase = document.text.slice(r.start, r.end);
        let attributes: Record<string, string> = { ...classifySource(phrase) };
        let reason = `source of: ${att.cueText}`;
        const lower = phrase.toLowerCase();
        if ((lower === 'he' || lower === 'she' || lower === 'i') && lastPerson) {
          attributes = { ...lastPerson.attributes };
          reason += ` (${phrase} → ${lastPerson.text})`;
        } else if (attributes.kind === 'named person' && hasProperName(phrase)) {
          lastPerson = { text: phrase, attributes };
        } else if (attributes.kind === 'official' && attributes.named === 'yes') {
          lastPerson = { text: phrase, attributes };
        }
        const pronoun = /^(he|she|they|i|we|you|it|who|which|that)$/i.test(phrase);
        source = emit({ label: 'Source', ...r, reason, score: round(att.score * (pronoun ? 0.9 : 1)), attributes });
        sourceSuggestions.set(att, source);
      } else if (att.sharedSource) {
        source = sourceSuggestions.get(att.sharedSource);
      }
      if (!source) continue;
      const cueR = engine.offsets(att.cue);
      const cue = emit({ label: 'Cue', ...cueR, reason: `cue: ${att.cueText.toLowerCase()}`, score: att.score, links: { sourceId: source.id } });
      if (att.content.length === 0) continue;
      const pieces = att.content.map((p) => engine.offsets(p));
      const certainty = att.entry?.certainty ?? (/\b(not|never|no)\b/i.test(att.cueText) ? 'denied' : 'asserted');
      const claim: Omit<Suggestion, 'id'> = {
        label: 'Claim',
        start: pieces[0]!.start,
        end: pieces[pieces.length - 1]!.end,
        reason: `claim of: ${att.cueText.toLowerCase()}`,
        score: round(att.score * 0.9),
        attributes: { certainty },
        links: { cueId: cue.id, sourceId: source.id },
      };
      if (pieces.length > 1) claim.fragments = pieces;
      emit(claim);
      covered.push(...pieces, cueR);
    }
  }

  if (options.statements !== false) {
    // The outlet's own checkable statements: sentences with numbers, dates or who-did-what, not attributed.
    for (const s of engine.sentences) {
      if (covered.some((c) => c.start < s.end && c.end > s.start)) continue;
      const text = document.text.slice(s.start, s.end);
      if (text.length < 25 || !/\s/.test(text)) continue;
      const why = NUMERIC.test(text) ? 'number' : DATEISH.test(text) ? 'date' : ACTION.test(text) ? 'who did what' : undefined;
      if (!why) continue;
      const r = engine.trim({ first: s.first, last: s.last });
      if (!r) continue;
      emit({ label: 'Claim', ...engine.offsets(r), reason: `statement: ${why}`, score: why === 'who did what' ? 0.2 : STATEMENT_SCORE, attributes: { certainty: 'asserted' } });
    }
  }

  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
