import { describe, expect, it } from 'vitest';
import { exportTokens, splitSentences, tokenize } from './tokenize';

const words = (text: string): string[] => exportTokens(text).map((t) => t.text);

describe('tokenize', () => {
  it('splits on white space and punctuation, keeping numbers, contractions and hyphenated words whole', () => {
    expect(words('Officials said 1,500 (3.5%) so-called don’t.')).toEqual([
      'Officials',
      'said',
      '1,500',
      '(',
      '3.5',
      '%',
      ')',
      'so-called',
      'don’t',
      '.',
    ]);
  });

  it('keeps emoji sequences, combining marks, CJK runs and Arabic words whole, with UTF-16 offsets', () => {
    const text = 'A 👩‍👩‍👧 👍🏽 🇫🇷 Cafe\u0301 中文报道称 المسؤول.';
    const tokens = exportTokens(text);
    expect(tokens.map((t) => t.text)).toEqual([
      'A',
      '👩‍👩‍👧',
      '👍🏽',
      '🇫🇷',
      'Cafe\u0301',
      '中文',
      '报道',
      '称',
      'المسؤول',
      '.',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[1]).toMatchObject({ start: 2, end: 10 });
  });

  it('starts sentences at line breaks and after full stops followed by space and no lower-case word', () => {
    const tokens = exportTokens('One. Two!\nthree U.S. officials said. ok');
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual(['One', 'Two', 'three']);
    expect(exportTokens('Go. B')[2]).toMatchObject({ text: 'B', sentenceStart: true });
    expect(exportTokens('')).toEqual([]);
  });

  it('does not end a sentence at the full stop of an initial or a listed abbreviation, keeping token boundaries', () => {
    const starts = (text: string): string[] =>
      exportTokens(text)
        .filter((t) => t.sentenceStart)
        .map((t) => t.text);
    expect(starts('The vote was on Nov. 5 in the city.')).toEqual(['The']);
    expect(starts('Dr. Smith said so.')).toEqual(['Dr']);
    expect(starts('J. Smith said so.')).toEqual(['J']);
    expect(words('The U.S. Army said so.')).toEqual(['The', 'U', '.', 'S', '.', 'Army', 'said', 'so', '.']);
    expect(starts('The U.S. Army said so.')).toEqual(['The']);
    expect(starts('It rained. Then it stopped.')).toEqual(['It', 'Then']);
    expect(starts('He left at noon. Then he came back at ten p.m. Nobody saw him.')).toEqual(['He', 'Then', 'Nobody']);
    expect(starts('So did I. Then he left.')).toEqual(['So', 'Then']);
    expect(starts('Apple Inc. The company said so.')).toEqual(['Apple', 'The']);
    expect(starts('He saw the dr. Then he left. DR. Smith said so.')).toEqual(['He', 'Then', 'DR', 'Smith']);
    expect(starts('He called the Dr.\nSmith answered.')).toEqual(['He', 'Smith']);
    expect(starts('Dr . Smith said so.')).toEqual(['Dr', 'Smith']);
  });
});

describe('the two layers on the same text', () => {
  const text = 'Cafe\u0301 owners said 中文报道称 👩‍👩‍👧 😀! The U.S. said $1,500 rose 5%.';
  const expectSlices = (tokens: ReadonlyArray<{ text: string; start: number; end: number }>): void => {
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  };

  it('both give UTF-16 offsets whose slices are the tokens, never cutting a surrogate pair', () => {
    for (const tokens of [exportTokens(text), tokenize(text)]) {
      expectSlices(tokens);
      for (const t of tokens) expect(t.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });

  it('keep a word with its combining mark whole and split a CJK run into the same words', () => {
    for (const tokens of [exportTokens(text), tokenize(text)]) {
      expect(tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Cafe\u0301', '中文', '报道', '称']));
    }
  });

  it('put every assistant token boundary on an export token boundary', () => {
    const edges = new Set(exportTokens(text).flatMap((t) => [t.start, t.end]));
    for (const t of tokenize(text)) expect([edges.has(t.start), edges.has(t.end)]).toEqual([true, true]);
  });

  it('differ where their contracts do: initialisms, currency and percent', () => {
    expect(exportTokens(text).map((t) => t.text)).toEqual(
      expect.arrayContaining(['👩‍👩‍👧', 'U', '.', 'S', '$', '1,500', '5', '%']),
    );
    const assist = tokenize(text);
    expect(assist.filter((t) => t.text === '👩‍👩‍👧').map((t) => t.kind)).toEqual(['punct']);
    expect(assist.map((t) => [t.text, t.kind])).toEqual(
      expect.arrayContaining([
        ['U.S.', 'word'],
        ['$1,500', 'number'],
        ['5%', 'number'],
      ]),
    );
    expect(assist.map((t) => t.index)).toEqual(assist.map((_, i) => i));
  });
});

describe('splitSentences', () => {
  it('ends sentences at full stops and paragraph breaks, not after an abbreviation or inside a quote', () => {
    const text = 'The U.S. said $1,500 rose 5%. Dr. Smith agreed.\n\n“It rose. It fell,” he said. Then';
    const sentences = splitSentences(tokenize(text)).map((s) => [text.slice(s.start, s.end), s.paragraphStart]);
    expect(sentences).toEqual([
      ['The U.S. said $1,500 rose 5%.', true],
      ['Dr. Smith agreed.', false],
      ['“It rose. It fell,” he said.', true],
      ['Then', false],
    ]);
  });
});
