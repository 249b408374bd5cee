/**
 * `npm run bench:corpus-browser [-- --articles 2000,10000] [--groups 1000]`: issue #20's browser-shell
 * rows on a generated corpus (e2e/generated-corpus.ts: ~800 words and 50 spans per article, claim
 * groups across articles, each member attributed to a source). The workspace is opened once by
 * `collate serve` to write its caches, as a returning user's is; then, on a fresh server and page:
 * page load → library visible, open the first document (its spans drawn), open another, search all
 * documents (first query, which reads the search index from the cache, then later ones) and the
 * claims matrix's first page. Prints figures only; bench/README.md records them.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, expect, type Browser } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import { App } from '../e2e/app';
import { SEARCH_INDEX_FILE } from '../src/service/corpus-search/corpus-search';
import { generateCorpus, generatedLinksFile, generatedWorkspaceFiles, vocabulary } from '../e2e/generated-corpus';
import { chromiumLaunchOptions, createWorkspace, startBrowserShell, type Workspace } from '../e2e/launch';

const STEP_TIMEOUT_MS = 600_000;
const ms = (value: number): string => `${value.toFixed(0)} ms`;

interface Row {
  articles: number;
  loadMs: number;
  firstMs: number;
  anotherMs: number;
  firstSearchMs: number;
  searchMs: number[];
  matrixMs: number;
  heapMb: number;
}

/** Writes the corpus a thousand documents at a time, so the files of 10,000 are never all in memory. */
function writeCorpus(workspace: Workspace, articles: number, groups: number): string[] {
  const corpus = generateCorpus(articles);
  const write = (files: Record<string, string>): void => {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(workspace.dir, path)), { recursive: true });
      writeFileSync(join(workspace.dir, path), content);
    }
  };
  for (let at = 0; at < corpus.length; at += 1000) write(generatedWorkspaceFiles(corpus.slice(at, at + 1000)));
  write(generatedLinksFile(corpus, groups));
  return corpus.map((c) => c.document.title);
}

/**
 * Waits until the server has written the search index to the cache (it does so a moment after a
 * query, which takes a while at 10,000 articles): stopping it sooner would leave it to be rebuilt.
 */
async function searchIndexWritten(root: string): Promise<void> {
  let last = '';
  for (let stable = 0, waited = 0; stable < 3 && waited < 600; waited++) {
    await sleep(1000);
    let now = '';
    try {
      const { size, mtimeMs } = statSync(join(root, SEARCH_INDEX_FILE));
      now = `${size}|${mtimeMs}`;
    } catch {
      now = '';
    }
    stable = now !== '' && now === last ? stable + 1 : 0;
    last = now;
  }
}

async function timed(step: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await step();
  return performance.now() - start;
}

async function measure(browser: Browser, articles: number, groups: number): Promise<Row> {
  const workspace = createWorkspace('collate-corpus-browser-');
  try {
    const titles = writeCorpus(workspace, articles, groups);
    const queries = vocabulary(5000);
    // A returning user's workspace: the corpus index, span locations and search index are in its cache.
    const warm = await startBrowserShell(workspace.dir, STEP_TIMEOUT_MS);
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      await page.goto(warm.url);
      const app = new App(page, { timeout: STEP_TIMEOUT_MS });
      await app.ready();
      await app.searchAllDocuments(queries[3]!, { timeout: STEP_TIMEOUT_MS });
      await app.openMatrix();
      await context.close();
      await searchIndexWritten(workspace.dir);
    } finally {
      await warm.stop();
    }

    const shell = await startBrowserShell(workspace.dir, STEP_TIMEOUT_MS);
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      const app = new App(page, { timeout: STEP_TIMEOUT_MS });
      const loadMs = await timed(async () => {
        await page.goto(shell.url);
        await expect(app.documentsShown()).toHaveText(`${articles} documents`, { timeout: STEP_TIMEOUT_MS });
        await expect(app.documentButton(titles[0]!)).toBeVisible({ timeout: STEP_TIMEOUT_MS });
      });
      const open = (title: string) =>
        timed(async () => {
          await app.openDocument(title);
          await expect(app.highlights(title, 'Claim').first()).toBeVisible({ timeout: STEP_TIMEOUT_MS });
        });
      const firstMs = await open(titles[0]!);
      const anotherMs = await open(titles[4]!);
      const search = (query: string) =>
        timed(() =>
          app.searchAllDocuments(query, { timeout: STEP_TIMEOUT_MS }).then(() => app.corpusHits().first().waitFor()),
        );
      const firstSearchMs = await search(queries[1200]!);
      const searchMs = [];
      for (const query of [queries[7]!, queries[2500]!, `${queries[20]!} ${queries[40]!}`, 'source ana'])
        searchMs.push(await search(query));
      const matrixMs = await timed(() => app.openMatrix());
      const heapMb = await page.evaluate(
        () =>
          ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 2 ** 20,
      );
      return { articles, loadMs, firstMs, anotherMs, firstSearchMs, searchMs, matrixMs, heapMb };
    } catch (error) {
      if (error instanceof Error) error.message += `\n\nServer output:\n${shell.output()}`;
      throw error;
    } finally {
      await context.close();
      await shell.stop();
    }
  } finally {
    workspace.remove();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const sizes = (flag('--articles') ?? '2000,10000').split(',').map(Number);
  const groups = Number(flag('--groups') ?? 1000);
  console.log(
    `Collate corpus benchmark, browser shell — ${cpus()[0]?.model.trim() ?? 'unknown CPU'} × ${cpus().length}, ` +
      `${(totalmem() / 1024 ** 3).toFixed(1)} GiB, Node ${process.version}; ~800 words and 50 spans per article, ` +
      `${groups.toLocaleString('en-US')} claim groups`,
  );
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const articles of sizes) {
      const row = await measure(browser, articles, Math.min(groups, Math.floor(articles / 3)));
      const label = `${row.articles.toLocaleString('en-US')} articles`;
      console.log(`${label}: page load → library visible       ${ms(row.loadMs)}`);
      console.log(`${label}: open the first document            ${ms(row.firstMs)}`);
      console.log(`${label}: open another document              ${ms(row.anotherMs)}`);
      console.log(`${label}: first search (index read from cache) ${ms(row.firstSearchMs)}`);
      console.log(`${label}: later searches                     ${row.searchMs.map(ms).join(', ')}`);
      console.log(`${label}: claims matrix, first page          ${ms(row.matrixMs)}`);
      console.log(`${label}: page's JS heap after all this      ${row.heapMb.toFixed(0)} MB`);
    }
  } finally {
    await browser.close();
  }
}

await main();
