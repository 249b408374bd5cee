import { exportTokens } from '../text/tokenize';

/** A token of a spaCy `Doc` built from Collate's tokens: UTF-16 range, trailing-space flag, sentence start. */
export interface SpacyToken {
  start: number;
  end: number;
  text: string;
  /** True when one plain space follows (spaCy's `whitespace_`). */
  spaceAfter: boolean;
  sentenceStart: boolean;
}

/**
 * spaCy tokens for a text, so that `doc.text` is the text exactly: Collate's tokens cut again at
 * every `cuts` offset (span edges, so every span falls on token boundaries), a single space after a
 * token becomes its `spaceAfter` flag and any other white space a token of its own, as spaCy's
 * tokenizer does. Returns the tokens and the cut offsets that fell inside one of Collate's tokens.
 */
export function spacyTokens(
  text: string,
  cuts: ReadonlySet<number>,
  locale = 'und',
): { tokens: SpacyToken[]; splitAt: number[] } {
  const tokens: SpacyToken[] = [];
  const splitAt: number[] = [];
  const sortedCuts = [...cuts].sort((a, b) => a - b);
  let position = 0;
  const isSpace = (t: SpacyToken): boolean => /^\s+$/u.test(t.text);
  const whitespace = (end: number): void => {
    if (position >= end) return;
    const previous = tokens.at(-1);
    if (previous && !previous.spaceAfter && text[position] === ' ' && !cuts.has(position + 1)) {
      previous.spaceAfter = true;
      position++;
    }
    const edges = [position, ...sortedCuts.filter((c) => c > position && c < end), end];
    for (let i = 0; i + 1 < edges.length; i++) {
      if (edges[i]! < edges[i + 1]!) {
        const piece = { start: edges[i]!, end: edges[i + 1]!, text: text.slice(edges[i], edges[i + 1]) };
        tokens.push({ ...piece, spaceAfter: false, sentenceStart: tokens.length === 0 });
      }
    }
    position = end;
  };
  for (const token of exportTokens(text, locale)) {
    whitespace(token.start);
    const inside = sortedCuts.filter((c) => c > token.start && c < token.end);
    splitAt.push(...inside);
    const edges = [token.start, ...inside, token.end];
    const onlySpaceBefore = tokens.length > 0 && tokens.every(isSpace);
    for (let i = 0; i + 1 < edges.length; i++) {
      const sentenceStart = i === 0 && token.sentenceStart && !onlySpaceBefore;
      const piece = { start: edges[i]!, end: edges[i + 1]!, text: text.slice(edges[i], edges[i + 1]) };
      tokens.push({ ...piece, spaceAfter: false, sentenceStart });
    }
    position = token.end;
  }
  whitespace(text.length);
  return { tokens, splitAt };
}
