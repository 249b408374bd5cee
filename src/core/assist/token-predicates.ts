/** Small predicates over tokens, shared by the assist engine's rules. */
import type { Token } from '../text/tokenize';

/** A run of tokens by index, `last` exclusive. */
export interface Range {
  first: number;
  last: number;
}

export const isWord = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'word' || t.kind === 'number');
export const isCap = (t: Token | undefined): boolean => t !== undefined && isWord(t) && /^[\p{Lu}$]/u.test(t.text);
export const isQuote = (t: Token | undefined): boolean =>
  t !== undefined && (t.kind === 'quote' || t.kind === 'quote-open' || t.kind === 'quote-close');
export const isPunct = (t: Token | undefined, chars?: string): boolean =>
  t !== undefined && t.kind === 'punct' && (chars === undefined || chars.includes(t.text));
export const DASHES = '—–-―';
