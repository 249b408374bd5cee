/** The shape of a stretch of tokens: does it hold a finite clause, is a token a pronoun with its auxiliary. */
import { RELATIVE_PRONOUNS } from './lexicon';
import type { Token } from '../text/tokenize';

/** A subject pronoun and its auxiliary written as one word: "he's", "they've", "who'd" (lower-cased, ASCII apostrophe). */
export const PRONOUN_CONTRACTION = /^(he|she|they|we|i|who)'(s|ve|ll|d|re|m)$/;

/** Auxiliaries and modals that make a clause finite. */
const FINITE_AUXILIARIES =
  /^(is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|does|did|won't|wouldn't|can't|couldn't)$/;

/**
 * Does a subject with its appositives (tokens `first` to `last`, the commas at `commas`) hold a finite
 * clause? An auxiliary is only allowed inside a relative clause ("Ada Brook, who has led the board, said"),
 * and no comma segment opens with a conjunction ("..., but for some, costs would fall, said Lee").
 */
export function holdsClause(T: Token[], first: number, last: number, commas: number[]): boolean {
  let relative = false;
  for (let k = first; k < last; k++) {
    const t = T[k]!;
    if (commas.includes(k)) relative = false;
    else if (RELATIVE_PRONOUNS.has(t.lower) || t.lower === 'whose') relative = true;
    else if (!relative && k > first && FINITE_AUXILIARIES.test(t.lower)) return true;
    else if (!relative && commas.includes(k - 1) && /^(but|and|or|so|yet)$/.test(t.lower)) return true;
  }
  return false;
}
