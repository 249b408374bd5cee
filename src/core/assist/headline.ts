/** Headlines capitalise every word, so a capitalised "Says" there is still a verb. */
import type { CueEntry } from './lexicon';
import type { Sentence, Token } from '../text/tokenize';

const MIN_WORDS = 3;
const MIN_SHARE = 0.8;

/** True when nearly all content words (four letters or more) of the sentence start with a capital. */
export function isTitleCase(tokens: Token[], s: Sentence): boolean {
  let words = 0;
  let capitalised = 0;
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) capitalised++;
  }
  return words >= MIN_WORDS && capitalised / words >= MIN_SHARE;
}

/** In a headline, "Rules", "Plan" or "Target" are usually nouns; "Says", "Shows", "Calls" verbs. */
export function headlineVerb(t: Token, entry: CueEntry): boolean {
  return !entry.nounLike || /^(shows|calls|claims|finds|warns|blasts|slams|vows|hopes|fears)$/.test(t.lower);
}
