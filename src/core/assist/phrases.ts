/** Noun phrases around a cue: the subject before it, the phrase after it, adverbials to skip. */
import { holdsClause, PRONOUN_CONTRACTION } from './clause-shape';
import { TokenDocument } from './document';
import { DOCUMENT_NOUNS } from './frame-lexicon';
import {
  CLAUSE_BOUNDARY,
  CUE_PREFIX,
  CUE_VERBS,
  DETERMINERS,
  INVERTED_SOURCE_OPENERS,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
  PUBLISHING_PARTICIPLES,
  RELATIVE_PRONOUNS,
  SETTING_NOUNS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
} from './lexicon';
import { DASHES, isCap, isPunct, isQuote, isWord, type Range } from './token-predicates';
import type { Token } from '../text/tokenize';

/** Auxiliaries and adverbs that follow a subject, never inside it. */
const NP_ENDERS =
  /^(is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|does|did|do|not|never|again|meanwhile|though|also|still|now|then|already|\p{Ll}+ly)$/u;
/** Nouns and adjectives in -ly: "the influential daily", "the family", not adverbs. */
const LY_NOUNS = /^(daily|weekly|monthly|quarterly|yearly|family|ally|rally|assembly|elderly|early|only|bully)$/;
/** Bodies whose name goes on with "on": "the Council on Foreign Relations". */
const BODY_ON = /^(council|committee|commission|subcommittee|center|centre|institute|foundation|panel|caucus|task)$/;
/** A word or "&", a joining hyphen or slash inside a name: "AT&T", "fact-check", "NBC/Wall Street Journal". */
const joinsName = (T: Token[], k: number): boolean =>
  isPunct(T[k], '&') || (isPunct(T[k], '-/') && isWord(T[k + 1]) && T[k + 1]!.start === T[k]!.end);

export class PhraseReader extends TokenDocument {
  /** A noun phrase starting at k: "the Rev. Peter Wherry", "U.S. officials", "he". */
  forwardNP(k: number, limit: number, mode: 'subject' | 'according'): Range | undefined {
    const T = this.tokens;
    const first = k;
    if (k >= limit || !isWord(T[k])) return undefined;
    const t0 = T[k]!;
    const next = T[k + 1];
    // "her aide" is a phrase; "her" alone, or before "the"/"that", is a pronoun.
    const possessive =
      mode === 'subject' &&
      t0.lower === 'her' &&
      k + 1 < limit &&
      isWord(next) &&
      !isCap(next) &&
      !DETERMINERS.has(next!.lower) &&
      !CUE_VERBS.has(next!.lower);
    if ((SUBJECT_PRONOUNS.has(t0.lower) || OBJECT_PRONOUNS.has(t0.lower)) && !possessive)
      return { first: k, last: k + 1 };
    // "said another", "said one": a quantifier standing alone.
    if (/^(another|one|others|some|many|both|several)$/.test(t0.lower) && !isWord(next))
      return { first: k, last: k + 1 };
    const max = mode === 'according' ? 30 : 12;
    while (k < limit && k - first < max) {
      const t = T[k]!;
      if (t.text === '(') {
        const close = this.matching(k, limit);
        if (close === undefined) break;
        k = close + 1;
        continue;
      }
      if (!isWord(t) && !joinsName(T, k)) break;
      if (isWord(t)) {
        // "the documents released by WikiLeaks", "FBI notes released Monday": a participle modifying the noun.
        if (k > first && PUBLISHING_PARTICIPLES.has(T[k - 1]!.lower) && this.reducedRelative(k - 1)) {
          k++;
          continue;
        }
        if (
          CUE_VERBS.has(t.lower) &&
          k > first &&
          !isCap(t) &&
          !DETERMINERS.has(T[k - 1]!.lower) &&
          !this.reducedRelative(k) &&
          !this.reducedRelative(k + 1)
        )
          break; // not "the ruling"
        if (t.lower === 'that' || t.lower === 'who' || t.lower === 'which' || t.lower === 'whose') break;
        if (CLAUSE_BOUNDARY.has(t.lower) && t.lower !== 'and') break;
        if (t.lower === 'and') {
          // "Harvard and the University of ...", "Smith and Jones": only between names.
          if (!(isCap(T[k - 1]) && (isCap(T[k + 1]) || T[k + 1]?.lower === 'the'))) break;
        }
        if (PREPOSITIONS.has(t.lower) && k > first) {
          const after = T[k + 1];
          const joins =
            t.lower === 'of' ||
            (t.lower === 'on' && isCap(T[k - 1]) && BODY_ON.test(T[k - 1]!.lower)) ||
            t.lower === 'for' ||
            t.lower === 'at' ||
            t.lower === 'from' ||
            (mode === 'according' && t.lower !== 'than' && t.lower !== 'as');
          if (
            !joins ||
            after === undefined ||
            !isWord(after) ||
            (!isCap(after) && !DETERMINERS.has(after.lower) && mode !== 'according')
          )
            break;
          if (TIME_WORDS.has(after.lower) && !isCap(after)) break;
        }
        if (TIME_WORDS.has(t.lower) && k > first && mode === 'subject') break;
        // "Trump is slamming ...", "the campaign dramatically ...": a verb or an adverb ends the subject.
        if (mode === 'subject' && k > first && !isCap(t) && NP_ENDERS.test(t.lower) && !LY_NOUNS.test(t.lower)) break;
      }
      k++;
    }
    while (
      k > first &&
      (PREPOSITIONS.has(T[k - 1]!.lower) || DETERMINERS.has(T[k - 1]!.lower) || T[k - 1]!.lower === 'and')
    )
      k--;
    return k > first ? { first, last: k } : undefined;
  }

  /**
   * "the documents released by WikiLeaks", "figures published Monday": a past participle after its
   * noun, modifying it, not a verb of the sentence.
   */
  reducedRelative(j: number): boolean {
    const T = this.tokens;
    const t = T[j];
    const prev = T[j - 1];
    const next = T[j + 1];
    if (!t || !prev || !next || !isWord(prev) || isCap(t)) return false;
    if (!/\p{L}ed$|^(shown|written|seen|given|taken|made|found|sent|put)$/u.test(t.lower)) return false;
    if (SUBJECT_PRONOUNS.has(prev.lower) || RELATIVE_PRONOUNS.has(prev.lower) || CUE_PREFIX.has(prev.lower))
      return false;
    if (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || /ly$/.test(prev.lower)) return false;
    if (next.lower === 'by') return true;
    const dated = TIME_WORDS.has(next.lower) || (next.lower === 'on' && TIME_WORDS.has(T[j + 2]?.lower ?? ''));
    return dated && !isCap(prev) && PUBLISHING_PARTICIPLES.has(t.lower);
  }

  /**
   * The end of an appositive after a source ending at k: ", a spokesman for the campaign",
   * ", who spoke on condition of anonymity", ", AT&T's chief executive", ", Jane Roe" (after a title).
   */
  appositiveEnd(k: number, limit: number): number | undefined {
    const T = this.tokens;
    const head = T[k + 1];
    if (!isPunct(T[k], ',') || !head || !isWord(head) || k + 1 >= limit) return undefined;
    let m = k + 1;
    while (m < limit && !isPunct(T[m], ',;:.—–―()') && !isQuote(T[m]) && T[m]!.kind !== 'newline') m++;
    if (m - k > 24) return undefined;
    const words = T.slice(k + 1, m);
    const opener =
      /^(a|an|the|who|whose|now|also|one|another|both|formerly|himself|herself)$/.test(head.lower) ||
      words.slice(0, 3).some((w, i) => /['’]s$/.test(w.text) && !isCap(words[i + 1])) ||
      INVERTED_SOURCE_OPENERS.has(head.lower) ||
      (!isCap(head) && words.slice(1, 4).some((w) => /^(of|at|for|with)$/.test(w.lower)));
    if (opener) {
      const verbal = words.some((w, i) => i > 0 && w.lower !== 'who' && CUE_VERBS.has(w.lower) && !isCap(w));
      return verbal && head.lower !== 'who' ? undefined : m;
    }
    // "her spokesman, Jane Roe": a name after a description.
    const prev = T[k - 1];
    if (isCap(head) && prev && !isCap(prev) && words.every((w) => isCap(w) || w.kind === 'punct') && words.length <= 4)
      return m;
    return undefined;
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
    // "lawmakers he says are ...": a subject pronoun right before its verb is the whole subject.
    if (SUBJECT_PRONOUNS.has(before.lower) && before.lower !== 'it' && before.lower !== 'you')
      return { first: j, last: j + 1 };
    // "he's promoted", "who's called for": a pronoun with its auxiliary in one token.
    if (PRONOUN_CONTRACTION.test(before.lower)) return { first: j, last: j + 1 };
    let appositiveEnd: number | undefined;
    if (isPunct(before, ',')) {
      // "Megan Hester, senior associate at the institute, said": find the head before the appositive(s).
      let m = j - 1;
      while (m >= floor && j - m < 45 && !isQuote(T[m]) && !isPunct(T[m], ';:' + DASHES) && T[m]!.kind !== 'newline')
        m--;
      const commas: number[] = [];
      for (let c = m + 1; c < j; c++) if (isPunct(T[c], ',')) commas.push(c);
      let segStart = m + 1;
      while (
        segStart < j &&
        (CLAUSE_BOUNDARY.has(T[segStart]!.lower) || /^(so|now|still|yet|and|but)$/.test(T[segStart]!.lower))
      )
        segStart++;
      for (const c of commas) {
        // "Last week Ada Brook, a planner, said": a leading time is not part of the subject.
        while (
          segStart < c - 1 &&
          (TIME_WORDS.has(T[segStart]!.lower) ||
            (/^(on|in|during)$/.test(T[segStart]!.lower) && TIME_WORDS.has(T[segStart + 1]!.lower))) &&
          isWord(T[segStart + 1])
        )
          segStart++;
        const head = T[segStart];
        const len = c - segStart;
        // "a job posting on the website of The Beijinger, an English-language magazine, said": up to 12 words.
        if (head && len > 0 && len <= 12) {
          const adverbial =
            PREPOSITIONS.has(head.lower) ||
            TIME_WORDS.has(head.lower) ||
            /ing$/.test(head.lower) ||
            CLAUSE_BOUNDARY.has(head.lower);
          if (
            !adverbial &&
            (isCap(head) || DETERMINERS.has(head.lower) || SUBJECT_PRONOUNS.has(head.lower)) &&
            !T.slice(segStart, c).some((x) => CUE_VERBS.has(x.lower) && !isCap(x))
          ) {
            // "Rates would rise, but for some, costs would fall, said Lee": a clause, not a subject and its appositive.
            if (holdsClause(T, segStart, j, commas)) return undefined;
            // "The ministry, in a statement, said": a setting or a time is not part of the source.
            const rest = commas.filter((x) => x >= c).map((x) => T[x + 1]);
            const settingOnly = rest.every(
              (x) =>
                x !== undefined &&
                (/^(in|on|at|during|earlier|later|last|this|late|early)$/.test(x.lower) || TIME_WORDS.has(x.lower)),
            );
            return { first: segStart, last: settingOnly ? c : j };
          }
        }
        segStart = c + 1;
      }
      return undefined;
    }
    const end = j + 1;
    let extendedPastWho = false;
    while (j >= floor) {
      const t = T[j]!;
      if (t.text === ')') {
        const open = this.matchingBack(j, floor);
        if (open === undefined) break;
        j = open - 1;
        continue;
      }
      if (t.kind === 'newline' || isQuote(t)) break;
      if (t.kind === 'punct' && !(t.text === '&' || (/^[-/]$/.test(t.text) && T[j - 1]?.end === t.start))) break;
      // "Comey and other officials said": "and" joins a name to a phrase; otherwise it opens a clause.
      const joinsSubject = isCap(T[j + 1]) || /^(other|the|his|her|their)$/.test(T[j + 1]?.lower ?? '');
      if (CLAUSE_BOUNDARY.has(t.lower) && !(t.lower === 'and' && isCap(T[j - 1]) && joinsSubject)) break;
      if (
        t.lower === 'who' &&
        !extendedPastWho &&
        j - 1 >= floor &&
        isWord(T[j - 1]) &&
        !CLAUSE_BOUNDARY.has(T[j - 1]!.lower) &&
        end - j > 1
      ) {
        // "sources who reviewed them told": the relative clause belongs to its noun.
        extendedPastWho = true;
        j--;
        continue;
      }
      if (t.lower === 'that' || t.lower === 'who' || t.lower === 'which' || t.lower === 'as') break; // "as some polls show"
      if (
        CUE_VERBS.has(t.lower) &&
        !isCap(t) &&
        !DETERMINERS.has(T[j - 1]?.lower ?? '') &&
        !this.reducedRelative(j) &&
        !this.reducedRelative(j + 1) &&
        !(j === end - 1 && DOCUMENT_NOUNS.has(t.lower)) // "The Herald report said"
      )
        break;
      j--;
    }
    const boundary = j >= floor ? T[j] : undefined;
    let first = j + 1;
    let last = end;
    // Leading adverbials: "On Monday Trump", "Earlier this week the ministry".
    while (first < last) {
      const t = T[first]!;
      if (
        TIME_WORDS.has(t.lower) ||
        (/^(on|in|at|during|earlier|later|late|early|now|still|instead|meanwhile|yet|again|then|together|also)$/.test(
          t.lower,
        ) &&
          !isCap(T[first + 1])) ||
        (t.kind === 'number' &&
          (TIME_WORDS.has(T[first - 1]?.lower ?? '') || /^(in|on|at|during|since|by)$/.test(T[first - 1]?.lower ?? '')))
      )
        first++;
      else if (/^(on|in|at|during)$/.test(t.lower) && TIME_WORDS.has(T[first + 1]?.lower ?? '')) first++;
      else if (t.lower === 'there' && /^(is|are|was|were|would|will)$/.test(T[first + 1]?.lower ?? ''))
        first += T[first + 2]?.lower === 'be' ? 3 : 2; // "there are few polls showing ..."
      else break;
    }
    // Trailing adverbials: "Trump on Monday", "the ministry in a statement"; not the date of "a poll released Monday".
    const dated = (m: number): boolean =>
      T.slice(first, m).some((x, i) => PUBLISHING_PARTICIPLES.has(x.lower) && i > 0);
    for (let m = last - 1; m > first && !dated(m); m--) {
      const t = T[m]!;
      if (/^(on|in|at|during|earlier|last|this|late|early)$/.test(t.lower)) {
        const tail = T.slice(m + 1, last);
        const ok =
          tail.length === 0 ||
          tail.every(
            (x) =>
              TIME_WORDS.has(x.lower) ||
              SETTING_NOUNS.has(x.lower) ||
              DETERMINERS.has(x.lower) ||
              x.kind === 'number' ||
              /^(news|press|a\.m\.|p\.m\.)$/.test(x.lower),
          );
        if (ok) last = m;
      } else if (!TIME_WORDS.has(t.lower) && t.kind !== 'number') break;
    }
    while (
      last > first &&
      /^(still|also|now|just|even|already|then|again|too|himself|herself|themselves|itself)$|^\p{Ll}+ly$/u.test(
        T[last - 1]!.text,
      ) &&
      !LY_NOUNS.test(T[last - 1]!.lower) &&
      last - first > 1
    )
      last--;
    while (
      last > first &&
      !dated(last - 1) &&
      ((TIME_WORDS.has(T[last - 1]!.lower) && !isCap(T[last - 1])) ||
        /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(T[last - 1]!.lower))
    )
      last--;
    // "who in 2010 said": only an adverbial between the relative pronoun and its cue.
    if (last <= first)
      return boundary && RELATIVE_PRONOUNS.has(boundary.lower)
        ? { first: boundary.index, last: boundary.index + 1 }
        : undefined;
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
  protected skipAdverbials(k: number, limit: number): number {
    const T = this.tokens;
    for (let guard = 0; guard < 6 && k < limit; guard++) {
      const t = T[k]!;
      if (TIME_WORDS.has(t.lower) && t.lower !== 'this' && t.lower !== 'may') {
        k++;
        continue;
      }
      if (/^(on|in|at|during|earlier|late|early|last|this)$/.test(t.lower)) {
        let m = k + 1;
        // "said on Tuesday that 3,000 troops…": the "that" starts the content; its figure is not part of the date.
        while (
          m < limit &&
          m - k < 10 &&
          ((DETERMINERS.has(T[m]!.lower) && T[m]!.lower !== 'that') ||
            TIME_WORDS.has(T[m]!.lower) ||
            SETTING_NOUNS.has(T[m]!.lower) ||
            T[m]!.kind === 'number' ||
            /^(news|press|phone|televised|written|joint|interview|campaign|brief)$/.test(T[m]!.lower))
        )
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
}
