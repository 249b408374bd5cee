import { describe, expect, it } from 'vitest';
import { DATE, alpha, fixtureInput } from '../formats/__fixtures__/dataset';
import { DATASET_FORMATS, datasetFormatList, exportDataset, type DatasetFormatName } from './export-dataset';
import { isSafeRelativePath, safeFileStem, safeFileStems } from './safe-path';
import { splitDocuments } from './split-documents';
import { parseCollateJsonl } from '../formats/collate-jsonl';
import type { CollateDocument } from '../model';
import { exportText } from './export-text';

const names = datasetFormatList().map((f) => f.name);

describe('exportDataset', () => {
  it('lists every format with a description for --format help', () => {
    expect(names).toEqual([
      'jsonl',
      'collate-jsonl',
      'csv',
      'w3c',
      'brat',
      'conll',
      'hf',
      'spacy',
      'spacy-jsonl',
      'label-studio',
      'doccano',
    ]);
    for (const f of datasetFormatList()) expect(f.description.length).toBeGreaterThan(20);
    expect(() => exportDataset('nope' as DatasetFormatName, fixtureInput(), { date: DATE })).toThrow(
      'There is no dataset format "nope"',
    );
  });

  it.each(names)('%s: every path is relative and safe, and a README.md card comes last', (name) => {
    const hostile: CollateDocument = { ...alpha, id: 'C:\\..\\..\\evil/../CON', title: '/etc/passwd' };
    const input = fixtureInput();
    const result = exportDataset(
      name,
      { ...input, documents: [...input.documents, hostile] },
      { date: DATE, split: { seed: 'x', train: 1, dev: 1, test: 1 } },
    );
    for (const f of result.files) {
      expect(isSafeRelativePath(f.path), f.path).toBe(true);
      expect(f.path.split('/').includes('..')).toBe(false);
    }
    expect(result.files[result.files.length - 1]!.path).toBe('README.md');
  });

  it('filters documents, labels and notes', () => {
    const result = exportDataset('collate-jsonl', fixtureInput(), {
      date: DATE,
      documentIds: ['d-alpha', 'missing'],
      labels: ['Claim'],
      includeNotes: false,
    });
    const parsed = parseCollateJsonl(exportText(result.files[0]!));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.documents.map((d) => d.id)).toEqual(['d-alpha']);
    expect(parsed.value.spans.get('d-alpha')!.map((s) => s.id)).toEqual(['a-claim', 'a-cross', 'a-gap', 'a-formula']);
    expect(parsed.value.spans.get('d-alpha')!.some((s) => 'note' in s)).toBe(false);
    expect(parsed.value.relations).toEqual([]);
    expect(parsed.value.claimGroups.map((g) => g.members)).toEqual([['a-claim']]);
    expect(result.warnings).toEqual(['Document "missing" was asked for but is not in the workspace.']);
  });

  it('skips spans outside their text and links to missing spans, with warnings', () => {
    const input = fixtureInput();
    const broken = { ...input.spans.get('d-alpha')![0]!, id: 'bad', start: 5, end: 999 };
    const spans = new Map(input.spans);
    spans.set('d-alpha', [...input.spans.get('d-alpha')!, broken]);
    const relations = [
      ...input.relations,
      { id: 'r-x', type: 'supports', from: 'a-claim', to: 'ghost', author: 'ana', created: 'now' },
    ];
    const result = exportDataset('csv', { ...input, spans, relations }, { date: DATE });
    expect(result.warnings).toEqual([
      'Span "bad" in "d-alpha" was skipped: range 5–999 lies outside the text (length 195) or is empty.',
      'Relation "r-x" (supports) points to missing span "ghost"; skipped.',
    ]);
  });

  it('splits by document deterministically: same seed, same split, whatever the input order', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `doc-${i}`);
    const a = splitDocuments(ids, { seed: 'seed-1', train: 8, dev: 1, test: 1 });
    const b = splitDocuments([...ids].reverse(), { seed: 'seed-1', train: 8, dev: 1, test: 1 });
    const c = splitDocuments(ids, { seed: 'seed-2', train: 8, dev: 1, test: 1 });
    expect([...a].sort()).toEqual([...b].sort());
    expect([...a.values()].filter((p) => p === 'train')).toHaveLength(16);
    expect([...a.values()].filter((p) => p === 'dev')).toHaveLength(2);
    expect([...a.values()].filter((p) => p === 'test')).toHaveLength(2);
    expect([...a].sort()).not.toEqual([...c].sort());
    expect(() => splitDocuments(ids, { seed: 's', train: 0, dev: 0, test: 0 })).toThrow(RangeError);
  });

  it('writes split parts into folders and reports links that cross them', () => {
    const result = exportDataset('spacy-jsonl', fixtureInput(), {
      date: DATE,
      split: { seed: 's1', train: 1, dev: 0, test: 1 },
    });
    expect(result.files.map((f) => f.path)).toEqual(['train/spacy.jsonl', 'test/spacy.jsonl', 'README.md']);
    expect(result.warnings).toContain(
      'Relation "r-2" (same-claim) links test to another split (document "../etc/beta"); left out.',
    );
    const again = exportDataset('spacy-jsonl', fixtureInput(), {
      date: DATE,
      split: { seed: 's1', train: 1, dev: 0, test: 1 },
    });
    expect(again.files).toEqual(result.files);
  });

  it('writes a dataset card with counts, schema, unit, annotators, sha256, date and limits', () => {
    const card = exportDataset('brat', fixtureInput(), { date: DATE, generator: 'Collate 0.1.0' }).files.find(
      (f) => f.path === 'README.md',
    )!.content;
    expect(card).toContain('# Collate dataset — brat\n');
    expect(card).toContain(
      '- Exported: 2026-03-05\n- Generator: Collate 0.1.0\n- Offset unit: Unicode code points (Python `len`/slicing), `end` exclusive\n',
    );
    expect(card).toContain('- Documents: 2 · spans: 13 · relations: 3 · claim groups: 1\n');
    expect(card).toContain(`| d-alpha | Alpha report | 191 | 10 | ${'a'.repeat(63)}f |`);
    expect(card).toContain(`| ../etc/beta | Beta \\| \\<b\\>report\\</b\\> | 67 | 3 | ${'b'.repeat(63)}f |`);
    expect(card).toContain('| Claim | 5 | 4 | 1 |\n| Source | 7 | 5 | 2 |\n| Cue | 1 | 1 | 0 |');
    expect(card).toContain("## Annotators\n\n- not recorded: this format's files do not say who annotated\n");
    const jsonlCard = exportDataset('jsonl', fixtureInput(), { date: DATE }).files.find(
      (f) => f.path === 'README.md',
    )!.content;
    expect(jsonlCard).toContain('- ana: 11 spans\n- bo: 2 spans\n');
    expect(card).toContain('- Relation **attributed-to**: Claim → Source\n');
    expect(card).toContain(
      '## What this format could not carry\n\n- Relations between documents and claim groups are left out',
    );
    expect(card).toContain('## Warnings\n\n- brat: relation \\"r-2\\"'.replace(/\\"/g, '"'));
    const conll = exportDataset('conll', fixtureInput(), { date: DATE }).files.find(
      (f) => f.path === 'README.md',
    )!.content;
    expect(conll).toContain(
      '- Offset unit: none (token-level format)\n- Tokenizer: Collate word tokenizer (Intl.Segmenter',
    );
    expect(card).not.toContain('- Tokenizer:');
  });

  it('ignores a UTF-16 request for formats fixed to code points, and says so', () => {
    const result = exportDataset('spacy-jsonl', fixtureInput(), { date: DATE, offsetUnit: 'utf16' });
    expect(result.warnings[0]).toBe('spacy-jsonl always writes code-point offsets; offset unit "utf16" was ignored.');
    expect(DATASET_FORMATS.filter((f) => f.offsets === 'option').map((f) => f.name)).toEqual([
      'jsonl',
      'collate-jsonl',
      'csv',
      'label-studio',
      'doccano',
    ]);
  });
});

describe('safe paths', () => {
  it('sanitises ids into distinct file stems', () => {
    expect(safeFileStem('d-alpha')).toBe('d-alpha');
    expect(safeFileStem('../etc/beta')).toBe('etc_beta_29c067fb');
    expect(safeFileStem('CON')).toMatch(/^doc_CON_[0-9a-f]{8}$/);
    expect(safeFileStem('..')).toMatch(/^doc__[0-9a-f]{8}$/);
    expect(safeFileStem('中文')).toMatch(/^doc__[0-9a-f]{8}$/);
    const stems = safeFileStems(['Report', 'report', 'a b', 'a_b']);
    expect(new Set([...stems.values()].map((s) => s.toLowerCase())).size).toBe(4);
  });

  it('rejects every path that could leave the destination', () => {
    for (const bad of [
      '',
      '/etc/passwd',
      '../x',
      'a/../b',
      'a//b',
      'C:\\x',
      'c:x',
      'a\\b',
      './a',
      'nul.txt',
      'x\u0000',
      'a/ ',
      'a.',
    ]) {
      expect(isSafeRelativePath(bad), bad).toBe(false);
    }
    for (const good of ['README.md', 'train/spacy.jsonl', 'd-alpha.ann']) expect(isSafeRelativePath(good)).toBe(true);
  });
});
