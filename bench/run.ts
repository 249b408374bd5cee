/**
 * `npm run bench`: how long a user waits in the browser shell, for articles of 1,000, 10,000 and
 * 100,000 words. Prints figures only. Uses the e2e suite's App helper and launch code.
 */
import { writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser } from '@playwright/test';
import { App } from '../e2e/app';
import { chromiumLaunchOptions, createWorkspace, startBrowserShell } from '../e2e/launch';
import { generateArticle } from './article';

const SIZES = [1_000, 10_000, 100_000];
const STEP_TIMEOUT_MS = 300_000;

const gib = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
const ms = (value: number): string => `${value.toFixed(0).padStart(8)} ms`;

async function timed(step: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await step();
  return performance.now() - start;
}

interface Row {
  words: number;
  bytes: number;
  importMs: number;
  openMs: number;
  highlightMs: number;
}

async function measure(browser: Browser, words: number): Promise<Row> {
  const workspace = createWorkspace('collate-bench-');
  const article = generateArticle(words);
  const file = join(workspace.dir, '..', `article-${words}.txt`);
  writeFileSync(file, article.text);
  const shell = await startBrowserShell(workspace.dir);
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.goto(shell.url);
    const app = new App(page, { timeout: STEP_TIMEOUT_MS });
    await app.ready();

    const importMs = await timed(async () => {
      await app.importFiles(file);
      await app.expectImported(article.title);
    });
    const openMs = await timed(async () => {
      await app.openDocument(article.title);
      await app.expectPaneShows(article.title, article.lastParagraph);
    });
    const highlightMs = await timed(async () => {
      await app.selectText(article.title, article.firstPhrase);
      await app.pressKey('c');
      await app.highlights(article.title, 'Claim').filter({ hasText: article.firstPhrase }).first().waitFor();
      await app.expectSaved();
    });
    return { words, bytes: Buffer.byteLength(article.text), importMs, openMs, highlightMs };
  } catch (error) {
    if (error instanceof Error) error.message += `\n\nServer output:\n${shell.output()}`;
    throw error;
  } finally {
    await context.close();
    await shell.stop();
    workspace.remove();
  }
}

async function main(): Promise<void> {
  const cpu = cpus();
  console.log('Collate benchmark (browser shell, Chromium via Playwright)');
  console.log(`machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${gib(totalmem())} memory (${gib(freemem())} free)`);
  console.log(`node:    ${process.version} on ${process.platform}/${process.arch}`);
  const browser = await chromium.launch(chromiumLaunchOptions());
  console.log(`browser: Chromium ${browser.version()}`);
  console.log('');
  console.log('   words       bytes      import        open   highlight');
  try {
    for (const words of SIZES) {
      const row = await measure(browser, words);
      console.log(
        `${row.words.toLocaleString('en-US').padStart(8)} ${row.bytes.toLocaleString('en-US').padStart(11)} ${ms(row.importMs)} ${ms(row.openMs)} ${ms(row.highlightMs)}`,
      );
    }
  } finally {
    await browser.close();
  }
  console.log('');
  console.log('import:    file chooser → document listed');
  console.log('open:      click the document → its pane shows the last paragraph');
  console.log('highlight: mouse selection + key c → highlight present and "Saved"');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
