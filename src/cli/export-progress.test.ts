import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initWorkspace } from '../service/init-workspace';
import { tempFolder } from '../service/test-workspace';
import { WorkspaceService } from '../service/workspace-service';
import { progressLine } from './progress-line';

const BIN = fileURLToPath(new URL('../../bin/collate.js', import.meta.url));
// Enough documents that an export takes long enough to be interrupted while it reads them.
const DOCUMENTS = 400;
let folder: ReturnType<typeof tempFolder>;
let ws: string;

beforeAll(async () => {
  folder = tempFolder();
  ws = await initWorkspace(join(folder.path, 'ws'));
  const service = await WorkspaceService.open(ws);
  await service.importFiles(
    Array.from({ length: DOCUMENTS }, (_, i) => ({
      name: `d${i}.txt`,
      bytes: new TextEncoder().encode(`Headline ${i}\nOfficials said ${i} ships were late.\n`),
    })),
  );
  service.close();
}, 60_000);
afterAll(() => folder.cleanup());

/** Runs `collate export`, pressing Ctrl+C as soon as it starts reading the documents. */
async function exportInterrupted(...args: string[]): Promise<{ code: number | null; err: string }> {
  const child = spawn(process.execPath, [BIN, 'export', ws, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    const before = err;
    err += chunk;
    if (!before.includes('Reading documents') && err.includes('Reading documents')) child.kill('SIGINT');
  });
  return { code: await closed, err };
}

describe('collate export: progress and Ctrl+C', () => {
  it('prints a progress line per step on stderr', () => {
    const out = join(folder.path, 'brat');
    const run = spawnSync(process.execPath, [BIN, 'export', ws, '--format', 'brat', '--out', out], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      `[0/${DOCUMENTS}] Reading documents…\nWriting brat…\n[0/${2 * DOCUMENTS + 3}] Saving files…\n`,
    );
    expect(readdirSync(out)).toHaveLength(2 * DOCUMENTS + 3);
  });

  it('cancels on Ctrl+C and leaves no folder, not even the staging one', { timeout: 30_000 }, async () => {
    const parent = join(folder.path, 'cancel-new');
    mkdirSync(parent);
    const out = join(parent, 'dataset');
    const run = await exportInterrupted('--format', 'conll', '--out', out);
    expect(run.err).toContain('Cancelling…\n');
    expect(run.err).toContain(`collate: Cancelled; nothing was written to ${out}.\n`);
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  it(
    'leaves a folder written over with --force as it was, and a JSONL folder unwritten',
    { timeout: 30_000 },
    async () => {
      const out = join(folder.path, 'cancel-force');
      mkdirSync(out);
      writeFileSync(join(out, 'README.md'), 'the previous export');
      const run = await exportInterrupted('--format', 'csv', '--out', out, '--force');
      expect(run.code).toBe(1);
      expect(readdirSync(out)).toEqual(['README.md']);
      expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('the previous export');

      const jsonlFolder = join(folder.path, 'cancel-jsonl');
      mkdirSync(jsonlFolder);
      const jsonl = await exportInterrupted('--out', join(jsonlFolder, 'data'));
      expect(jsonl.err).toContain(`collate: Cancelled; nothing was written to ${join(jsonlFolder, 'data')}.\n`);
      expect(readdirSync(jsonlFolder)).toEqual([]);
    },
  );
});

describe('the progress line', () => {
  it('rewrites one line on a terminal and clears it', () => {
    let text = '';
    const line = progressLine({ isTTY: true, write: (t: string) => (text += t) });
    line.show({ step: 'Reading documents', done: 1, total: 3 });
    line.show({ step: 'Writing brat', done: 0, total: 0 });
    line.clear();
    expect(text).toBe('\r\x1b[K[1/3] Reading documents…\r\x1b[KWriting brat…\r\x1b[K');
  });

  it('prints one line per step elsewhere', () => {
    let text = '';
    const line = progressLine({ write: (t: string) => (text += t) });
    line.show({ step: 'Reading documents', done: 0, total: 3 });
    line.show({ step: 'Reading documents', done: 1, total: 3 });
    line.show({ step: 'Saving files', done: 0, total: 2 });
    line.clear();
    expect(text).toBe('[0/3] Reading documents…\n[0/2] Saving files…\n');
  });
});
