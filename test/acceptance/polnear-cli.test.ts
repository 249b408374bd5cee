/**
 * `collate import` on folders: recursive, brat pairs found by name, one line per document, a
 * summary on stderr, exit 1 when one failed. Uses the small brat fixtures, and PolNeAR's
 * `annotator-training` folder (several `.ann` per text) when the corpus is beside the repository.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCollate } from '../../src/cli/test-cli';
import { tempFolder } from '../../src/service/test-workspace';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(repoRoot, 'test/fixtures/annotations/brat');
const training = join(repoRoot, '../shared/corpora/polnear/annotator-training');
let folder: ReturnType<typeof tempFolder>;

const collate = (...args: string[]) => runCollate(folder.path, ...args);

beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

describe('collate import <folder>', () => {
  it('imports a folder of brat files, one line each, with a summary; a bad pair fails alone', () => {
    const ws = join(folder.path, 'ws');
    collate('init', ws);
    const run = collate('import', ws, FIXTURES);
    expect(run.code).toBe(1);
    const lines = run.out.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^imported +emoji\.txt \+ emoji\.ann → d-\S+ ".*" \(6 spans, 3 relations\)$/);
    expect(lines[1]).toMatch(
      /^imported +multi\.txt \+ multi_ana\.ann \+ multi_ben\.ann → d-\S+ "Headline" \(5 spans, 3 relations\)$/,
    );
    expect(lines[2]).toBe(
      'failed     short.txt + short.ann: short.ann line 2: T2 offsets 6–40 point past the end of the text (12 characters (code points)).',
    );
    expect(run.err.trim().split('\n').pop()).toBe('2 imported, 0 duplicates, 1 failed');
    // Not a terminal: no progress line.
    expect(run.err).not.toContain('[1/');
    const again = collate('import', ws, join(FIXTURES, 'multi.txt'), join(FIXTURES, 'multi_ana.ann'));
    expect(again.out).toMatch(
      /^duplicate  multi\.txt \+ multi_ana\.ann: skipped, same content as "Headline", which already has 5 annotation\(s\)/,
    );
    expect(again.err.trim().split('\n').pop()).toBe('0 imported, 1 duplicates, 0 failed');
    expect(again.code).toBe(0);
  }, 60_000);

  it.skipIf(!existsSync(training))(
    `imports PolNeAR annotator-training: 4 texts × 6 annotators → 4 documents${existsSync(training) ? '' : ' (skipped: the corpus is not beside the repository)'}`,
    () => {
      const ws = join(folder.path, 'ws');
      collate('init', ws);
      const run = collate('import', ws, training);
      expect(run.code).toBe(0);
      const lines = run.out.trim().split('\n');
      expect(lines).toHaveLength(4);
      for (const line of lines)
        expect(line).toMatch(
          /^imported +\S+\.txt( \+ \S+_[0-9a-f]{4}\.ann){6} → d-\S+ ".*" \(\d+ spans, \d+ relations\)$/,
        );
      expect(run.err.trim().split('\n').pop()).toBe('4 imported, 0 duplicates, 0 failed');
    },
    60_000,
  );
});
