/**
 * `--format hf` writes a folder the real `datasets.load_dataset(folder)` loads with no script: splits
 * from the card's YAML `configs`, `ner_tags` a ClassLabel whose names the YAML declares, spans in
 * code points.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DATE, fixtureInput } from '../../src/core/formats/__fixtures__/dataset';
import { exportDataset } from '../../src/core/dataset-export/export-dataset';
import { exportTokens } from '../../src/core/text/tokenize';
import { sliceByCodePoints } from '../../src/core/offsets';
import { pythonMissing, runPython, writeExport } from './python-env';

interface Row {
  id: string;
  text: string;
  tokens: string[];
  ner_tags: number[];
  tag_strings: string[];
  spans: Array<{ start: number; end: number; label: string; text: string }>;
}
type Loaded = Record<string, { features: Record<string, string>; tag_names: string[]; rows: Row[] }>;

const missing = pythonMissing(['datasets']);
let cleanup = (): void => undefined;
afterEach(() => cleanup());

describe.skipIf(missing !== undefined)(`Hugging Face folder read by datasets${missing ? ` (${missing})` : ''}`, () => {
  it("loads train/validation/test with ClassLabel ner_tags, Collate's tokens and every span", () => {
    const input = fixtureInput();
    const result = exportDataset('hf', input, { date: DATE, split: { seed: 's1', train: 1, dev: 0, test: 1 } });
    expect(result.files.map((f) => f.path)).toEqual(['train/train.jsonl', 'test/test.jsonl', 'README.md']);
    const folder = writeExport(result.files);
    cleanup = folder.cleanup;
    const loaded = runPython<Loaded>('load_hf_dataset.py', folder.path);
    expect(Object.keys(loaded).sort()).toEqual(['test', 'train']);
    const names = ['O', 'B-Claim', 'I-Claim', 'B-Source', 'I-Source', 'B-Cue', 'I-Cue'];
    const rows = [...loaded.train!.rows, ...loaded.test!.rows];
    expect(loaded.train!.tag_names).toEqual(names);
    expect(loaded.train!.features.ner_tags).toContain('ClassLabel');
    for (const document of input.documents) {
      const row = rows.find((r) => r.id === document.id)!;
      expect(row.text).toBe(document.text);
      expect(row.tokens).toEqual(exportTokens(document.text).map((t) => t.text));
      expect(row.spans).toHaveLength(input.spans.get(document.id)!.reduce((n, s) => n + (s.fragments?.length ?? 1), 0));
      for (const s of row.spans) expect(sliceByCodePoints(row.text, s.start, s.end)).toBe(s.text);
    }
    const beta = rows.find((r) => r.id === '../etc/beta')!;
    expect(beta.tag_strings).toEqual([
      'B-Source',
      'O',
      'B-Claim',
      'I-Claim',
      'I-Claim',
      'I-Claim',
      'O',
      'B-Source',
      'I-Source',
      'I-Source',
      'I-Source',
      'I-Source',
      'O',
      'O',
      'O',
    ]);
  });

  it('maps dev to the validation split and declares BIOES names when asked', () => {
    const input = fixtureInput();
    const result = exportDataset('hf', input, {
      date: DATE,
      tagScheme: 'bioes',
      split: { seed: 's1', train: 0, dev: 1, test: 0 },
    });
    const folder = writeExport(result.files);
    cleanup = folder.cleanup;
    const loaded = runPython<Loaded>('load_hf_dataset.py', folder.path);
    expect(Object.keys(loaded)).toEqual(['validation']);
    expect(loaded.validation!.tag_names).toHaveLength(1 + 3 * 4);
    expect(loaded.validation!.rows.find((r) => r.id === '../etc/beta')!.tag_strings.slice(0, 6)).toEqual([
      'S-Source',
      'O',
      'B-Claim',
      'I-Claim',
      'I-Claim',
      'E-Claim',
    ]);
  });
});
