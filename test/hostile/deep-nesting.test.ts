import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { docxParagraph, makeDocx } from '../fixtures/import/make-docx';
import { makeEpub, xhtmlPage } from '../fixtures/import/make-epub';
import { utf8 } from './canary';

const CHILD = fileURLToPath(new URL('./import-in-child.ts', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'collate-hostile-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface ChildOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  result?: { ok: boolean; code?: string; message?: string; text?: string };
  stderr: string;
}

// Two children at a time: the machine may have two cores.
let running = 0;
const waiting: Array<() => void> = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * Imports the bytes in a child process, killed only if it hangs: how long a refusal takes is
 * measured by `npm run bench:import-memory`, since a wall-clock limit fails on a loaded machine.
 */
function importInChild(name: string, bytes: Uint8Array, limitMs: number): Promise<ChildOutcome> {
  const file = join(folder, name);
  writeFileSync(file, bytes);
  return slot(() => spawnImport(file, name, limitMs));
}

function spawnImport(file: string, name: string, limitMs: number): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, name], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').pop();
      let result: ChildOutcome['result'];
      try {
        result = line ? JSON.parse(line) : undefined;
      } catch {
        result = undefined;
      }
      resolve({ exitCode, signal, ...(result ? { result } : {}), stderr });
    });
  });
}

/** A child still running after this has hung; the tests wait for all eight children, two at a time. */
const HANG_GUARD_MS = 120_000;
const TEST_TIMEOUT_MS = 8 * HANG_GUARD_MS;
const N = 100_000;
const VISIBLE = 'The mayor said the bridge would reopen in May.';

const realistic = (): Uint8Array =>
  utf8(`<html><body>${'<div>'.repeat(200)}<p>${VISIBLE}</p>${'</div>'.repeat(200)}</body></html>`);

const cases: Array<[string, string, () => Uint8Array]> = [
  [
    'HTML: 100,000 nested <div>s',
    'divs.html',
    () =>
      utf8(`<!doctype html><html><body><p>${VISIBLE}</p>${'<div>'.repeat(N)}deep${'</div>'.repeat(N)}</body></html>`),
  ],
  [
    'HTML: 100,000 unclosed <b>s',
    'bolds.html',
    () => utf8(`<!doctype html><html><body><p>${VISIBLE}</p>${'<b>'.repeat(N)}deep</body></html>`),
  ],
  [
    'HTML: 100,000 nested <span>s hidden among stray end tags',
    'spans.html',
    () => utf8(`<html><body><p>${VISIBLE}</p>${'<span></i>'.repeat(N)}deep</body></html>`),
  ],
  [
    'HTML: 100,000 elements 900 levels deep',
    'heavy.html',
    () => utf8(`<html><body><p>${VISIBLE}</p>${'<div>'.repeat(900)}${'<i>a</i>'.repeat(N)}</body></html>`),
  ],
  [
    'EPUB: a chapter of 100,000 nested <div>s',
    'deep.epub',
    () =>
      makeEpub(
        [{ href: 'c1.xhtml', xhtml: xhtmlPage(`<p>${VISIBLE}</p>${'<div>'.repeat(N)}deep${'</div>'.repeat(N)}`) }],
        ['c1.xhtml'],
        { title: 't', creator: 'c', publisher: 'p', date: '2024' },
      ),
  ],
  [
    'EPUB: a chapter that is not XML, 100,000 <div/>s deep as HTML',
    'selfclosing.epub',
    () =>
      makeEpub(
        [{ href: 'c1.xhtml', xhtml: `<html><body><p>${VISIBLE}</p><br>${'<div/>'.repeat(N)}deep</body></html>` }],
        ['c1.xhtml'],
        { title: 't', creator: 'c', publisher: 'p', date: '2024' },
      ),
  ],
  [
    'DOCX: 100,000 nested runs',
    'deep.docx',
    () => makeDocx(docxParagraph(VISIBLE) + `<w:p>${'<w:r>'.repeat(N)}<w:t>deep</w:t>${'</w:r>'.repeat(N)}</w:p>`),
  ],
];

describe('hostile markup: deep nesting', () => {
  // All at once: each runs in its own process.
  const outcomes = new Map<string, Promise<ChildOutcome>>();
  const run = (name: string, build: () => Uint8Array): Promise<ChildOutcome> => {
    if (!outcomes.has(name)) outcomes.set(name, importInChild(name, build(), HANG_GUARD_MS));
    return outcomes.get(name)!;
  };

  it.each(cases)(
    '%s is refused with a message naming the nesting limit, and the importer process survives',
    async (_label, name, build) => {
      for (const [, n, b] of cases) void run(n, b);
      void run('ok.html', realistic);
      const outcome = await run(name, build);
      expect(outcome.signal, outcome.stderr).toBeNull();
      expect(outcome.exitCode, outcome.stderr).toBe(0);
      expect(outcome.result?.ok).toBe(false);
      expect(outcome.result?.message).toMatch(/nested (more than )?[\d,]+ levels deep|too many deeply nested elements/);
      expect(outcome.result?.message).not.toMatch(/call stack/i);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'still imports a page nested a realistic 200 levels deep',
    async () => {
      const outcome = await run('ok.html', realistic);
      expect(outcome.exitCode, outcome.stderr).toBe(0);
      expect(outcome.result).toMatchObject({ ok: true });
      expect(outcome.result?.text).toContain(VISIBLE);
    },
    TEST_TIMEOUT_MS,
  );
});
