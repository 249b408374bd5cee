/**
 * Collate's one word segmentation: Unicode word boundaries from `Intl.Segmenter` (ICU, in Node 20 and
 * Chromium), which finds words in Chinese, Japanese and Thai by dictionary, keeps emoji ZWJ sequences,
 * flags and combining marks whole, and joins 1,500 · 3.5 · don't. Both token layers in tokenize.ts
 * (the dataset exports and the assistant) cut and merge these pieces; neither looks at characters
 * any other way. Offsets are UTF-16 indices, `end` exclusive.
 */

export interface Piece {
  text: string;
  start: number;
  end: number;
  /** A run of letters, digits or marks (ICU's "word-like"), as opposed to punctuation, symbol or emoji. */
  word: boolean;
}

const SPACE = /^\s+$/u;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}_]$/u;
/** A word-like segment that `cutSegment` would leave whole: letters, digits and marks only. */
const PLAIN_WORD = /^[\p{L}\p{N}\p{M}]+$/u;
const LINK = '_';
const DIGIT = /^\p{Nd}$/u;
const JOINS_DIGITS = new Set(['.', ',']);

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${granularity}:${locale}`;
  let s = segmenters.get(key);
  if (!s) {
    let resolved = locale;
    try {
      Intl.getCanonicalLocales(locale);
    } catch {
      resolved = 'und';
    }
    s = new Intl.Segmenter(resolved, { granularity });
    segmenters.set(key, s);
  }
  return s;
}

/**
 * Splits an ICU word segment where the export rules do not join: inside a word-like segment only
 * letters, digits and marks stay together (each `_` is a word piece of its own, for the layers to join), plus `.`/`,` between two digits and `'` `’` between
 * two word characters (ICU also joins U.S · e.g · x.com · a:b, which are cut into their parts).
 */
function cutSegment(text: string, start: number, out: Piece[]): void {
  const points = Array.from(text);
  let runStart = start;
  let run = '';
  let offset = start;
  const flush = (): void => {
    if (run) out.push({ text: run, start: runStart, end: runStart + run.length, word: true });
    run = '';
  };
  for (let k = 0; k < points.length; k++) {
    const p = points[k]!;
    const before = points[k - 1];
    const after = points[k + 1];
    const joins =
      WORD_CHAR.test(p) ||
      (run !== '' && after !== undefined && JOINS_DIGITS.has(p) && DIGIT.test(before ?? '') && DIGIT.test(after)) ||
      (run !== '' && after !== undefined && (p === "'" || p === '’') && WORD_CHAR.test(after));
    if (p === LINK) {
      flush();
      out.push({ text: p, start: offset, end: offset + 1, word: true });
    } else if (joins) {
      if (!run) runStart = offset;
      run += p;
    } else {
      flush();
      out.push({ text: p, start: offset, end: offset + p.length, word: false });
    }
    offset += p.length;
  }
  flush();
}

/**
 * The text's pieces, white space left out: word-like ICU segments cut as `cutSegment` says, and every
 * other segment (a punctuation mark, symbol or emoji cluster with its modifiers) as one piece.
 * `locale` is a BCP 47 tag for the document ('und' when unknown; an invalid tag falls back to it).
 */
export function wordPieces(text: string, locale = 'und'): Piece[] {
  const out: Piece[] = [];
  const words = segmenter(locale, 'word');
  // ICU always breaks after a line feed and reads on from there as from the start of a text, so each
  // line is segmented on its own: V8's segment iterator costs more per step the longer its input.
  for (let from = 0; from < text.length;) {
    const lineFeed = text.indexOf('\n', from);
    const to = lineFeed < 0 ? text.length : lineFeed + 1;
    linePieces(words, from === 0 && to === text.length ? text : text.slice(from, to), from, out);
    from = to;
  }
  return out;
}

function linePieces(words: Intl.Segmenter, line: string, offset: number, out: Piece[]): void {
  for (const s of words.segment(line)) {
    let value = s.segment;
    let start = offset + s.index;
    const first = value.charCodeAt(0);
    // Printable ASCII is never white space: only other segments need the regular expressions.
    if (first <= 0x20 || first >= 0x7f) {
      if (SPACE.test(value)) continue;
      const lead = /^\s+/u.exec(value);
      if (lead) {
        value = value.slice(lead[0].length);
        start += lead[0].length;
      }
    }
    if (!s.isWordLike) out.push({ text: value, start, end: start + value.length, word: false });
    else if (PLAIN_WORD.test(value)) out.push({ text: value, start, end: start + value.length, word: true });
    else cutSegment(value, start, out);
  }
}

/** UTF-16 offsets where ICU's sentence segmentation starts a sentence (the text's start excluded). */
export function sentenceBreaks(text: string, locale = 'und'): Set<number> {
  const out = new Set<number>();
  for (const s of segmenter(locale, 'sentence').segment(text)) if (s.index > 0) out.add(s.index);
  return out;
}
