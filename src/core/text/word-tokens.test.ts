import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportTokens } from './tokenize';
import { wordPieces } from './word-segments';

const words = (text: string, locale?: string): string[] => exportTokens(text, locale).map((t) => t.text);
const exact = (text: string): void => {
  for (const t of exportTokens(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
};

describe('the word tokenizer (Intl.Segmenter with the export rules)', () => {
  it('splits Chinese, Japanese and Thai into words, with exact UTF-16 offsets', () => {
    expect(words('中文报道称。')).toEqual(['中文', '报道', '称', '。']);
    expect(words('東京都に住んでいます。', 'ja')).toEqual(['東京', '都', 'に', '住', 'んで', 'い', 'ます', '。']);
    expect(words('ภาษาไทยง่ายนิดเดียว', 'th')).toEqual(['ภาษา', 'ไทย', 'ง่าย', 'นิด', 'เดียว']);
    for (const text of ['中文报道称。', '東京都に住んでいます。', 'ภาษาไทยง่ายนิดเดียว']) exact(text);
    expect(exportTokens('𠀀中文')[0]).toMatchObject({ start: 0 });
  });

  it('keeps emoji ZWJ sequences, skin tones, flags and combining marks whole', () => {
    const text = '👨‍👩‍👧‍👦 👍🏿 🏳️‍🌈 n\u0303o e\u0301\u0327 ok';
    expect(words(text)).toEqual(['👨‍👩‍👧‍👦', '👍🏿', '🏳️‍🌈', 'n\u0303o', 'e\u0301\u0327', 'ok']);
    exact(text);
  });

  it('keeps right-to-left words whole and their punctuation apart', () => {
    expect(words('قال المسؤول: «لا». שלום, עולם!')).toEqual([
      'قال',
      'المسؤول',
      ':',
      '«',
      'لا',
      '»',
      '.',
      'שלום',
      ',',
      'עולם',
      '!',
    ]);
  });

  it('cuts URLs at their punctuation and keeps numbers like 1,500 and 3.5% as the rules say', () => {
    expect(words('See https://x.com/a?b=1.')).toEqual([
      'See',
      'https',
      ':',
      '/',
      '/',
      'x',
      '.',
      'com',
      '/',
      'a',
      '?',
      'b',
      '=',
      '1',
      '.',
    ]);
    expect(words('1,500 rose 3.5% to 2,000.5; a_b so-called')).toEqual([
      '1,500',
      'rose',
      '3.5',
      '%',
      'to',
      '2,000.5',
      ';',
      'a_b',
      'so-called',
    ]);
    expect(words('The U.S. said e.g. no')).toEqual(['The', 'U', '.', 'S', '.', 'said', 'e', '.', 'g', '.', 'no']);
  });

  it('starts sentences where Intl.Segmenter does, after CJK full stops too, but not after U.S. or Dr.', () => {
    const starts = (text: string): string[] =>
      exportTokens(text)
        .filter((t) => t.sentenceStart)
        .map((t) => t.text);
    expect(starts('东京很大。大阪也很大。')).toEqual(['东京', '大阪']);
    expect(starts('He met U.S. Army officers. Dr. Smith said so.')).toEqual(['He', 'Dr']);
    expect(starts('Is it? Yes.')).toEqual(['Is', 'Yes']);
  });

  it('falls back to the root locale for a tag that is not BCP 47, and never yields white space', () => {
    expect(words('ab cd', 'not a tag!')).toEqual(['ab', 'cd']);
    expect(wordPieces(' \u00a0\t\n ')).toEqual([]);
  });

  it('segments line by line as ICU segments the whole text (what wordPieces relies on)', () => {
    const alphabet = [
      'a',
      'Z',
      '7',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '.',
      ',',
      "'",
      '’',
      '-',
      '_',
      '“',
      '”',
      'é',
      '\u0301',
    ];
    alphabet.push('\u200d', '👍', '🏿', '🇫', '🇷', '中', '文', '報', 'ภาษา', 'ไทย', 'قال', '\u00a0', '\u2028', '\u0085');
    const pieces = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((p) => p.join(''));
    const segments = (text: string, offset = 0): string[] =>
      [...new Intl.Segmenter('und', { granularity: 'word' }).segment(text)].map(
        (s) => `${offset + s.index}:${s.segment}:${s.isWordLike}`,
      );
    fc.assert(
      fc.property(pieces, (text) => {
        const byLine: string[] = [];
        for (let from = 0; from < text.length;) {
          const to = text.includes('\n', from) ? text.indexOf('\n', from) + 1 : text.length;
          byLine.push(...segments(text.slice(from, to), from));
          from = to;
        }
        expect(byLine).toEqual(segments(text));
      }),
      { numRuns: 2000 },
    );
  });
});
