/**
 * `--format spacy` writes DocBin files that the real spaCy reads (a blank English pipeline, no model):
 * the same texts, every span in `doc.spans` under its key with code-point offsets, and the
 * non-overlapping contiguous ones in `doc.ents`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureInput, DATE } from '../../src/core/formats/__fixtures__/dataset';
import { exportDataset } from '../../src/core/dataset-export/export-dataset';
import { spanFragments } from '../../src/core/covered-text';
import { OffsetIndex } from '../../src/core/offsets';
import { pythonMissing, runPython, writeExport } from './python-env';

interface ReadDoc {
  file: string;
  text: string;
  user_data: { collate_id: string; title: string };
  span_keys: string[];
  spans: Array<[number, number, string, string]>;
  ents: Array<[number, number, string]>;
  sentences: string[];
  tokens: string[];
}

const missing = pythonMissing(['spacy']);
let cleanup = (): void => undefined;
afterEach(() => cleanup());

describe.skipIf(missing !== undefined)(`spaCy DocBin read by spaCy${missing ? ` (${missing})` : ''}`, () => {
  it('gives every span of the workspace back in doc.spans, exact, and non-overlapping ones in doc.ents', () => {
    const input = fixtureInput();
    const result = exportDataset('spacy', input, { date: DATE, spansKey: 'claims_and_sources' });
    expect(result.files.map((f) => f.path)).toEqual(['corpus.spacy', 'README.md']);
    const folder = writeExport(result.files);
    cleanup = folder.cleanup;
    const docs = runPython<ReadDoc[]>('read_docbin.py', 'claims_and_sources', `${folder.path}/corpus.spacy`);
    expect(docs.map((d) => d.user_data.collate_id)).toEqual(input.documents.map((d) => d.id));
    for (const [i, document] of input.documents.entries()) {
      const doc = docs[i]!;
      expect(doc.text).toBe(document.text);
      expect(doc.span_keys).toEqual(['claims_and_sources']);
      const index = new OffsetIndex(document.text);
      const expected = input.spans
        .get(document.id)!
        .flatMap((s) =>
          spanFragments(s).map((f) => [
            index.toCodePoint(f.start),
            index.toCodePoint(f.end),
            s.label,
            document.text.slice(f.start, f.end),
          ]),
        );
      expect([...doc.spans].sort()).toEqual([...expected].sort());
      for (const [start, end, label] of doc.ents) {
        expect(expected).toContainEqual([start, end, label, Array.from(document.text).slice(start, end).join('')]);
      }
    }
    const alpha = docs[0]!;
    // Longest first: "crossed daily.\nThe minister" keeps out the claim and the minister it overlaps.
    expect(
      alpha.ents.map(([start, end, label]) => `${label}:${Array.from(alpha.text).slice(start, end).join('')}`),
    ).toEqual([
      'Source:Officials',
      'Cue:1,500',
      'Claim:crossed daily.\nThe minister',
      'Source:中文报道称',
      'Source:المسؤول',
      'Source:Cafe\u0301 owners',
      'Claim:=SUM(A1) is -5',
    ]);
    expect(alpha.tokens).toContain('👩‍👩‍👧');
    expect(docs[1]!.sentences).toEqual(['Reuters reported 11,000 troops 🚀 arrived.\n', 'U.S. officials denied it.']);
  });

  it('writes one DocBin per split, each readable', () => {
    const result = exportDataset('spacy', fixtureInput(), {
      date: DATE,
      split: { seed: 's1', train: 1, dev: 0, test: 1 },
    });
    const paths = result.files.map((f) => f.path).filter((p) => p.endsWith('.spacy'));
    expect(paths.sort()).toEqual(['test/test.spacy', 'train/train.spacy']);
    const folder = writeExport(result.files);
    cleanup = folder.cleanup;
    const docs = runPython<ReadDoc[]>('read_docbin.py', 'sc', ...paths.map((p) => `${folder.path}/${p}`));
    expect(docs.map((d) => d.user_data.collate_id).sort()).toEqual(['../etc/beta', 'd-alpha']);
    expect(docs.every((d) => d.span_keys.includes('sc') && d.spans.length > 0)).toBe(true);
  });
});
