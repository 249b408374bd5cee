import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { findChromium, htmlToPdf } from '../../src/service/report/render-pdf';
import { buildReportWorkspace, type ReportWorkspace } from './report-workspace';

const BIN = fileURLToPath(new URL('../../bin/collate.js', import.meta.url));
const hasPdftoppm = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' }).error === undefined;
let chromium: string | undefined;
let ws: ReportWorkspace;

beforeAll(async () => {
  chromium = await findChromium();
  ws = await buildReportWorkspace();
});
afterAll(() => ws.folder.cleanup());

/** Runs the CLI in this process, capturing what it prints. */
async function collate(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  try {
    return { code: await main(args), out, err };
  } finally {
    vi.restoreAllMocks();
  }
}

interface PageStats {
  width: number;
  height: number;
  /** Share of pixels that are not (near) white. */
  ink: number;
  /** Pixels of the chart's "named" blue and "anonymous" orange. */
  blue: number;
  orange: number;
}

function pageStats(file: string): PageStats {
  const png = PNG.sync.read(readFileSync(file));
  let ink = 0;
  let blue = 0;
  let orange = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (r < 235 || g < 235 || b < 235) ink++;
    if (b > 150 && r < 70 && g > 70 && g < 120) blue++;
    if (r > 200 && g > 100 && g < 150 && b < 80) orange++;
  }
  return { width: png.width, height: png.height, ink: ink / (png.width * png.height), blue, orange };
}

describe('PDF report', () => {
  it('prints the HTML report to A4 pages that show the report (pages checked as images)', async (ctx) => {
    if (!chromium) ctx.skip('no Chromium: install it (apt-get install chromium) or set COLLATE_CHROMIUM');
    if (!hasPdftoppm)
      ctx.skip('pdftoppm is not installed (apt-get install poppler-utils), so the pages cannot be checked as images');
    const dir = join(ws.folder.path, 'pdf');
    mkdirSync(dir);
    const out = join(dir, 'report.pdf');
    const run = await collate('report', ws.root, '--format', 'pdf', '--out', out);
    expect(run.err).toContain('Starting Chromium…\nLaying out the report…\nPrinting the PDF…\n');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Wrote the pdf report to .*report\.pdf \([\d.]+ KB, \d+ pages\): 3 documents, 5 claims/);
    expect(readdirSync(dir)).toEqual(['report.pdf']);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const raster = spawnSync('pdftoppm', ['-r', '40', '-png', out, join(dir, 'page')], { encoding: 'utf8' });
    expect(raster.status, raster.stderr).toBe(0);
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(run.out).toContain(`, ${pages.length} pages)`);
    const stats = pages.map((p) => pageStats(join(dir, p)));
    // A4 portrait at 40 dpi: about 331 × 468 pixels.
    expect(Math.abs(stats[0]!.width - 331)).toBeLessThanOrEqual(2);
    expect(Math.abs(stats[0]!.height - 468)).toBeLessThanOrEqual(2);
    // Every page carries text or tables; none is blank.
    for (const s of stats) expect(s.ink).toBeGreaterThan(0.01);
    // The first page holds the charts: named (blue) and anonymous (orange) bars are drawn.
    expect(stats[0]!.blue).toBeGreaterThan(50);
    expect(stats[0]!.orange).toBeGreaterThan(50);
  });

  it('cancels on Ctrl+C and leaves no file, not even a temporary one', async (ctx) => {
    if (!chromium) ctx.skip('no Chromium: install it (apt-get install chromium) or set COLLATE_CHROMIUM');
    const dir = join(ws.folder.path, 'cancel');
    mkdirSync(dir);
    const child = spawn(
      process.execPath,
      [BIN, 'report', ws.root, '--format', 'pdf', '--out', join(dir, 'report.pdf')],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let err = '';
    const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      const before = err;
      err += chunk;
      if (!before.includes('Starting Chromium…') && err.includes('Starting Chromium…')) child.kill('SIGINT');
    });
    const code = await done;
    expect(err).toContain('Cancelling…');
    expect(err).toContain(`collate: Cancelled; nothing was written to ${join(dir, 'report.pdf')}.`);
    expect(code).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says clearly when the Chromium it is given does not exist', async () => {
    await expect(htmlToPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' })).rejects.toThrow(
      /^Making a PDF needs Chromium and none was found \(looked for \/nonexistent\/chromium\)\. Install it \(Debian: apt-get install chromium\)/,
    );
  });
});
