import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { initWorkspace } from '../../src/service/init-workspace';
import { buildReportWorkspace, type ReportWorkspace } from './report-workspace';

const BIN = fileURLToPath(new URL('../../bin/collate.js', import.meta.url));
let ws: ReportWorkspace;
let outDir: string;
let n = 0;

beforeAll(async () => {
  ws = await buildReportWorkspace();
});
afterAll(() => ws.folder.cleanup());
afterEach(() => vi.restoreAllMocks());

/** A fresh, empty output folder outside the workspace. */
function freshOut(): string {
  outDir = join(ws.folder.path, `out-${n++}`);
  mkdirSync(outDir);
  return outDir;
}

/** Runs the CLI in this process (fast), capturing what it prints. */
async function collate(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, out, err };
}

describe('collate report', () => {
  it('writes a self-contained HTML report, with progress on stderr and nothing else left behind', () => {
    const dir = freshOut();
    const out = join(dir, 'report.html');
    // Once through the real binary, as a user runs it.
    const run = spawnSync(process.execPath, [BIN, 'report', ws.root, '--format', 'html', '--out', out], {
      encoding: 'utf8',
    });
    expect(run.stderr).toContain(`Reading the workspace ${ws.root}…\nBuilding the report of 3 documents…\n`);
    expect(run.stderr).toContain(`Writing ${out}…\n`);
    expect(run.stderr).toContain(
      'warning: 1 tagged span(s) no longer match their document and are listed under "Spans left out".',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `^Wrote the html report to ${out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\([\\d.]+ KB\\): 3 documents, 5 claims, 3 sources, 1 claim group, 5 discrepancies\\.\\n$`,
      ),
    );
    expect(readdirSync(dir)).toEqual(['report.html']);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(
      '<tr><th scope="row">D1</th><td>Troops mass at the border</td><td>The Northern Ledger</td><td>R. Ames</td><td>2024-11-11</td><td class="num">2</td><td class="num">2</td></tr>',
    );
    expect(html).toContain(
      '<th scope="row">Troops crossed the border &lt;b&gt;en masse&lt;/b&gt; | daily <a href="#discrepancies" class="tag diff">5 differences</a></th>',
    );
    expect(html).toContain(
      '<tr><td>U.S. officials</td><td><span class="tag anonymous">anonymous</span></td><td>official<span class="guess" title="guessed from the wording">*</span></td><td class="num">2</td><td class="num">2</td><td>=cmd|&#39; /C calc&#39;!A0<br>The Northern Ledger</td></tr>',
    );
    expect(html).not.toMatch(/<script|<img/i);
  });

  it('takes the format from the file name, and writes Markdown', async () => {
    const out = join(freshOut(), 'report.md');
    const run = await collate('report', ws.root, '--out', out);
    expect(run).toMatchObject({ code: 0, out: expect.stringContaining('Wrote the md report') });
    expect(readFileSync(out, 'utf8')).toContain(
      '| D3 | \\<script\\>alert("t")\\</script\\> | =cmd\\|\' /C calc\'!A0 | — | 2024-11-13 | 2 | 1 |',
    );
    expect(await collate('report', ws.root, '--out', join(outDir, 'report.txt'))).toMatchObject({
      code: 1,
      err: `collate: Which format? Pass --format html, md or pdf (${join(outDir, 'report.txt')} does not end in .html, .md or .pdf).\n`,
    });
  });

  it('refuses to replace a file without --force, and replaces it atomically with it', async () => {
    const out = join(freshOut(), 'report.html');
    writeFileSync(out, 'keep me');
    expect(await collate('report', ws.root, '--out', out)).toMatchObject({
      code: 1,
      err: `collate: ${out} already exists; pass --force to replace it.\n`,
    });
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await collate('report', ws.root, '--out', out, '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(outDir)).toEqual(['report.html']);
  });

  it('refuses a destination inside the workspace, in a missing folder, or that is a folder', async () => {
    const inside = join(ws.root, 'documents', 'report.html');
    expect(await collate('report', ws.root, '--out', inside)).toMatchObject({
      code: 1,
      err: `collate: Cannot write ${inside}: it lies inside the workspace folder ${ws.root}. Write the report somewhere else.\n`,
    });
    expect(existsSync(inside)).toBe(false);
    const missing = join(ws.folder.path, 'no-such-folder', 'r.html');
    expect((await collate('report', ws.root, '--out', missing)).err).toBe(
      `collate: Cannot write ${missing}: its folder ${join(ws.folder.path, 'no-such-folder')} does not exist.\n`,
    );
    const file = join(freshOut(), 'a-file');
    writeFileSync(file, '');
    expect((await collate('report', ws.root, '--out', join(file, 'r.html'))).err).toBe(
      `collate: Cannot write ${join(file, 'r.html')}: ${file} is not a folder.\n`,
    );
    const folder = freshOut();
    expect((await collate('report', ws.root, '--format', 'md', '--out', folder)).err).toBe(
      `collate: Cannot write ${folder}: it is a folder. Give a file name, like ${join(folder, 'report.html')}.\n`,
    );
  });

  it.skipIf(process.getuid?.() === 0)(
    'refuses a folder it cannot write to (skipped as root, who can write anywhere)',
    async () => {
      const dir = freshOut();
      chmodSync(dir, 0o500);
      try {
        const out = join(dir, 'r.html');
        expect(await collate('report', ws.root, '--out', out)).toMatchObject({
          code: 1,
          err: `collate: Cannot write ${out}: the folder is not writable (permission denied).\n`,
        });
      } finally {
        chmodSync(dir, 0o700);
      }
    },
  );

  it('reports "nothing to report" for an empty workspace instead of failing', async () => {
    const empty = await initWorkspace(join(ws.folder.path, 'empty-ws'));
    const out = join(freshOut(), 'empty.html');
    expect(await collate('report', empty, '--out', out)).toMatchObject({
      code: 0,
      out: expect.stringContaining('nothing to report (the workspace has no documents)'),
    });
    expect(readFileSync(out, 'utf8')).toContain('<h2>Nothing to report</h2>');
  });

  it('says clearly when no Chromium can be found for a PDF, and writes nothing', async () => {
    const out = join(freshOut(), 'r.pdf');
    const saved = process.env.COLLATE_CHROMIUM;
    process.env.COLLATE_CHROMIUM = '/nonexistent/chromium';
    try {
      const run = await collate('report', ws.root, '--out', out);
      expect(run.code).toBe(1);
      expect(run.err).toContain(
        'collate: Making a PDF needs Chromium and none was found (looked for /nonexistent/chromium). Install it (Debian: apt-get install chromium) or set COLLATE_CHROMIUM',
      );
    } finally {
      if (saved === undefined) delete process.env.COLLATE_CHROMIUM;
      else process.env.COLLATE_CHROMIUM = saved;
    }
    expect(readdirSync(outDir)).toEqual([]);
  });
});
