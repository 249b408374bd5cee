/**
 * The Python that reads Collate's exports with established libraries: `.venv-test/bin/python`,
 * set up by `.ci/run` from `requirements-test.txt`. Tests that need it skip, saying why, without it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExportFile } from '../../src/core/dataset-export/types';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PYTHON = join(repoRoot, '.venv-test/bin/python');
const SCRIPTS = join(repoRoot, 'test/python');

/** Why tests needing these Python modules must be skipped, or undefined when they can run. */
export function pythonMissing(modules: readonly string[]): string | undefined {
  if (!existsSync(PYTHON)) return `skipped: ${PYTHON} is missing (.ci/run creates it from requirements-test.txt)`;
  const probe = spawnSync(PYTHON, ['-c', modules.map((m) => `import ${m}`).join('; ')], { encoding: 'utf8' });
  if (probe.status !== 0)
    return `skipped: .venv-test lacks ${modules.join(', ')} (${probe.stderr.trim().split('\n').pop() ?? ''})`;
  return undefined;
}

/** Runs `test/python/<script>` with arguments and parses the JSON it prints. */
export function runPython<T>(script: string, ...args: string[]): T {
  const run = spawnSync(PYTHON, [join(SCRIPTS, script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, HF_DATASETS_OFFLINE: '1', HF_HUB_OFFLINE: '1', PYTHONIOENCODING: 'utf-8' },
  });
  if (run.status !== 0) throw new Error(`${script} failed (${run.status}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** Writes an export's files into a new temporary folder; `cleanup` removes it. */
export function writeExport(files: readonly ExportFile[]): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'collate-python-'));
  for (const file of files) {
    const target = join(path, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}
