/**
 * Attributions whose cue is a set phrase rather than a reporting verb:
 * "as the memo put it" and "in the latest poll".
 */
import { isCap, isPunct, isWord, type Range } from './token-predicates';
import type { Sentence, Token } from '../text/tokenize';

export interface PhraseAttribution {
  cue: Range;
  cueText: string;
  source: Range;
}

const MAX_SOURCE = 10;
const POLL_NOUNS = /^(polls?|surveys?)$/;
const POLL_LEAD = /^(the|a|an|this|that|its|their|his|her|one|another|some|several|other|recent|latest|new)$/;

/** "as a Homeland Security memo put it", "As Ms. Simonyan put it": the words between "as" and "put it". */
export function findAsPutIt(tokens: Token[], s: Sentence): PhraseAttribution[] {
  const out: PhraseAttribution[] = [];
  for (let k = s.first + 2; k + 1 < s.last; k++) {
    if (tokens[k]!.lower !== 'put' || tokens[k + 1]!.lower !== 'it') continue;
    let as = k - 1;
    while (as > s.first && k - as <= MAX_SOURCE && tokens[as]!.lower !== 'as' && isWord(tokens[as])) as--;
    if (tokens[as]!.lower !== 'as' || as + 1 >= k) continue;
    out.push({ cue: { first: k, last: k + 2 }, cueText: 'put it', source: { first: as + 1, last: k } });
  }
  return out;
}

/**
 * "In the latest Quinnipiac poll, Clinton leads": the poll is the source, "in" the cue. The source
 * runs to the poll noun, or to the comma after a participle ("poll, conducted in May,").
 */
export function findPollSetting(tokens: Token[], s: Sentence): PhraseAttribution[] {
  const out: PhraseAttribution[] = [];
  for (let k = s.first; k + 1 < s.last; k++) {
    if (tokens[k]!.lower !== 'in') continue;
    const lead = tokens[k + 1]!;
    if (!(POLL_LEAD.test(lead.lower) || isCap(lead) || lead.kind === 'number')) continue;
    let head = k + 1;
    const inName = (t: Token | undefined): boolean => (isWord(t) && !POLL_NOUNS.test(t!.lower)) || isPunct(t, '/-');
    while (head < s.last && head - k <= MAX_SOURCE && inName(tokens[head])) head++;
    if (head >= s.last || !POLL_NOUNS.test(tokens[head]!.lower)) continue;
    // "trailing in the polls" is the state of the race, "in the survey process" a compound: no one poll speaks.
    const generic =
      /s$/.test(tokens[head]!.lower) && head === k + 2 && /^(the|some|several|other|recent)$/.test(lead.lower);
    const after = tokens[head + 1];
    const compound = isWord(after) && !/^(of|by|from|for|taken|released|published|conducted)$|ed$/.test(after!.lower);
    if (generic || compound) continue;
    let last = head + 1;
    if (isPunct(tokens[last], ',') && /ed$/.test(tokens[last + 1]?.lower ?? '')) {
      let m = last + 1;
      while (m < s.last && m - last < MAX_SOURCE && !isPunct(tokens[m], ',;:.')) m++;
      if (isPunct(tokens[m], ',')) last = m;
    }
    out.push({ cue: { first: k, last: k + 1 }, cueText: 'in', source: { first: k + 1, last } });
    k = last;
  }
  return out;
}
