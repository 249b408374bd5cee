import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/core/agreement/compute-agreement';
import { tempFolder } from '../../src/service/test-workspace';
import { pythonMissing, runPython } from '../python/python-env';

const POLNEAR = process.env.POLNEAR_DIR ?? '/work/shared/corpora/polnear';
const TRAINING = join(POLNEAR, 'annotator-training');
const BIN = fileURLToPath(new URL('../../bin/collate.js', import.meta.url));
const missing = !existsSync(join(TRAINING, 'attributions'))
  ? `skipped: PolNeAR's annotator-training set is not at ${TRAINING} (set POLNEAR_DIR)`
  : pythonMissing(['nltk']);
const folder = tempFolder();
afterAll(() => folder.cleanup());

interface Nltk {
  labels: Record<string, { alpha: number | null; kappa: Record<string, number | null> }>;
  overall: number | null;
}

function collate(...args: string[]): string {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, COLLATE_ANNOTATOR: 'lead' },
  });
  if (run.status !== 0) throw new Error(`collate ${args[0]} failed: ${run.stderr}`);
  return run.stdout;
}

describe('agreement on PolNeAR annotator training, against NLTK', () => {
  if (missing) it.skip(missing, () => undefined);
  else {
    it('gives the kappa and alpha NLTK computes, to 3 decimals', { timeout: 300_000 }, () => {
      const ws = join(folder.path, 'ws');
      collate('init', ws);
      collate('import', ws, TRAINING);
      const ours = JSON.parse(collate('agreement', ws, '--json')) as Agreement;
      expect(ours).toMatchObject({ unit: 'codepoint', documents: 4 });
      expect(ours.annotators).toHaveLength(6);
      const nltk = runPython<Nltk>('nltk_agreement.py', ws);
      const close = (a: number | null, b: number | null | undefined) =>
        a === null || b === null || b === undefined ? a === (b ?? null) : Math.abs(a - b) <= 0.0005;
      expect(Object.keys(ours.labels).sort()).toEqual(Object.keys(nltk.labels).sort());
      for (const [label, { alpha, pairs }] of Object.entries(ours.labels)) {
        expect(close(alpha, nltk.labels[label]!.alpha), `${label} alpha ${alpha} vs ${nltk.labels[label]!.alpha}`).toBe(
          true,
        );
        expect(pairs).toHaveLength(15);
        for (const p of pairs) {
          const theirs = nltk.labels[label]!.kappa[`${p.a}|${p.b}`];
          expect(close(p.kappa, theirs), `${label} ${p.a}/${p.b} kappa ${p.kappa} vs ${theirs}`).toBe(true);
        }
      }
      expect(close(ours.overall.alpha, nltk.overall), `overall ${ours.overall.alpha} vs ${nltk.overall}`).toBe(true);
    });
  }
});
