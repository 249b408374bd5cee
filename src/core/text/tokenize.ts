/**
 * Collate's tokenizers, two layers over one text: `exportTokens`, the documented word-and-punctuation
 * rules of the dataset exports (CoNLL, spaCy), and `tokenize` + `splitSentences`, the English reading
 * of the offline assistant (numbers with units, initialisms, quotes, paragraph breaks). Their rules
 * differ on purpose: each is a published or measured contract, so neither may change the other.
 * Offsets are UTF-16 indices into the text, `end` exclusive, like every span in Collate.
 */

/** A token of the dataset exports; `start`/`end` are UTF-16 indices, `end` exclusive. */
export interface ExportToken {
  text: string;
  start: number;
  end: number;
  /** True for the first token of a sentence. */
  sentenceStart: boolean;
}

const WORD_START = /^[\p{L}\p{N}\p{M}_]/u;
const SPACE_START = /^\s/u;
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
const CASED_ABBREVIATIONS = new Set([
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
      } else if (next === '\u200d' && i + 1 < points.length && !SPACE_START.test(points[i + 1]!)) {
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
export function exportTokens(text: string): ExportToken[] {
  const cs = clusters(text);
  const tokens: ExportToken[] = [];
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
    if (SPACE_START.test(c.text)) {
      if (c.text.includes('\n') && tokens.length > 0) newSentence = true;
      i++;
      continue;
    }
    if (WORD_START.test(c.text)) {
      let j = i + 1;
      while (j < cs.length) {
        const here = cs[j]!.text;
        if (WORD_START.test(here)) {
          j++;
          continue;
        }
        const before = cs[j - 1]!.text;
        const after = cs[j + 1]?.text;
        if (after !== undefined && JOINS_DIGITS.has(here) && DIGIT.test(before[0]!) && DIGIT.test(after[0]!)) {
          j += 2;
          continue;
        }
        if (after !== undefined && JOINS_WORDS.has(here) && WORD_START.test(after)) {
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
    const abbreviated = c.text === '.' && before?.end === c.start && (INITIAL.test(before.text) || CASED_ABBREVIATIONS.has(before.text));
    if (SENTENCE_END.has(c.text) && next !== undefined && SPACE_START.test(next.text) && !abbreviated) afterFullStop = true;
    i++;
  }
  return tokens;
}

// The assistant's layer.

export type TokenKind = 'word' | 'number' | 'punct' | 'quote-open' | 'quote-close' | 'quote' | 'newline';

export interface Token {
  text: string;
  /** Lower-cased text, with typographic apostrophes folded to ASCII. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Index of this token in the document's token array. */
  index: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token (inclusive) and of the last (exclusive) in the document's tokens. */
  first: number;
  last: number;
  /** True when a blank line or the text's start precedes the sentence (it starts a paragraph). */
  paragraphStart: boolean;
}

/** Abbreviations that keep their full stop: titles, months, company suffixes. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'sgt', 'capt',
  'cmdr', 'adm', 'maj', 'pres', 'supt', 'atty', 'st', 'jr', 'sr', 'rev', 'hon', 'messrs', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'bros', 'no', 'vs',
  'etc', 'approx', 'est', 'dept', 'univ', 'ave', 'blvd', 'mt', 'ft', 'fig', 'calif', 'fla', 'ill', 'mass', 'mich',
  'minn', 'penn', 'tenn', 'tex', 'va', 'wash', 'wis', 'ariz', 'colo', 'conn', 'ga', 'ky', 'la', 'md', 'mo', 'nev',
  'okla', 'ore', 'pa', 'ala', 'ark', 'del', 'ind', 'kan', 'miss', 'mont', 'neb', 'wyo',
]);

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‑][\p{L}\p{M}\p{N}]+)*(?:['’](?=\s))?/uy;
const INITIALISM = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s\p{Lu})/uy;
/** A party and state after a politician's name: "(R-S.C.)", "D-N.Y.", "R-Ky.". */
const PARTY_STATE = /[RDI]-(?:(?:\p{Lu}\.){2,}|\p{Lu}\p{Ll}{1,4}\.(?=[)\s,]))/uy;
const NUMBER = /[$€£]?\d+(?:[.,]\d+)*(?:%|\p{L}+)?(?:-\p{L}+)*/uy;
const SPACE = /[^\S\n]+/uy;
const NEWLINES = /\n(?:[^\S\n]*\n)*/uy;

const OPENING_QUOTES = new Set(['“', '‘', '«', '„']);
const CLOSING_QUOTES = new Set(['”', '’', '»']);

function fold(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'");
}

function sticky(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

/** Splits a text into words, numbers, punctuation, quotes and paragraph breaks. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (t: string, kind: TokenKind): void => {
    tokens.push({ text: t, lower: fold(t), start: i, end: i + t.length, kind, index: tokens.length });
    i += t.length;
  };
  while (i < text.length) {
    let m = sticky(SPACE, text, i);
    if (m) {
      i += m.length;
      continue;
    }
    m = sticky(NEWLINES, text, i);
    if (m) {
      push(m, 'newline');
      continue;
    }
    const c = text[i]!;
    if (c === "'" && text[i + 1] === "'") {
      push("''", 'quote');
      continue;
    }
    if (/\d/.test(c) || (/[$€£]/.test(c) && /\d/.test(text[i + 1] ?? ''))) {
      m = sticky(NUMBER, text, i);
      if (m) {
        // "1,500." : a trailing separator is punctuation, not part of the number.
        const trimmed = m.replace(/[.,]+$/, '');
        push(trimmed, 'number');
        continue;
      }
    }
    m = sticky(PARTY_STATE, text, i) ?? sticky(INITIALISM, text, i);
    if (m) {
      push(m, 'word');
      continue;
    }
    m = sticky(WORD, text, i);
    if (m) {
      let w = m;
      if (text[i + w.length] === '.' && ABBREVIATIONS.has(fold(w))) w += '.';
      else if (text[i + w.length] === '.' && /^\p{Lu}$/u.test(w) && /^\s\p{Lu}/u.test(text.slice(i + 2, i + 4))) w += '.';
      push(w, 'word');
      continue;
    }
    if (c === '"') push(c, 'quote');
    else if (OPENING_QUOTES.has(c)) push(c, 'quote-open');
    else if (CLOSING_QUOTES.has(c)) push(c, 'quote-close');
    else {
      const cp = text.codePointAt(i)!;
      push(String.fromCodePoint(cp), 'punct');
    }
  }
  return tokens;
}

const TERMINAL = new Set(['.', '!', '?', '…']);

/**
 * Splits tokens into sentences. Paragraph breaks always end a sentence; full stops inside an open
 * double quote do not (a quoted passage of several sentences stays with its "said X").
 */
export function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let depth = 0;
  let paragraphStart = true;
  const close = (last: number, nextParagraph: boolean): void => {
    if (last > first) {
      sentences.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last, paragraphStart });
      paragraphStart = false;
    }
    if (nextParagraph) paragraphStart = true;
    first = last;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'newline') {
      close(k, true);
      first = k + 1;
      depth = 0;
      continue;
    }
    if (t.kind === 'quote-open' && t.text === '“') depth++;
    else if (t.kind === 'quote-close' && t.text === '”') depth = Math.max(0, depth - 1);
    else if (t.kind === 'quote') {
      // A straight quote opens when it precedes a word, closes otherwise.
      const next = tokens[k + 1];
      const opens = next !== undefined && next.start === t.end && next.kind !== 'punct' && depth === 0;
      depth = opens ? 1 : 0;
    }
    const isTerminal = t.kind === 'punct' && TERMINAL.has(t.text);
    const closesQuotedSentence =
      (t.kind === 'quote-close' || t.kind === 'quote') && depth === 0 && k > 0 && TERMINAL.has(tokens[k - 1]!.text);
    if ((isTerminal && depth === 0) || closesQuotedSentence) {
      let end = k + 1;
      while (end < tokens.length && (tokens[end]!.kind === 'quote-close' || tokens[end]!.text === ')' || (tokens[end]!.kind === 'quote' && depth === 0 && !isOpeningStraight(tokens, end))))
        end++;
      const next = tokens[end];
      // "He said the 2.5 p.m. meeting..." : only split before something that can start a sentence.
      if (next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !closesQuotedSentence) continue;
      close(end, false);
      k = end - 1;
    }
  }
  close(tokens.length, false);
  return sentences;
}

function isOpeningStraight(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return next !== undefined && next.start === t.end && next.kind !== 'punct';
}
