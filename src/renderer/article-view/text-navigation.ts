/** Word and sentence moves over plain text, for making spans from the keyboard and snapping selections. */

const WORD_CHAR = /[\p{L}\p{N}\p{M}_'’-]/u;
const isWordChar = (text: string, i: number): boolean => i >= 0 && i < text.length && WORD_CHAR.test(text[i]!);

/** The offset after the end of the next word at or after `at`. */
export function nextWordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isWordChar(text, i)) i++;
  while (i < text.length && isWordChar(text, i)) i++;
  return i;
}

/** The start of the word before `at`. */
export function previousWordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isWordChar(text, i - 1)) i--;
  while (i > 0 && isWordChar(text, i - 1)) i--;
  return i;
}

const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s|$)|\n/gu;

/** The offset just after the end of the sentence holding `at` (after its full stop), or of the next one when `at` is at an end. */
export function nextSentenceEnd(text: string, at: number): number {
  SENTENCE_END.lastIndex = at;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m[0] === '\n' ? m.index : m.index + m[0].length;
    if (end > at) return end;
    if (m[0] === '\n') SENTENCE_END.lastIndex = m.index + 1;
  }
  return text.length;
}

/** The start of the sentence holding `at` (its first non-space character), or of the previous one when `at` is at a start. */
export function previousSentenceStart(text: string, at: number): number {
  let i = at;
  // Skip back over the space before this point, so repeated presses keep moving.
  while (i > 0 && /\s/u.test(text[i - 1]!)) i--;
  SENTENCE_END.lastIndex = 0;
  let start = 0;
  for (let m = SENTENCE_END.exec(text); m && m.index < i - 1; m = SENTENCE_END.exec(text))
    start = m.index + m[0].length;
  while (start < text.length && /\s/u.test(text[start]!)) start++;
  return Math.min(start, at);
}

/** Widens a range so that it neither starts nor ends inside a word. */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s > 0 && isWordChar(text, s - 1) && isWordChar(text, s)) s--;
  while (e < text.length && isWordChar(text, e - 1) && isWordChar(text, e)) e++;
  return { start: s, end: e };
}
