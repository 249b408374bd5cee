import { describe, expect, it } from 'vitest';
import { DATE, alpha, beta, fixtureInput, span } from './__fixtures__/dataset';
import { exportDataset } from '../dataset-export/export-dataset';

describe('CoNLL/BIO export', () => {
  it('writes token<TAB>tag lines, sentences apart, -DOCSTART- before each document (longest first)', () => {
    const input = fixtureInput();
    const result = exportDataset('conll', { ...input, documents: [beta] }, { date: DATE });
    expect(result.files.map((f) => f.path)).toEqual(['dataset.conll', 'README.md']);
    expect(result.files[0]!.content).toBe(
      [
        '-DOCSTART-\tO', '',
        'Reuters\tB-Source', 'reported\tO', '11,000\tB-Claim', 'troops\tI-Claim', '🚀\tI-Claim', 'arrived\tI-Claim', '.\tO', '',
        'U\tB-Source', '.\tI-Source', 'S\tI-Source', '.\tI-Source', 'officials\tI-Source', 'denied\tO', 'it\tO', '.\tO', '',
        '',
      ].join('\n'),
    );
    expect(result.warnings).toEqual([]);
  });

  it('keeps the longest of overlapping spans and lists every other one', () => {
    const result = exportDataset('conll', fixtureInput(), { date: DATE, documentIds: ['d-alpha'] });
    const lines = result.files[0]!.content.split('\n');
    expect(lines.slice(0, 12)).toEqual(['-DOCSTART-\tO', '', 'Officials\tB-Source', 'said\tO', '😀\tO', '1,500\tB-Cue', 'people\tO', 'crossed\tB-Claim', 'daily\tI-Claim', '.\tI-Claim', '', 'The\tB-Claim']);
    expect(lines).toContain('=\tB-Claim');
    expect(lines).toContain('中文报道称\tB-Source');
    expect(result.warnings).toEqual([
      'CoNLL: span "a-claim" (Claim, "1,500 people crossed daily") in "d-alpha" overlaps "a-cross" (Claim, "crossed daily.\\nThe minister") and was left out (longest first).',
      'CoNLL: span "a-minister" (Source, "The minister 👩‍👩‍👧") in "d-alpha" overlaps "a-cross" (Claim, "crossed daily.\\nThe minister") and was left out (longest first).',
      'CoNLL: span "a-cross" (Claim, "crossed daily.\\nThe minister") in "d-alpha" crosses a sentence boundary; each sentence\'s part starts with B-.',
      'CoNLL: discontinuous span "a-gap" (Claim, "confirmed it officials added") in "d-alpha" became 2 separate entities.',
    ]);
  });

  it('writes one file per label under the file-per-label policy, so nested spans of different labels both survive', () => {
    const result = exportDataset('conll', fixtureInput(), { date: DATE, documentIds: ['d-alpha'], overlapPolicy: 'file-per-label' });
    expect(result.files.map((f) => f.path)).toEqual(['Claim.conll', 'Source.conll', 'Cue.conll', 'README.md']);
    const cue = result.files[2]!.content.split('\n');
    expect(cue.filter((l) => l.includes('\tB-') || l.includes('\tI-'))).toEqual(['1,500\tB-Cue']);
    const source = result.files[1]!.content.split('\n');
    expect(source).toContain('👩‍👩‍👧\tI-Source');
  });

  it('tags whole tokens for a span that cuts a word, and says so', () => {
    const partial = span(alpha, 'a-part', 'Claim', 'fficials said');
    const input = fixtureInput();
    const result = exportDataset('conll', { ...input, documents: [alpha], spans: new Map([['d-alpha', [partial]]]), relations: [], claimGroups: [] }, { date: DATE });
    expect(result.files[0]!.content.split('\n').slice(2, 5)).toEqual(['Officials\tB-Claim', 'said\tI-Claim', '😀\tO']);
    expect(result.warnings).toEqual(['CoNLL: span "a-part" (Claim, "fficials said") in "d-alpha" does not fall on token boundaries; its tokens were tagged whole.']);
  });
});
