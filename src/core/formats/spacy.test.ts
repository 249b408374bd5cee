import { describe, expect, it } from 'vitest';
import { sliceByCodePoints } from '../offsets';
import { DATE, alpha, fixtureInput, span } from './__fixtures__/dataset';
import { exportDataset } from '../dataset-export/export-dataset';
import type { SpacyRecord } from './spacy';
import { exportText } from '../dataset-export/export-text';

const records = (input = fixtureInput()): { lines: SpacyRecord[]; warnings: string[] } => {
  const result = exportDataset('spacy-jsonl', input, { date: DATE });
  return {
    lines: exportText(result.files[0]!)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as SpacyRecord),
    warnings: result.warnings,
  };
};

describe('spaCy JSONL export', () => {
  it('writes every span in code points and non-overlapping ents, longest first', () => {
    const { lines, warnings } = records();
    expect(lines[0]!.spans).toEqual([
      { start: 0, end: 9, label: 'Source' },
      { start: 17, end: 22, label: 'Cue' },
      { start: 17, end: 43, label: 'Claim' },
      { start: 30, end: 57, label: 'Claim' },
      { start: 45, end: 63, label: 'Source' },
      { start: 64, end: 76, label: 'Claim' },
      { start: 92, end: 107, label: 'Claim' },
      { start: 109, end: 114, label: 'Source' },
      { start: 134, end: 141, label: 'Source' },
      { start: 149, end: 161, label: 'Source' },
      { start: 166, end: 180, label: 'Claim' },
    ]);
    expect(lines[0]!.ents.map((e) => [e.start, e.end])).toEqual([
      [0, 9],
      [17, 22],
      [30, 57],
      [109, 114],
      [134, 141],
      [149, 161],
      [166, 180],
    ]);
    expect(lines[1]).toEqual({
      text: 'Reuters reported 11,000 troops 🚀 arrived.\nU.S. officials denied it.',
      spans: [
        { start: 0, end: 7, label: 'Source' },
        { start: 17, end: 40, label: 'Claim' },
        { start: 42, end: 56, label: 'Source' },
      ],
      ents: [
        { start: 0, end: 7, label: 'Source' },
        { start: 17, end: 40, label: 'Claim' },
        { start: 42, end: 56, label: 'Source' },
      ],
      meta: { id: '../etc/beta', title: 'Beta | <b>report</b>' },
    });
    expect(sliceByCodePoints(lines[1]!.text, 17, 40)).toBe('11,000 troops 🚀 arrived');
    expect(warnings).toEqual([
      'spaCy: in "d-alpha", discontinuous spans are split into pieces in "spans" and left out of "ents": "a-gap".',
      'spaCy: in "d-alpha", overlapping spans left out of "ents" (kept in "spans"): "a-claim", "a-minister".',
    ]);
  });

  it('lists spans that do not fall on token boundaries', () => {
    const input = fixtureInput();
    const spans = new Map([['d-alpha', [span(alpha, 'cut', 'Claim', 'fficials'), span(alpha, 'ok', 'Claim', 'said')]]]);
    const { warnings } = records({ ...input, documents: [alpha], spans, relations: [], claimGroups: [] });
    expect(warnings).toEqual(['spaCy: in "d-alpha", spans not on token boundaries: "cut".']);
  });
});
