import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.js';
import { runMain } from './test-cli';

const root = resolve(import.meta.dirname, '../..');
let out = '';

beforeAll(async () => {
  // Inside the project, as out/cli/ is: the bundle imports its packages from node_modules.
  mkdirSync(join(root, 'out'), { recursive: true });
  out = mkdtempSync(join(root, 'out', 'cli-bundle-test-'));
  await buildCli(root, out);
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the CLI's bundle (scripts/build-cli.js)", () => {
  it('answers as the sources do', async () => {
    const script = `const { main } = await import(${JSON.stringify(pathToFileURL(join(out, 'main.js')).href)}); process.exitCode = await main(['--help']);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: root });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const fromSources = await runMain('--help');
    expect(run.stdout).toBe(fromSources.out);
    expect(run.stdout).toContain('Usage: collate');
  }, 60_000);

  it('keeps each module finding files beside its source, as the renderer folder and the batch worker are', () => {
    const bundle = readFileSync(join(out, 'main.js'), 'utf8');
    expect(bundle).not.toContain('import.meta.url');
    for (const source of ['src/server/start-server.ts', 'src/service/batch-workers/worker-pool.ts'])
      expect(bundle).toContain(JSON.stringify(pathToFileURL(join(root, source)).href));
  });
});
