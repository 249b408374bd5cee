import { describe, expect, it } from 'vitest';
import { DATE, alpha, beta, fixtureInput, span } from './__fixtures__/dataset';
import { exportDataset } from '../dataset-export/export-dataset';
import { exportText } from '../dataset-export/export-text';

describe('CoNLL/BIO export', () => {
  it('writes CoNLL-2003 lines (token -X- -X- tag), sentences apart, -DOCSTART- before each document (longest first)', () => {
    const input = fixtureInput();
    const result = exportDataset('conll', { ...input, documents: [beta] }, { date: DATE });
    expect(result.files.map((f) => f.path)).toEqual(['dataset.conll', 'README.md']);
    expect(exportText(result.files[0]!)).toBe(
      [
        '-DOCSTART- -X- -X- O',
        '',
        'Reuters -X- -X- B-Source',
        'reported -X- -X- O',
        '11,000 -X- -X- B-Claim',
        'troops -X- -X- I-Claim',
        '🚀 -X- -X- I-Claim',
        'arrived -X- -X- I-Claim',
        '. -X- -X- O',
        '',
        'U -X- -X- B-Source',
        '. -X- -X- I-Source',
        'S -X- -X- I-Source',
        '. -X- -X- I-Source',
        'officials -X- -X- I-Source',
        'denied -X- -X- O',
        'it -X- -X- O',
        '. -X- -X- O',
        '',
        '',
      ].join('\n'),
    );
    expect(result.warnings).toEqual([]);
  });

  it('keeps the longest of overlapping spans and lists every other one', () => {
    const result = exportDataset('conll', fixtureInput(), { date: DATE, documentIds: ['d-alpha'] });
    const lines = exportText(result.files[0]!).split('\n');
    expect(lines.slice(0, 12)).toEqual([
      '-DOCSTART- -X- -X- O',
      '',
      'Officials -X- -X- B-Source',
      'said -X- -X- O',
      '😀 -X- -X- O',
      '1,500 -X- -X- B-Cue',
      'people -X- -X- O',
      'crossed -X- -X- B-Claim',
      'daily -X- -X- I-Claim',
      '. -X- -X- I-Claim',
      '',
      'The -X- -X- B-Claim',
    ]);
    expect(lines).toContain('= -X- -X- B-Claim');
    expect(lines).toEqual(
      expect.arrayContaining(['中文 -X- -X- B-Source', '报道 -X- -X- I-Source', '称 -X- -X- I-Source']),
    );
    expect(result.warnings).toEqual([
      'CoNLL: span "a-claim" (Claim, "1,500 people crossed daily") in "d-alpha" overlaps "a-cross" (Claim, "crossed daily.\\nThe minister") and was left out (longest first).',
      'CoNLL: span "a-minister" (Source, "The minister 👩‍👩‍👧") in "d-alpha" overlaps "a-cross" (Claim, "crossed daily.\\nThe minister") and was left out (longest first).',
      'CoNLL: span "a-cross" (Claim, "crossed daily.\\nThe minister") in "d-alpha" crosses a sentence boundary; each sentence\'s part starts with B-.',
      'CoNLL: discontinuous span "a-gap" (Claim, "confirmed it officials added") in "d-alpha" became 2 separate entities.',
    ]);
  });

  it('writes one file per label under the file-per-label policy, so nested spans of different labels both survive', () => {
    const result = exportDataset('conll', fixtureInput(), {
      date: DATE,
      documentIds: ['d-alpha'],
      overlapPolicy: 'file-per-label',
    });
    expect(result.files.map((f) => f.path)).toEqual(['Claim.conll', 'Source.conll', 'Cue.conll', 'README.md']);
    const cue = exportText(result.files[2]!).split('\n');
    expect(cue.filter((l) => / [BI]-/.test(l))).toEqual(['1,500 -X- -X- B-Cue']);
    const source = exportText(result.files[1]!).split('\n');
    expect(source).toContain('👩‍👩‍👧 -X- -X- I-Source');
  });

  it('tags whole tokens for a span that cuts a word, and says so', () => {
    const partial = span(alpha, 'a-part', 'Claim', 'fficials said');
    const input = fixtureInput();
    const result = exportDataset(
      'conll',
      { ...input, documents: [alpha], spans: new Map([['d-alpha', [partial]]]), relations: [], claimGroups: [] },
      { date: DATE },
    );
    expect(exportText(result.files[0]!).split('\n').slice(2, 5)).toEqual([
      'Officials -X- -X- B-Claim',
      'said -X- -X- I-Claim',
      '😀 -X- -X- O',
    ]);
    expect(result.warnings).toEqual([
      'CoNLL: span "a-part" (Claim, "fficials said") in "d-alpha" does not fall on token boundaries; its tokens were tagged whole.',
    ]);
  });

  it('writes BIOES on request: S- for one-token entities, E- for the last token', () => {
    const result = exportDataset('conll', { ...fixtureInput(), documents: [beta] }, { date: DATE, tagScheme: 'bioes' });
    const tags = exportText(result.files[0]!)
      .split('\n')
      .filter((l) => l && !l.startsWith('-DOCSTART-'))
      .map((l) => l.split(' ')[3]);
    expect(tags).toEqual([
      'S-Source',
      'O',
      'B-Claim',
      'I-Claim',
      'I-Claim',
      'E-Claim',
      'O',
      'B-Source',
      'I-Source',
      'I-Source',
      'I-Source',
      'E-Source',
      'O',
      'O',
      'O',
    ]);
  });
});
