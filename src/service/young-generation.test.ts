import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commandImports } from './young-generation';

const MODULE = fileURLToPath(new URL('./young-generation.ts', import.meta.url));
const MB = 1024 * 1024;

/**
 * In a fresh process (V8's flags are the process's): optionally limits the young generation, then
 * allocates objects that survive collections, in this thread and in a worker thread, and prints
 * each young generation's size.
 */
function youngGenerationsAfterWork(limit: boolean): { limited: number; main: number; worker: number } {
  const script = `
    import { Worker } from 'node:worker_threads';
    const { limitYoungGeneration, youngGenerationBytes } = await import(${JSON.stringify(MODULE)});
    const limited = ${limit} ? limitYoungGeneration(4) : 0;
    const work = 'const kept = []; for (let i = 0; i < 1000000; i++) { const o = { i, s: "x" + i }; if (i % 3 === 0) kept.push(o); }';
    eval(work);
    const main = youngGenerationBytes();
    const young = "const { getHeapSpaceStatistics } = require('node:v8'); require('node:worker_threads').parentPort.postMessage(getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);";
    const worker = new Worker(work + ';' + young, { eval: true, execArgv: [] });
    const inWorker = await new Promise((resolve) => worker.once('message', resolve));
    await worker.terminate();
    console.log(JSON.stringify({ limited, main, worker: inWorker }));
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { limited: number; main: number; worker: number };
}

describe('limitYoungGeneration', () => {
  it('keeps the main thread at 4 MB semi-spaces through work that would grow them, and leaves workers alone', () => {
    const limited = youngGenerationsAfterWork(true);
    expect(limited.limited).toBe(8 * MB);
    expect(limited.main).toBe(8 * MB);
    expect(limited.worker).toBeGreaterThan(8 * MB);
  });

  it('is what keeps it there: the same work grows it without', () => {
    expect(youngGenerationsAfterWork(false).main).toBeGreaterThan(8 * MB);
  });
});

describe('commandImports', () => {
  it('is true for the commands that import documents (serve is the app), whatever options come first', () => {
    for (const args of [
      ['import', 'ws', 'a.txt'],
      ['reimport', 'ws'],
      ['serve', 'ws'],
      ['--verbose', 'import', 'ws'],
    ])
      expect(commandImports(args)).toBe(true);
  });

  it('is false for batches and without a command', () => {
    for (const args of [
      ['export', 'ws', '--format', 'w3c'],
      ['suggest', 'ws', '--apply'],
      ['compare', 'ws'],
      ['--help'],
      [],
    ])
      expect(commandImports(args)).toBe(false);
  });
});
