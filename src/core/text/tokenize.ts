/**
 * Collate's tokenizer: one segmentation (word-segments.ts, `Intl.Segmenter`) and two thin layers over
 * it. `exportTokens` joins and cuts pieces by the documented rules of the dataset exports (CoNLL, HF,
 * spaCy); `tokenize` + `splitSentences` classify the same pieces for the offline assistant (numbers
 * with units, initialisms, quotes, paragraph breaks). A token of either layer is always a run of whole
 * pieces, so both agree on every word boundary. Offsets are UTF-16 indices, `end` exclusive.
 */
import { keepsStop } from './sentence-ends';
import { sentenceBreaks, wordPieces, type Piece } from './word-segments';

/** A token of the dataset exports; `start`/`end` are UTF-16 indices, `end` exclusive. */
export interface ExportToken {
  text: string;
  start: number;
  end: number;
  /** True for the first token of a sentence. */
  sentenceStart: boolean;
}

/** The name the dataset card and README give this tokenizer. */
export const TOKENIZER_NAME = 'Collate word tokenizer (Intl.Segmenter word boundaries + export rules)';

const JOINS_WORDS = new Set(['-', '\u2011', "'", '’']);
/** An initial: one upper-case letter, but not the pronoun I, which often ends a sentence. */
const INITIAL = /^(?!I$)\p{Lu}\p{M}*$/u;
/** Abbreviations that come before a name or number, so their full stop rarely ends a sentence. */
const CASED_ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Col',
  'Lt',
  'Sgt',
  'Capt',
  'St',
  'No',
  'vs',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
]);

/**
 * Collate's documented tokenizer, shared by the CoNLL, HF and spaCy exports. Rules:
 * 1. Word boundaries are Unicode's (UAX #29 via `Intl.Segmenter`, locale `locale` or 'und'): Chinese,
 *    Japanese and Thai split into dictionary words; an emoji with its modifiers or ZWJ sequence, a flag,
 *    a letter with its combining marks is never cut. White space is never part of a token.
 * 2. A word is a run of letters, digits, marks and `_`; `.` or `,` between two digits (1,500 · 3.5),
 *    and `'`, `’`, `-` or `‑` between two word characters (don't · so-called) stay inside it. Other
 *    characters inside a Unicode word are cut out (U.S. → U . S . · x.com → x . com).
 * 3. Every other piece (punctuation, symbol, emoji cluster) is a token of its own (3.5 % · https : / /).
 * 4. Sentences start where `Intl.Segmenter` (granularity 'sentence') starts one and at every line break,
 *    except after a `.` that directly follows a single upper-case letter other than I (J. Smith ·
 *    U.S. Army) or one of the case-sensitive abbreviations Mr Mrs Ms Dr Prof Sen Rep Gov Gen Col Lt
 *    Sgt Capt St No vs, Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec (Dr. Smith · Nov. 5).
 */
export function exportTokens(text: string, locale = 'und'): ExportToken[] {
  const pieces = joinWords(wordPieces(text, locale));
  const breaks = sentenceBreaks(text, locale);
  const tokens: ExportToken[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    const prev = pieces[k - 1];
    let sentenceStart = prev === undefined;
    if (prev) {
      const gap = text.slice(prev.end, p.start);
      const beforeStop = pieces[k - 2];
      const abbreviated =
        prev.text === '.' &&
        beforeStop?.end === prev.start &&
        (INITIAL.test(beforeStop.text) || CASED_ABBREVIATIONS.has(beforeStop.text));
      if (gap.includes('\n')) sentenceStart = true;
      else if (!abbreviated) for (let b = prev.end; b <= p.start && !sentenceStart; b++) sentenceStart = breaks.has(b);
    }
    tokens.push({ text: p.text, start: p.start, end: p.end, sentenceStart });
  }
  return tokens;
}

/** Rule 2's joins across pieces: `_` with the words beside it; word, `-` `‑` `'` `’`, word; nothing between. */
function joinWords(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let k = 0; k < pieces.length; k++) {
    let p = pieces[k]!;
    for (let n = pieces[k + 1]; n?.word && p.word && n.start === p.end && (n.text === '_' || p.text.endsWith('_'));) {
      p = { text: p.text + n.text, start: p.start, end: n.end, word: true };
      n = pieces[++k + 1];
    }
    while (p.word) {
      const mark = pieces[k + 1];
      const next = pieces[k + 2];
      if (!mark || !next || !next.word || !JOINS_WORDS.has(mark.text)) break;
      if (mark.start !== p.end || next.start !== mark.end) break;
      p = { text: p.text + mark.text + next.text, start: p.start, end: next.end, word: true };
      k += 2;
    }
    out.push(p);
  }
  return out;
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
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'govs',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'pres',
  'supt',
  'atty',
  'st',
  'jr',
  'sr',
  'rev',
  'hon',
  'messrs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'corp',
  'co',
  'ltd',
  'bros',
  'no',
  'vs',
  'etc',
  'approx',
  'est',
  'dept',
  'univ',
  'ave',
  'blvd',
  'mt',
  'ft',
  'fig',
  'calif',
  'fla',
  'ill',
  'mass',
  'mich',
  'minn',
  'penn',
  'tenn',
  'tex',
  'va',
  'wash',
  'wis',
  'ariz',
  'colo',
  'conn',
  'ga',
  'ky',
  'la',
  'md',
  'mo',
  'nev',
  'okla',
  'ore',
  'pa',
  'ala',
  'ark',
  'del',
  'ind',
  'kan',
  'miss',
  'mont',
  'neb',
  'wyo',
]);

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‑][\p{L}\p{M}\p{N}]+)*(?:['’](?=\s))?/uy;
const INITIALISM = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s\p{Lu})/uy;
/** A party and state after a politician's name: "(R-S.C.)", "D-N.Y.", "R-Ky.". */
const PARTY_STATE = /[RDI]-(?:(?:\p{Lu}\.){2,}|\p{Lu}\p{Ll}{1,4}\.(?=[)\s,]))/uy;
const NUMBER = /[$€£]?\d+(?:[.,]\d+)*(?:%|\p{L}+)?(?:-\p{L}+)*/uy;

const OPENING_QUOTES = new Set(['“', '‘', '«', '„']);
const CLOSING_QUOTES = new Set(['”', '’', '»']);

function fold(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
}

function sticky(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

/**
 * The assistant's tokens: the same pieces as `exportTokens`, merged by its classification rules (a
 * number with its currency, unit or suffix, an initialism, "R-S.C.", an abbreviation with its full
 * stop, a word with its hyphens and apostrophes, `''`, a run of line breaks). A rule's match is
 * widened to whole pieces but never across two adjacent word pieces, so every assistant token is a
 * run of pieces of the one segmentation and a Chinese, Japanese or Thai word stays a word.
 */
export function tokenize(text: string, locale = 'und'): Token[] {
  const pieces = wordPieces(text, locale);
  const tokens: Token[] = [];
  let k = 0;
  let nextBreak = -1;
  while (k < pieces.length) {
    const p = pieces[k]!;
    const gapStart = pieces[k - 1]?.end ?? 0;
    if (nextBreak < gapStart) {
      nextBreak = text.indexOf('\n', gapStart);
      if (nextBreak < 0) nextBreak = text.length;
    }
    if (nextBreak < p.start) pushToken(tokens, text, nextBreak, text.lastIndexOf('\n', p.start - 1) + 1, 'newline');
    const [length, kind] = classify(text, p.start);
    let q = k + 1;
    while (q < pieces.length && pieces[q]!.start < p.start + length && !wordBoundary(pieces[q - 1]!, pieces[q]!)) q++;
    pushToken(tokens, text, p.start, pieces[q - 1]!.end, kind);
    k = q;
  }
  const last = pieces.at(-1)?.end ?? 0;
  const tail = text.slice(last);
  if (tail.includes('\n'))
    pushToken(tokens, text, last + tail.indexOf('\n'), last + tail.lastIndexOf('\n') + 1, 'newline');
  return tokens;
}

function pushToken(tokens: Token[], text: string, start: number, end: number, kind: TokenKind): void {
  const t = text.slice(start, end);
  tokens.push({ text: t, lower: fold(t), start, end, kind, index: tokens.length });
}

/** Two word pieces side by side (as in 中文报道): a rule's match never joins them. */
function wordBoundary(a: Piece, b: Piece): boolean {
  return a.word && b.word && a.end === b.start;
}

/** The assistant's rule for the token starting at `i`: its length in UTF-16 units and its kind. */
function classify(text: string, i: number): [number, TokenKind] {
  const c = text[i]!;
  if (c === "'" && text[i + 1] === "'") return [2, 'quote'];
  if (/\d/.test(c) || (/[$€£]/.test(c) && /\d/.test(text[i + 1] ?? ''))) {
    const m = sticky(NUMBER, text, i);
    // "1,500." : a trailing separator is punctuation, not part of the number.
    if (m) return [m.replace(/[.,]+$/, '').length, 'number'];
  }
  const initialism = sticky(PARTY_STATE, text, i) ?? sticky(INITIALISM, text, i);
  if (initialism) return [initialism.length, 'word'];
  const w = sticky(WORD, text, i);
  if (w) {
    const stop = text[i + w.length] === '.';
    if (stop && ABBREVIATIONS.has(fold(w)) && keepsStop(fold(w), text, i + w.length)) return [w.length + 1, 'word'];
    if (stop && /^\p{Lu}$/u.test(w) && /^\s\p{Lu}/u.test(text.slice(i + 2, i + 4))) return [w.length + 1, 'word'];
    return [w.length, 'word'];
  }
  if (c === '"') return [1, 'quote'];
  if (OPENING_QUOTES.has(c)) return [1, 'quote-open'];
  if (CLOSING_QUOTES.has(c)) return [1, 'quote-close'];
  return [1, 'punct'];
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
      while (
        end < tokens.length &&
        (tokens[end]!.kind === 'quote-close' ||
          tokens[end]!.text === ')' ||
          (tokens[end]!.kind === 'quote' && depth === 0 && !isOpeningStraight(tokens, end)))
      )
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
