/**
 * Where a listed abbreviation's full stop is a sentence's end instead, for the assistant's tokenizer:
 * "said no. Ray ...", "He was ill. The doctor ...". (Ending a sentence at an initialism before a
 * sentence opener, "in the U.S. The ...", was measured: it splits claims eval:compare groups.)
 */

/** Abbreviations only before a number: "No. 1", "Fig. 3". */
const BEFORE_NUMBER = new Set(['no', 'fig']);
/** State abbreviations that are also words ("ill", "mass"): abbreviations only after a comma ("Peoria, Ill."). */
const WORDLIKE_STATES = new Set(['ill', 'mass', 'miss', 'wash', 'ore', 'la', 'pa']);
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
