/**
 * Gives each cue of a sentence its source and its content, keeping attributions univocal: a cue
 * inside another attribution's content belongs to that content.
 */
import type { Attribution, Pattern } from './attribution';
import { CueReader } from './cues';
import {
  CLAUSE_BOUNDARY,
  CUE_VERBS,
  DETERMINERS,
  INVERTED_SOURCE_OPENERS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
} from './lexicon';
import { DASHES, isCap, isPunct, isQuote, isWord, type Range } from './token-predicates';
import type { Sentence } from '../text/tokenize';

/** Words opening a subordinate clause, before the main clause and its own attribution. */
const SUBORDINATORS = new Set([
  'before',
  'after',
  'when',
  'while',
  'although',
  'though',
  'if',
  'since',
  'because',
  'once',
  'until',
  'unless',
  'whereas',
  'whenever',
]);

export class AttributionReader extends CueReader {
  attribute(s: Sentence, atts: Attribution[], nextSentenceStart: number): void {
    const T = this.tokens;
    for (let a = 0; a < atts.length; a++) {
      const att = atts[a]!;
      const prevAtt = atts[a - 1];
      const floor = prevAtt ? Math.max(prevAtt.cue.last, prevAtt.source?.last ?? 0) : s.first;
      // A cue inside quotation marks is part of the quoted words, which another attribution holds.
      if (this.quoted[att.cue.first]) continue;
      if (att.pattern === 'according') {
        att.source = this.forwardNP(att.cue.last, s.last, 'according');
        const appositive = att.source && this.appositiveEnd(att.source.last, s.last);
        // "According to the files, the dam leaked.": an opening "according to" leaves its clause as the claim.
        const opening = !T.slice(s.first, att.cue.first).some(isWord);
        if (att.source && appositive && !(opening && !T.slice(appositive, s.last).some(isWord)))
          att.source.last = appositive;
        continue;
      }
      if (att.pattern === 'passive') {
        att.source = this.forwardNP(att.cue.last + 1, s.last, 'according');
        if (att.source) att.source = { first: att.cue.last + 1, last: att.source.last };
        continue;
      }
      if (att.pattern === 'colon' || att.pattern === 'phrase' || att.source) continue;
      const before = att.cue.first > s.first ? T[att.cue.first - 1] : undefined;
      const after = T[att.cue.last];
      const sentenceInitial =
        att.cue.first === s.first || (before !== undefined && isQuote(before) && att.cue.first - 1 === s.first);
      // "Jane Roe, a spokeswoman, said the ..." : an appositive subject wins over an inverted reading.
      // "One teller, who spoke ... because she feared losing her job, said": the subject may hold an earlier cue.
      const appositiveSubject = isPunct(before, ',')
        ? (this.backwardSubject(att.cue.first, floor) ?? this.backwardSubject(att.cue.first, s.first))
        : undefined;
      const participle = T.slice(att.cue.first, att.cue.last).some((t) => t.lower.endsWith('ing')); // ", speaking of X" names no speaker
      const invertedSlot =
        !appositiveSubject &&
        !participle &&
        (before === undefined || isPunct(before, ',') || isQuote(before) || isPunct(before, DASHES) || sentenceInitial);
      if (
        invertedSlot &&
        after &&
        att.cue.last < s.last &&
        (isCap(after) ||
          after.kind === 'number' ||
          INVERTED_SOURCE_OPENERS.has(after.lower) ||
          this.titleBeforeName(att.cue.last) ||
          /^(the|a|an|one|two|three|several|he|she|they|we|i)$/.test(after.lower))
      ) {
        const np = this.forwardNP(att.cue.last, s.last, 'subject');
        // "said an aide who spoke on condition of anonymity": the relative clause belongs to the source.
        const relativeEnd = np && T[np.last]?.lower === 'who' ? this.clauseEnd(np.last, s.last, 20) : undefined;
        if (np && (relativeEnd !== undefined || this.endsInvertedSource(np.last, s.last))) {
          // Keep an appositive: "said Tom Smith, a spokesman for the campaign."
          let last = relativeEnd ?? np.last;
          last = this.appositiveEnd(last, s.last) ?? last;
          att.source = { first: np.first, last };
          att.pattern = 'inverted';
          continue;
        }
      }
      const subject = appositiveSubject ?? this.backwardSubject(att.cue.first, floor);
      if (subject && this.notASource(subject)) continue;
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
        const np = this.sentenceSubject(s, att.cue.first);
        if (np) {
          att.source = np;
          continue;
        }
      }
    }
    // Univocal attributions: a cue inside another attribution's content is part of that content
    // ("Clinton says she hopes ..."). Stronger patterns claim their content first.
    const PRIORITY: Record<Pattern, number> = {
      shared: 0,
      according: 0,
      passive: 0,
      colon: 1,
      inverted: 1,
      subject: 2,
      phrase: 2,
      noun: 3,
    };
    const candidates = atts.filter((x) => x.source || x.sharedSource);
    // A cue that ends its sentence ("..., sources said.") attributes what precedes it: it goes first.
    const prio = (x: Attribution): number => {
      if (x.pattern !== 'subject') return PRIORITY[x.pattern];
      const k = this.skipAdverbials(x.cue.last, s.last);
      const first = Math.min(x.cue.first, x.source?.first ?? Infinity);
      if (this.closingQuote(first - 1) || (isPunct(T[first - 1], ',') && this.closingQuote(first - 2))) return 1;
      return !isPunct(T[first - 1], ',') || T.slice(k, s.last).some(isWord) ? 2 : 1;
    };
    // At equal priority a cue of speech claims its content before a weaker one ("Clyburn supported Obama
    // ..., Podesta said that ...", "who feared losing her job, said that ...").
    const order = [...candidates].sort((x, y) => prio(x) - prio(y) || y.score - x.score || x.cue.first - y.cue.first);
    const kept: Attribution[] = [];
    const inside = (r: Range | undefined, rs: Range[]): boolean =>
      r !== undefined && rs.some((c) => r.first < c.last && r.last > c.first);
    for (const att of order) {
      if (
        !this.opensClause(att) &&
        kept.some(
          (k) =>
            inside(att.cue, k.content) ||
            (att.source && inside(att.source, k.content)) ||
            (k.source && inside(att.cue, [k.source])),
        )
      )
        continue;
      att.content = this.content(s, att, s.first, s.last);
      kept.push(att);
    }
    kept.sort((x, y) => x.cue.first - y.cue.first);
    for (let a = 0; a < kept.length; a++) {
      const att = kept[a]!;
      const prevAtt = kept[a - 1];
      const nextAtt = kept[a + 1];
      const lo = prevAtt
        ? Math.max(
            prevAtt.cue.last,
            prevAtt.source?.last ?? 0,
            ...prevAtt.content.filter((c) => c.last <= att.cue.first).map((c) => c.last),
          )
        : s.first;
      const hi = nextAtt
        ? Math.min(
            nextAtt.cue.first,
            nextAtt.source?.first ?? Infinity,
            ...nextAtt.content.filter((c) => c.first >= att.cue.last).map((c) => c.first),
          )
        : s.last;
      // "..., with the Herald saying ...", "(they want ...": the "with" or the bracket opens the next attribution.
      const opener = /^(with|\()$/.test(T[hi - 1]?.lower ?? '');
      att.content = this.content(s, att, lo, opener ? hi - 1 : hi);
    }
    atts.splice(0, atts.length, ...kept);
    void nextSentenceStart;
  }

  /** Questions ("do you expect"), requests ("please ask"), "you know" and a bare relative "that". */
  private notASource(r: Range): boolean {
    const words = this.tokens.slice(r.first, r.last).map((t) => t.lower);
    if (words.length === 1) return /^(you|do|does|did|that|please)$/.test(words[0]!);
    return (
      words.length === 2 &&
      /^(do|does|did|can|could|would|will|should)$/.test(words[0]!) &&
      /^(you|i|we|they)$/.test(words[1]!)
    );
  }

  /** After "said Tom Smith" comes punctuation or an adverbial, not a verb: ", said he would ..." is not inverted. */
  private endsInvertedSource(k: number, limit: number): boolean {
    const t = this.tokens[k];
    if (t === undefined || k >= limit || t.kind === 'punct' || isQuote(t) || t.kind === 'newline') return true;
    return (
      TIME_WORDS.has(t.lower) ||
      /^(of|on|in|at|during|about|after|before|when|while|as|recently|earlier|later|told|added|and)$/.test(t.lower)
    );
  }
  /** The subject opening a sentence, after a leading adverbial ("In August, several groups ..."). */
  private sentenceSubject(s: Sentence, limit: number): Range | undefined {
    const T = this.tokens;
    let k = s.first;
    const lead = T[k];
    if (lead && (PREPOSITIONS.has(lead.lower) || TIME_WORDS.has(lead.lower) || CLAUSE_BOUNDARY.has(lead.lower))) {
      while (k < limit && !isPunct(T[k], ',')) k++;
      k++;
    }
    if (/^\p{Lu}{2,}$/u.test(T[k]?.text ?? '') && isPunct(T[k + 1], DASHES)) k += 2; // a dateline: "BRUSSELS - ..."

    const np = this.forwardNP(k, limit, 'subject');
    if (!np) return undefined;
    // "several unions backed the strike": a past-tense verb after the noun ends the subject.
    for (let m = np.first + 1; m < np.last; m++) {
      if (/^\p{Ll}+ed$/u.test(T[m]!.text) && !DETERMINERS.has(T[m - 1]!.lower)) {
        np.last = m;
        break;
      }
    }
    const head = T[np.first]!;
    return isCap(head) || SUBJECT_PRONOUNS.has(head.lower) || DETERMINERS.has(head.lower) ? np : undefined;
  }
  /** "told Reuters the bridge fell": a named recipient ends where a determiner or a pronoun starts the content. */
  private recipientEnd(np: Range): number {
    const T = this.tokens;
    if (!isCap(T[np.first]) || DETERMINERS.has(T[np.first]!.lower)) return np.last;
    for (let m = np.first + 1; m < np.last; m++)
      if (!isCap(T[m]) && (DETERMINERS.has(T[m]!.lower) || SUBJECT_PRONOUNS.has(T[m]!.lower))) return m;
    return np.last;
  }

  /** "says psychologist Nora Vance": a lower-case title and a name. */
  private titleBeforeName(k: number): boolean {
    const T = this.tokens;
    const title = T[k];
    return (
      title !== undefined &&
      /^\p{Ll}{4,}$/u.test(title.text) &&
      !PREPOSITIONS.has(title.lower) &&
      !TIME_WORDS.has(title.lower) &&
      !CLAUSE_BOUNDARY.has(title.lower) &&
      !CUE_VERBS.has(title.lower) &&
      isCap(T[k + 1]) &&
      !TIME_WORDS.has(T[k + 1]!.lower)
    );
  }

  /** The end of a clause starting at k: the next punctuation or quote, if within `max` tokens. */
  private clauseEnd(k: number, limit: number, max: number): number | undefined {
    const T = this.tokens;
    let m = k;
    while (m < limit && !isPunct(T[m], ',;:.—–―') && !isQuote(T[m]) && T[m]!.kind !== 'newline') m++;
    return m - k <= max ? m : undefined;
  }

  /** "..., and Republicans want ...": a subject after a coordinating comma starts a new clause, not content. */
  private opensClause(att: Attribution): boolean {
    if (!att.source || att.pattern !== 'subject') return false;
    const T = this.tokens;
    const before = T[att.source.first - 1];
    if (
      isPunct(before, ';') ||
      (/^(and|but)$/.test(before?.lower ?? '') && isPunct(T[att.source.first - 2], ',' + DASHES))
    )
      return true;
    // "46 percent would choose Lee and 44 percent would back Ray": a poll's share after "and" or "while".
    if (/^(and|but|while|whereas)$/.test(before?.lower ?? '') && T[att.source.first]!.kind === 'number') return true;
    if (!isPunct(before, ',')) return false;
    // "Before officials had weighed in, Trump said ...": the main clause after a subordinate one.
    let k = att.source.first - 2;
    while (k >= 0 && !isPunct(T[k], ',;:') && !isQuote(T[k]) && T[k]!.kind !== 'newline' && att.source.first - k < 40)
      k--;
    const opener = [T[k + 1]?.lower, T[k + 2]?.lower];
    return opener.some((w) => w !== undefined && SUBORDINATORS.has(w));
  }

  /**
   * ", with analysts saying ...", ", when Lee blasted him ...", "(they want ...": a clause after the content
   * that carries an attribution of its own, with its own subject.
   */
  private opensOwnAttribution(k: number, hi: number): boolean {
    const T = this.tokens;
    const opener = T[k]?.lower;
    if (opener === 'with') {
      for (let m = k + 2; m < hi && m <= k + 8 && isWord(T[m]); m++)
        if (T[m]!.lower.endsWith('ing') && CUE_VERBS.has(T[m]!.lower)) return true;
      return false;
    }
    // A subordinate clause ("..., when Lee blasted him") stays in the content: cutting it there splits the
    // claims that eval:compare groups across articles.
    if (opener !== '(') return false;
    let m = k + 1;
    if (SUBJECT_PRONOUNS.has(T[m]?.lower ?? '')) m++;
    else while (m < hi && m - k <= 4 && isCap(T[m]) && !CUE_VERBS.has(T[m]!.lower)) m++;
    const verb = T[m];
    return m > k + 1 && m < hi && verb !== undefined && CUE_VERBS.has(verb.lower) && !verb.lower.endsWith('ing');
  }

  /** Where the quotation closing before `end` opens, when a cue before it introduces it ("scolded him: “"). */
  private quotationStart(lo: number, end: number): number {
    const T = this.tokens;
    let close = end - 1;
    if (isPunct(T[close], ',')) close--;
    let open = close - 1;
    while (open > lo && this.quoted[open]) open--;
    if (open <= lo || !isQuote(T[open]) || this.closingQuote(open)) return lo;
    const frame = T.slice(lo, open);
    const introduced =
      isPunct(T[open - 1], ':') || (isPunct(T[open - 1], ',') && frame.some((t) => CUE_VERBS.has(t.lower)));
    return introduced && frame.some(isWord) ? open : lo;
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
    if (att.pattern === 'phrase') {
      // The clause around "as X put it" / "in the poll", without the "as".
      const start = T[spanFirst - 1]?.lower === 'as' ? spanFirst - 1 : spanFirst;
      if (start > lo) pieces.push({ first: lo, last: start });
      if (spanLast < hi) pieces.push({ first: spanLast, last: hi });
    } else if (att.pattern === 'according') {
      if (spanFirst > lo) pieces.push({ first: lo, last: spanFirst });
      if (spanLast < hi) pieces.push({ first: spanLast, last: hi });
    } else if (att.pattern === 'noun') {
      // "Trump's claims that ...", "criticism of the plan", "a statement from X that ...": the complement, to its clause's end.
      let first = att.source && att.source.first > att.cue.first ? att.source.last : att.cue.last;
      const joined = /^(about|of|on|over|against|for|regarding|whether)$/.test(T[att.cue.last - 1]!.lower);
      if (joined || /^(that|to|about|of|on|over|against|for|regarding|whether)$/.test(T[first]?.lower ?? '')) {
        if (T[first]?.lower === 'that') first++;
        let last = first;
        while (last < hi && !isPunct(T[last], ',;:—–―(') && T[last]!.kind !== 'newline') last++;
        pieces.push({ first, last });
      }
    } else if (att.pattern === 'colon') {
      pieces.push({ first: spanLast, last: hi });
    } else {
      let k = att.cue.last;
      if (att.pattern === 'inverted') k = spanLast;
      else {
        if (att.entry?.recipient) {
          const np = this.forwardNP(k, hi, 'subject');
          if (np) k = this.recipientEnd(np);
        }
        k = this.skipAdverbials(k, hi);
        // "wrote on Telegram that ...", "told reporters in Kyiv that ...": a short setting before "that".
        const that = T.slice(k, Math.min(hi, k + 6)).findIndex((t) => t.lower === 'that');
        if (that > 0 && PREPOSITIONS.has(T[k]!.lower) && T.slice(k, k + that).every(isWord)) k += that;
      }
      while (k < hi && (isPunct(T[k], ',:') || T[k]!.lower === 'that')) k++;
      // "..., though she acknowledged ...": a concessive clause is not part of the reported content,
      // nor one right after the cue ("“...,” McCaul said, though Comey has not said ...").
      if (k > att.cue.last && isPunct(T[k - 1], ',') && /^(though|although|but|while|whereas)$/.test(T[k]?.lower ?? ''))
        hi = k;
      for (let m = k + 1; m < hi - 1; m++) {
        if (
          (isPunct(T[m], ',;') &&
            ((/^(though|although|but|while|whereas|even|because)$/.test(T[m + 1]!.lower) && !isQuote(T[m + 2])) ||
              this.opensOwnAttribution(m + 1, hi))) ||
          this.opensOwnAttribution(m, hi)
        ) {
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
      // "Lee scolded him: “...,” she said.": the quotation, not the frame that introduces it with a cue of its own.
      if (headQuoted) head.first = this.quotationStart(head.first, spanFirst);
      if (headHasWords && (!tailHasWords ? headAttached || att.pattern === 'inverted' : headQuoted)) pieces.push(head);
      if (tailHasWords && (pieces.length === 0 || isQuote(T[tail.first]) || att.pattern !== 'inverted'))
        pieces.push(tail);
      // "X said:" at the end of a paragraph: the next paragraph is the content.
      if (!tailHasWords && isPunct(T[s.last - 1], ':') && att.cue.last >= s.last - 2) {
        const next = this.paragraphAfter(s);
        if (next) pieces.push(next);
      }
    }
    return pieces.map((p) => this.trim(p)).filter((p): p is Range => p !== undefined);
  }
}
