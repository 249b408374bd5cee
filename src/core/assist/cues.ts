/** Finds cues in a sentence: reporting verbs used as verbs, "according to", set phrases, "X:" and "― X". */
import type { Attribution } from './attribution';
import { EDITORIAL_LABELS, relativeBeforeCopula, shouted } from './cue-exclusions';
import { headlineVerb, isTitleCase } from './headline';
import {
  CLAUSE_BOUNDARY,
  CUE_PREFIX,
  CUE_VERBS,
  DETERMINERS,
  EVIDENCE_NOUNS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SETTING_NOUNS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
  type CueEntry,
} from './lexicon';
import { findFrameCues, governingVerb } from './noun-frames';
import { PhraseReader } from './phrases';
import { findAsPutIt, findPollSetting } from './set-phrases';
import { isCap, isPunct, isQuote, isWord, type Range } from './token-predicates';
import type { Sentence, Token } from '../text/tokenize';

export class CueReader extends PhraseReader {
  /** Finds cue words in a sentence, in order. */
  findCues(s: Sentence): Attribution[] {
    const out: Attribution[] = [];
    const T = this.tokens;
    const headline = isTitleCase(T, s);
    for (let k = s.first; k < s.last; k++) {
      const t = T[k]!;
      if (t.kind !== 'word') continue;
      const prev = k > s.first ? T[k - 1] : undefined;
      const next = T[k + 1];
      if (t.lower === 'according' && next?.lower === 'to' && k + 1 < s.last) {
        out.push({
          cue: { first: k, last: k + 2 },
          cueText: 'according to',
          pattern: 'according',
          score: 0.9,
          content: [],
        });
        k++;
        continue;
      }
      // "per the party's bylaws", "per Reuters": "according to", not a rate ("per share", "per cent").
      if (
        t.lower === 'per' &&
        k + 1 < s.last &&
        (isCap(next) || /^(the|a|an|his|her|their|its)$/.test(next?.lower ?? ''))
      ) {
        out.push({ cue: { first: k, last: k + 1 }, cueText: 'per', pattern: 'according', score: 0.75, content: [] });
        continue;
      }
      const entry = CUE_VERBS.get(t.lower);
      if (!entry || (entry.notBefore && next && entry.notBefore.includes(next.lower))) continue;
      if (/^\p{Lu}/u.test(t.text) && k > s.first && !/^\p{Lu}+$/u.test(t.text) && !(headline && headlineVerb(t, entry)))
        continue; // a name: "Ann Say"
      // "FELLOW DOCTORS DON’T WANT TO ..." : a section heading in capitals, not a report.
      if (/^\p{Lu}{2,}$/u.test(t.text) && shouted(prev) && shouted(next)) continue;
      const quoted = t.lower === 'saying' && prev?.lower === 'as' ? this.quotedSpeaker(k, s) : undefined;
      if (quoted) {
        out.push({
          cue: { first: k - 1, last: k + 1 },
          cueText: 'as saying',
          entry,
          pattern: 'subject',
          source: quoted,
          score: 0.75,
          content: [],
        });
        continue;
      }
      // "went on to say", "was quick to note": the governing verb joins the cue, its subject is the source.
      const governor =
        prev?.lower === 'to' && t.lower === entry.lemma && entry.lemma !== 'find'
          ? governingVerb(T, k - 1, s)
          : undefined;
      if (governor !== undefined) {
        const cue = { first: governor, last: k + 1 };
        out.push({ cue, cueText: this.words(cue), entry, pattern: 'subject', score: 0.6, content: [] });
        continue;
      }
      const participleSource = t.lower.endsWith('ing') ? this.participleSource(k, s) : undefined;
      if (!participleSource && !this.verbalContext(k, s, entry)) continue;
      if (this.reducedRelative(k) || relativeBeforeCopula(T, k)) continue;
      if (
        t.lower === 'known' &&
        (next?.lower === 'as' || /^(best|well|widely|little|lesser|better)$/.test(prev?.lower ?? ''))
      )
        continue; // "known as", "the best known case"
      // A byline ("Lee reports for the Herald", "Lee reported from Moscow") and "the states", "swing state" are no cues.
      if (entry.lemma === 'report' && /^(for|from)$/.test(next?.lower ?? '')) continue;
      if (t.lower === 'state' || t.lower === 'states') continue;
      if (entry.nounLike && /^(little|much)$/.test(prev?.lower ?? '')) continue; // "little doubt that
      if (prev?.lower === 'having') continue; // "Having said that, ..."
      let last = k + 1;
      if (entry.particles && next && entry.particles.includes(next.lower) && k + 1 < s.last) last = k + 2;
      else if (entry.particleRequired && !(isPunct(next, ',:') && isQuote(T[k + 2])) && !this.afterQuote(k, s, next))
        continue; // "she continued, “...”", "“...,” he continued.
      let first = k;
      let absorbed = 0;
      while (first - 1 >= s.first && absorbed < 3) {
        const p = T[first - 1]!;
        if (p.kind !== 'word' || !(CUE_PREFIX.has(p.lower) || (/^\p{Ll}+ly$/u.test(p.text) && p.lower !== 'only')))
          break;
        if (/^(is|was|were|are|been|be|isn't|wasn't|aren't|weren't)$/.test(p.lower) && !t.lower.endsWith('ing')) break;
        first--;
        absorbed++;
      }
      // "his recently revealed tax plan", "the widely reported remark": an adverb and a participle modifying a noun.
      if (first < k && DETERMINERS.has(T[first - 1]?.lower ?? '') && !RELATIVE_PRONOUNS.has(T[first - 1]!.lower))
        continue;
      const be = T[first - 1];
      if (
        be &&
        /^(is|was|were|are|been|be|being|get|got|gets|isn't|wasn't|aren't|weren't)$/.test(be.lower) &&
        !t.lower.endsWith('ing')
      ) {
        // Passive: "was written by Springsteen", "was first reported by" names its source after "by"; otherwise none.
        const adverb = /^\p{Ll}+ly$/u.test(next?.text ?? '') && T[k + 2]?.lower === 'by';
        if (next?.lower !== 'by' && !adverb) continue;
        if (adverb) last = k + 2;
        out.push({
          cue: { first, last },
          cueText: T.slice(first, last)
            .map((x) => x.text)
            .join(' '),
          entry,
          pattern: 'passive',
          score: 0.6,
          content: [],
        });
        k = last - 1;
        continue;
      }
      const score = entry.lemma === 'say' || entry.lemma === 'tell' ? 0.9 : entry.cls === 'speech' ? 0.75 : 0.6;
      out.push({
        cue: { first, last },
        cueText: T.slice(first, last)
          .map((x) => x.text)
          .join(' '),
        entry,
        pattern: 'subject',
        source: participleSource,
        score: entry.nounLike ? score - 0.1 : score,
        content: [],
      });
      k = last - 1;
    }
    for (const p of [...findAsPutIt(T, s), ...findPollSetting(T, s)])
      out.push({ cue: p.cue, cueText: p.cueText, source: p.source, pattern: 'phrase', score: 0.6, content: [] });
    for (const f of findFrameCues(this, s))
      if (!out.some((o) => o.cue.first < f.cue.last && f.cue.first < o.cue.last)) out.push(f);
    out.sort((x, y) => x.cue.first - y.cue.first);
    // "Pat Caddell: Democrat voters worried ..." / "TRUMP: We will win." at the start of a paragraph.
    // A transcript's speaker label may also open a sentence inside a paragraph: "... today. MS. LEE: Thank you."
    if (s.paragraphStart || this.speakerLabel(s)) {
      let k = s.first;
      if (isQuote(T[k])) k++;
      const nameStart = k;
      while (k < s.last && k - nameStart < 4 && isCap(T[k]) && !/^(the|a|an|and|of|in|on|at|for|to)$/.test(T[k]!.lower))
        k++;
      // "Howard Kurtz, Fox News: “...”", "Jeremy Lott, author: “...”": a name and its outlet or title before a quotation.
      if (k > nameStart && isPunct(T[k], ',')) {
        let m = k + 1;
        while (m < s.last && m - nameStart < 12 && (isWord(T[m]) || isPunct(T[m], ',')) && !CUE_VERBS.has(T[m]!.lower))
          m++;
        if (isPunct(T[m], ':') && isQuote(T[m + 1])) k = m;
      }
      if (
        k > nameStart &&
        isPunct(T[k], ':') &&
        k + 1 < s.last &&
        !TIME_WORDS.has(T[k - 1]!.lower) &&
        !EDITORIAL_LABELS.has(T[k - 1]!.lower) &&
        !out.some((o) => o.cue.first < k)
      ) {
        out.unshift({
          cue: { first: k, last: k + 1 },
          cueText: ':',
          pattern: 'colon',
          source: { first: nameStart, last: k },
          score: 0.5,
          content: [],
        });
      }
    }
    return out;
  }

  /**
   * The speaker of "quoted X as saying" (X) and of "X was quoted as saying" (the subject), not the
   * outlet that quotes them: the claim is the speaker's.
   */
  private quotedSpeaker(k: number, s: Sentence): Range | undefined {
    const T = this.tokens;
    for (let j = k - 2; j >= s.first && k - j <= 14; j--) {
      if (T[j]!.lower !== 'quoted') continue;
      if (j === k - 2) {
        const be = /^(was|were|is|are|been|being)$/.test(T[j - 1]?.lower ?? '') ? j - 1 : j;
        return this.backwardSubject(be, s.first);
      }
      const last = isPunct(T[k - 2], ',') ? k - 2 : k - 1;
      return last > j + 1 && T.slice(j + 1, last).every((x) => isWord(x) || isPunct(x, ',.'))
        ? { first: j + 1, last }
        : undefined;
    }
    return undefined;
  }

  /** "“...,” he continued.": a cue closing a quotation, its subject between them. */
  private afterQuote(k: number, s: Sentence, next: Token | undefined): boolean {
    if (!isPunct(next, '.') && next !== undefined && k + 1 < s.last) return false;
    const T = this.tokens;
    for (let j = k - 1; j >= s.first && k - j <= 5; j--) {
      if (this.closingQuote(j) || (isPunct(T[j], ',') && this.closingQuote(j - 1))) return j < k - 1;
      if (!isWord(T[j])) return false;
    }
    return false;
  }

  private words(r: Range): string {
    return this.tokens
      .slice(r.first, r.last)
      .map((x) => x.text)
      .join(' ');
  }

  /** "MS. LEE:", "PARTICIPANT:": an upper-case name and a colon open the sentence. */
  private speakerLabel(s: Sentence): boolean {
    const T = this.tokens;
    let k = isQuote(T[s.first]) ? s.first + 1 : s.first;
    const start = k;
    while (k < s.last && k - start < 4 && isWord(T[k]) && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(T[k]!.text)) k++;
    return k > start && isPunct(T[k], ':');
  }

  /**
   * The source of a participle cue outside a clause of its own: "with analysts saying ...",
   * "the embassy issued a statement saying ..." (the subject of the verb that issued the statement).
   */
  private participleSource(k: number, s: Sentence): Range | undefined {
    const T = this.tokens;
    let j = k - 1;
    while (j >= s.first && k - j <= 8 && isWord(T[j]) && !CLAUSE_BOUNDARY.has(T[j]!.lower) && T[j]!.lower !== 'with')
      j--;
    if (j >= s.first && j < k - 1 && T[j]!.lower === 'with' && !PREPOSITIONS.has(T[j + 1]!.lower))
      return { first: j + 1, last: k };
    // "the swoon had Republicans wondering about ...": the people a cause leaves in that state.
    for (let m = k - 2; m >= s.first && k - m <= 4; m--) {
      if (!isWord(T[m + 1]) || DETERMINERS.has(T[k - 1]!.lower)) break;
      if (/^(had|has|have|having|left|leaves|leaving|got|gets|kept|keeps)$/.test(T[m]!.lower))
        return isCap(T[k - 1]) || /s$/.test(T[k - 1]!.lower) ? { first: m + 1, last: k } : undefined;
    }
    if (!SETTING_NOUNS.has(T[k - 1]?.lower ?? '')) return undefined;
    let d = k - 2;
    while (d > s.first && k - d <= 4 && !DETERMINERS.has(T[d]!.lower)) d--;
    const verb = T[d - 1];
    if (!DETERMINERS.has(T[d]?.lower ?? '') || !verb || !/^\p{Ll}+(ed|ent|sued|ote)$/u.test(verb.text))
      return undefined;
    return this.backwardSubject(d - 1, s.first);
  }

  /** Is the word at k used as a verb here, rather than a noun ("the report", "claims that")? */
  private verbalContext(k: number, s: Sentence, entry: CueEntry): boolean {
    const T = this.tokens;
    const t = T[k]!;
    const prev = k > s.first ? T[k - 1] : undefined;
    const next = T[k + 1];
    const ing = t.lower.endsWith('ing');
    // "the data show", "polls showing Lee ahead", "..., a new analysis shows.": evidence speaking.
    if (entry.cls === 'evidence' && prev && EVIDENCE_NOUNS.has(prev.lower) && !/^(of|-)$/.test(next?.lower ?? ''))
      return true;
    if (ing) {
      // ", saying that ..." or "was saying": a participle continuing a clause.
      return (
        prev !== undefined &&
        (isPunct(prev, ',') ||
          /^(is|was|were|are|been|be|kept|keeps|continued|continues|isn't|wasn't|aren't|weren't)$/.test(prev.lower) ||
          /^\p{L}+['’](s|re|m)$/u.test(prev.text))
      );
    }
    // "“...,” one said": a quantifier standing alone as the subject, not a determiner.
    const standalone =
      prev !== undefined &&
      (!entry.nounLike || t.lower !== entry.lemma + 's') && // "both states" is a noun phrase
      (((/^(one|another|some|many|both|all|most|several|few|others)$/.test(prev.lower) ||
        (/^(two|three|four|five)$/.test(prev.lower) && T[k - 2]?.lower === 'the')) &&
        (k - 1 === s.first ||
          !isWord(T[k - 2]) ||
          (/^(but|and|yet|still)$/.test(T[k - 2]!.lower) && (k - 2 === s.first || !isWord(T[k - 3]))) || // "But some note"
          (T[k - 2]!.lower === 'the' && (k - 2 === s.first || !isWord(T[k - 3]))))) ||
        (/^(both|all)$/.test(prev.lower) && isCap(T[k - 2]))); // "NBC and ABC both reported"
    // "one question that has emerged": a singular quantifier before a base form determines a noun.
    if (standalone && !(entry.nounLike && t.lower === entry.lemma && /^(one|another)$/.test(prev.lower))) return true;
    if (prev && (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower)) && !RELATIVE_PRONOUNS.has(prev.lower)) {
      if (prev.lower !== 'that') return false; // "as stated in", "as shown by"
    }
    if (prev && /['’]s$/.test(prev.text) && !/^(he|she|it|who|that)$/.test(prev.lower.slice(0, -2))) return false; // "Trump's claims"
    if (entry.nounLike && this.reducedRelative(k + 1)) return false; // "FBI notes released Monday"
    const isPast = t.lower !== entry.lemma && !t.lower.endsWith('s');
    if (next && ((next.lower === 'of' && entry.nounLike && !isPast) || next.lower === '-')) return false; // "a report of", "fact-check"
    // "an hourlong show", "a June report": an article, a modifier and a noun; a verb would agree ("a source says").
    if (entry.nounLike && t.lower === entry.lemma && prev?.kind === 'word' && this.afterArticle(k, s)) return false;
    // "The Herald report said ...": a noun before the sentence's own verb of saying.
    const nextEntry = CUE_VERBS.get(next?.lower ?? '');
    if (entry.nounLike && t.lower === entry.lemma && nextEntry && next!.lower !== nextEntry.lemma && !isCap(next))
      return false;
    if (next && next.lower === 'that' && !(prev && (DETERMINERS.has(prev.lower) || /['’]s$/.test(prev.text))))
      return true;
    if (
      entry.nounLike &&
      next &&
      /^(is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|did|do|does)$/.test(next.lower)
    )
      return false;
    if (!entry.nounLike || isPast) return true;
    // Base and -s forms of noun-like verbs need a subject-looking word right before them.
    if (!prev) return false;
    if (t.lower.endsWith('s') && next?.lower === 'to' && prev.kind === 'word') return true; // "the campaign plans to"
    // "the average of recent polls shows Clinton ahead": a finding verb before a clause-like object.
    if (
      /^(shows|finds|suggests|indicates|reveals)$/.test(t.lower) &&
      prev.kind === 'word' &&
      next &&
      (isCap(next) || next.kind === 'number' || SUBJECT_PRONOUNS.has(next.lower))
    )
      return true;
    if (SUBJECT_PRONOUNS.has(prev.lower) || RELATIVE_PRONOUNS.has(prev.lower) || CUE_PREFIX.has(prev.lower))
      return true;
    if (prev.lower === 'percent' || /\d%$/.test(prev.text)) return true; // "5 percent support Stein"

    if (isCap(prev) && !DETERMINERS.has(prev.lower)) return true;
    if (
      t.lower.endsWith('s') &&
      prev.kind === 'word' &&
      /^\p{Ll}/u.test(prev.text) &&
      !prev.lower.endsWith('s') &&
      !/ly$/.test(prev.lower)
    ) {
      // "the campaign says": determiner, noun, verb; not "personal attacks".
      const prev2 = T[k - 2];
      return (
        prev2 !== undefined &&
        k - 2 >= s.first &&
        DETERMINERS.has(prev2.lower) &&
        !/^(any|some|no|many|few|several|all|more|most|other|such)$/.test(prev2.lower) && // "any tough questions"
        !(next && (next.lower === 'and' || isPunct(next)))
      );
    }
    if (!t.lower.endsWith('s') && prev.kind === 'word' && /s$/.test(prev.lower) && !/ss$/.test(prev.lower)) return true;
    return false;
  }

  /** "an hourlong show", "a New York Times report": an indefinite article and modifiers before the word at k. */
  private afterArticle(k: number, s: Sentence): boolean {
    const T = this.tokens;
    if (/^(a|an)$/.test(T[k - 2]?.lower ?? '')) return true;
    let j = k - 1;
    while (j > s.first && k - j <= 6 && (isCap(T[j]) || T[j]!.kind === 'number')) j--;
    return j < k - 1 && /^(a|an)$/.test(T[j]?.lower ?? '');
  }

  /** “I am ashamed.” ― Pamela Padilla : a quotation signed with a dash. */
  dashAttributions(): Attribution[] {
    const T = this.tokens;
    const out: Attribution[] = [];
    for (let k = 1; k < T.length - 1; k++) {
      const t = T[k]!;
      if (!(
        isPunct(t, '―—') &&
        (this.closingQuote(k - 1) || (isPunct(T[k - 1], '.') && this.closingQuote(k - 2))) &&
        isCap(T[k + 1])
      ))
        continue;
      let end = k + 1;
      while (end < T.length && T[end]!.kind !== 'newline') end++;
      const source = this.forwardNP(k + 1, end, 'subject');
      if (!source) continue;
      let start = k - 1;
      while (start > 0 && T[start - 1]!.kind !== 'newline') start--;
      const content = this.trim({ first: start, last: k });
      out.push({
        cue: { first: k, last: k + 1 },
        cueText: t.text,
        pattern: 'colon',
        source,
        score: 0.6,
        content: content ? [content] : [],
      });
    }
    return out;
  }
}
