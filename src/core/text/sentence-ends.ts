/**
 * Where an abbreviation's full stop also ends a sentence, for the assistant's tokenizer and sentence
 * splitter: "in the U.S. The rest ...", "said no. Ray ...", "He was ill. The doctor ...".
 */

/** Abbreviations before a name, never at a sentence's end: "Sen. Lee", "Dr. Ray". */
const TITLES = new Set(
  `mr mrs ms dr prof sen sens rep reps gov govs gen lt col sgt capt cmdr adm maj pres supt atty st rev hon messrs`.split(
    ' ',
  ),
);
/** Abbreviations only before a number: "No. 1", "Fig. 3". */
const BEFORE_NUMBER = new Set(['no', 'fig']);
/** State abbreviations that are also words ("ill", "mass"): abbreviations only after a comma ("Peoria, Ill."). */
const WORDLIKE_STATES = new Set(['ill', 'mass', 'miss', 'wash', 'ore', 'la', 'pa']);
/** Capitalised words that open sentences and hardly ever follow an abbreviation inside one. */
const SENTENCE_OPENERS = new Set(
  `the a an he she it they we i but and in on at for if when while after this that these those there his her
  their its our my yet so still however meanwhile`.split(/\s+/),
);

/**
 * Does the listed abbreviation `word` (lower-case, no stop) keep its full stop in `text`, whose stop is
 * at `stop`? "No." only before a number, "Ill." only after a comma.
 */
export function keepsStop(word: string, text: string, stop: number): boolean {
  if (BEFORE_NUMBER.has(word)) return /^\s*\d/.test(text.slice(stop + 1, stop + 4));
  if (WORDLIKE_STATES.has(word))
    return /,\s$/.test(text.slice(Math.max(0, stop - word.length - 2), stop - word.length));
  return true;
}

/** Does a word token ending in a full stop ("U.S.", "Inc.") end its sentence, before the word `next`? */
export function endsSentenceAt(token: string, next: string | undefined): boolean {
  if (!token.endsWith('.') || next === undefined || !/^\p{Lu}/u.test(next)) return false;
  const word = token.slice(0, -1).toLowerCase();
  if (TITLES.has(word) || /^\p{L}$/u.test(word)) return false;
  return SENTENCE_OPENERS.has(next.toLowerCase());
}
