import { describe, expect, it } from 'vitest';
import { DATE, fixtureInput } from './__fixtures__/dataset';
import { parseDoccano, type DoccanoRecord, type DoccanoSequenceRecord } from './doccano';
import { exportDataset } from '../dataset-export/export-dataset';
import { exportText } from '../dataset-export/export-text';

const run = (options = {}): { full: DoccanoRecord[]; sequence: DoccanoSequenceRecord[]; warnings: string[] } => {
  const result = exportDataset('doccano', fixtureInput(), { date: DATE, ...options });
  const read = <T>(path: string): T[] =>
    exportText(result.files.find((f) => f.path === path)!)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as T);
  return {
    full: read<DoccanoRecord>('doccano.jsonl'),
    sequence: read<DoccanoSequenceRecord>('doccano-sequence.jsonl'),
    warnings: result.warnings,
  };
};

describe('doccano export', () => {
  it('writes entities with numeric ids and relations by those ids, in code points by default', () => {
    const { full } = run();
    expect(full[1]).toEqual({
      text: 'Reuters reported 11,000 troops 🚀 arrived.\nU.S. officials denied it.',
      entities: [
        { id: 12, start_offset: 0, end_offset: 7, label: 'Source' },
        { id: 13, start_offset: 17, end_offset: 40, label: 'Claim' },
        { id: 14, start_offset: 42, end_offset: 56, label: 'Source' },
      ],
      relations: [{ id: 2, from_id: 13, to_id: 12, type: 'attributed-to' }],
      collate_id: '../etc/beta',
      offset_unit: 'codepoint',
    });
    expect(full[0]!.relations).toEqual([{ id: 1, from_id: 3, to_id: 1, type: 'attributed-to' }]);
  });

  it('writes the older "label" form too, and UTF-16 offsets on request', () => {
    expect(run().sequence[1]!.label).toEqual([
      [0, 7, 'Source'],
      [17, 40, 'Claim'],
      [42, 56, 'Source'],
    ]);
    const utf16 = run({ offsetUnit: 'utf16' });
    expect(utf16.sequence[1]!.label).toEqual([
      [0, 7, 'Source'],
      [17, 41, 'Claim'],
      [43, 57, 'Source'],
    ]);
    expect(utf16.full[1]!.offset_unit).toBe('utf16');
    expect(utf16.warnings.some((w) => w.includes('outside the BMP'))).toBe(false);
  });

  it('warns when code-point offsets meet astral characters, and about what it leaves out', () => {
    expect(run().warnings).toEqual([
      'doccano: the discontinuous Claim span at 64–107 in "d-alpha" became 2 entities (marked with collate_fragment_of); relations use the first.',
      'doccano: "d-alpha" has characters outside the BMP (emoji…); offsets are code points, doccano\'s editor counts UTF-16 units — export with offset unit utf16 to label in doccano.',
      'doccano: "../etc/beta" has characters outside the BMP (emoji…); offsets are code points, doccano\'s editor counts UTF-16 units — export with offset unit utf16 to label in doccano.',
      'doccano: relation "r-2" (same-claim) links documents "d-alpha" and "../etc/beta"; left out.',
      'doccano: 1 claim group(s) left out.',
    ]);
  });

  it('marks the later fragments of a discontinuous span, and reading them back joins them again', () => {
    const alpha = run().full[0]!;
    const marked = alpha.entities.filter((e) => e.collate_fragment_of !== undefined);
    expect(marked).toHaveLength(1);
    const first = alpha.entities.find((e) => e.id === marked[0]!.collate_fragment_of)!;
    expect(first.label).toBe('Claim');
    const bundle = parseDoccano('doccano.jsonl', [{ line: 1, value: alpha }]);
    expect(bundle.failures).toEqual([]);
    const spans = bundle.documents[0]!.spans;
    expect(spans).toHaveLength(alpha.entities.length - 1);
    const joined = spans.find((s) => s.fragments.length === 2)!;
    // Offsets are code points in the file and UTF-16 units once read; the covered text is the same.
    const points = Array.from(alpha.text);
    const quote = (e: { start_offset: number; end_offset: number }): string =>
      points.slice(e.start_offset, e.end_offset).join('');
    expect(joined.fragments.map((f) => alpha.text.slice(f.start, f.end))).toEqual([quote(first), quote(marked[0]!)]);
  });

  it('refuses a fragment mark that names no first fragment of its label', () => {
    const record = {
      text: 'one two three',
      entities: [
        { id: 1, start_offset: 0, end_offset: 3, label: 'Claim' },
        { id: 2, start_offset: 8, end_offset: 13, label: 'Source', collate_fragment_of: 1 },
      ],
      relations: [],
    };
    expect(parseDoccano('x.jsonl', [{ line: 3, value: record }]).failures).toEqual([
      {
        origin: 'x.jsonl line 3',
        reason: 'entity 2 says it is a fragment of entity 1, which is not a first fragment with its label.',
      },
    ]);
  });
});
