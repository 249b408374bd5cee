/** A token of a text; `start`/`end` are UTF-16 indices, `end` exclusive. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** True for the first token of a sentence. */
  sentenceStart: boolean;
}

const WORD = /^[\p{L}\p{N}\p{M}_]/u;
const SPACE = /^\s/u;
const ABSORBED = /^[\p{M}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/u;
const REGIONAL = /^[\u{1F1E6}-\u{1F1FF}]$/u;
const SENTENCE_END = new Set(['.', '!', '?', '。', '！', '？', '؟', '…']);
const DIGIT = /^\p{Nd}$/u;
const LOWER = /^\p{Ll}/u;
const JOINS_DIGITS = new Set(['.', ',']);
const JOINS_WORDS = new Set(["'", '’', '-', '\u2011']);
/** An initial: one upper-case letter, but not the pronoun I, which often ends a sentence. */
const INITIAL = /^(?!I$)\p{Lu}\p{M}*$/u;
/** Abbreviations that come before a name or number, so their full stop rarely ends a sentence. */
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'St', 'No', 'vs',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

interface Cluster {
  text: string;
  start: number;
  end: number;
}

/**
 * User-perceived characters, approximated without locale data: a code point plus the combining
 * marks, variation selectors, skin-tone modifiers and tag characters after it; ZWJ joins the next
 * code point (👩‍👩‍👧 is one cluster); two regional indicators make one flag.
 */
function clusters(text: string): Cluster[] {
  const points = Array.from(text);
  const out: Cluster[] = [];
  let offset = 0;
  for (let i = 0; i < points.length; ) {
    const start = offset;
    let value = points[i]!;
    i++;
    if (REGIONAL.test(value) && i < points.length && REGIONAL.test(points[i]!)) value += points[i++]!;
    while (i < points.length) {
      const next = points[i]!;
      if (ABSORBED.test(next)) {
        value += next;
        i++;
      } else if (next === '\u200d' && i + 1 < points.length && !SPACE.test(points[i + 1]!)) {
        value += next + points[i + 1]!;
        i += 2;
      } else if (next === '\u200d') {
        value += next;
        i++;
      } else break;
    }
    offset += value.length;
    out.push({ text: value, start, end: offset });
  }
  return out;
}

/**
 * Collate's documented tokenizer, shared by the CoNLL and spaCy exports. Rules:
 * 1. White space separates tokens and is never part of one.
 * 2. A word is a run of letters, digits, marks and `_` (so CJK text without spaces stays one token);
 *    `.` or `,` between two digits (1,500 · 3.5) and `'`, `’` or `-` between two word characters
 *    (don't · so-called) stay inside the word.
 * 3. Every other character (punctuation, symbol, emoji with its modifiers and ZWJ sequence) is a
 *    token of its own.
 * 4. A sentence ends at a line break, and after `.` `!` `?` `。` `！` `？` `؟` `…` followed by white space
 *    when the next token does not start with a lower-case letter ("U.S. officials" stays one sentence),
 *    except after a `.` that directly follows a single upper-case letter other than I (J. Smith · U.S. Army) or one
 *    of the case-sensitive abbreviations Mr Mrs Ms Dr Prof Sen Rep Gov Gen Col Lt Sgt Capt St No vs,
 *    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec (Dr. Smith · Nov. 5). Abbreviations that often
 *    end a sentence — etc, and those that follow a name (Jr Sr Inc Corp Ltd Co) — are not on the list.
 */
export function tokenize(text: string): Token[] {
  const cs = clusters(text);
  const tokens: Token[] = [];
  let newSentence = true;
  let afterFullStop = false;
  let i = 0;
  const push = (start: number, end: number): void => {
    const value = text.slice(start, end);
    if (afterFullStop && !LOWER.test(value)) newSentence = true;
    tokens.push({ text: value, start, end, sentenceStart: newSentence });
    newSentence = false;
    afterFullStop = false;
  };
  while (i < cs.length) {
    const c = cs[i]!;
    if (SPACE.test(c.text)) {
      if (c.text.includes('\n') && tokens.length > 0) newSentence = true;
      i++;
      continue;
    }
    if (WORD.test(c.text)) {
      let j = i + 1;
      while (j < cs.length) {
        const here = cs[j]!.text;
        if (WORD.test(here)) {
          j++;
          continue;
        }
        const before = cs[j - 1]!.text;
        const after = cs[j + 1]?.text;
        if (after !== undefined && JOINS_DIGITS.has(here) && DIGIT.test(before[0]!) && DIGIT.test(after[0]!)) {
          j += 2;
          continue;
        }
        if (after !== undefined && JOINS_WORDS.has(here) && WORD.test(after)) {
          j += 2;
          continue;
        }
        break;
      }
      push(c.start, cs[j - 1]!.end);
      i = j;
      continue;
    }
    const before = tokens.at(-1);
    push(c.start, c.end);
    const next = cs[i + 1];
    const abbreviated = c.text === '.' && before?.end === c.start && (INITIAL.test(before.text) || ABBREVIATIONS.has(before.text));
    if (SENTENCE_END.has(c.text) && next !== undefined && SPACE.test(next.text) && !abbreviated) afterFullStop = true;
    i++;
  }
  return tokens;
}
