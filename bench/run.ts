/**
 * `npm run bench`: how long a user waits in the browser shell, for articles of 1,000, 10,000 and
 * 100,000 words. Prints figures only. Uses the e2e suite's App helper and launch code.
 */
import { writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from '@playwright/test';
import { App } from '../e2e/app';
import { chromiumLaunchOptions, createWorkspace, startBrowserShell, type Workspace } from '../e2e/launch';
import { generateArticle } from './article';
import { seedTaggedDocument } from './many-spans';

const SIZES = [1_000, 10_000, 100_000];
const STEP_TIMEOUT_MS = 300_000;

const gib = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
const ms = (value: number): string => `${value.toFixed(0).padStart(8)} ms`;

async function timed(step: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await step();
  return performance.now() - start;
}

/**
 * Starts the browser shell on a workspace, opens Collate in a fresh page and runs `measure` with
 * it; the shell's output is added to any error, and everything is closed and removed afterwards.
 */
async function inBrowserShell<T>(
  browser: Browser,
  workspace: Workspace,
  measure: (page: Page, app: App) => Promise<T>,
): Promise<T> {
  const shell = await startBrowserShell(workspace.dir);
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.goto(shell.url);
    const app = new App(page, { timeout: STEP_TIMEOUT_MS });
    await app.ready();
    return await measure(page, app);
  } catch (error) {
    if (error instanceof Error) error.message += `\n\nServer output:\n${shell.output()}`;
    throw error;
  } finally {
    await context.close();
    await shell.stop();
    workspace.remove();
  }
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
  return inBrowserShell(browser, workspace, async (_page, app) => {
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
  });
}

const TAGGED_WORDS = 100_000;
const TAGGED_SPANS = 25_000;

interface TaggedRow {
  spans: number;
  openMs: number;
  openWallMs: number;
  openLongTaskMs: number;
  highlightInPageMs: number;
  highlightFrameMs: number;
  highlightWallMs: number;
  highlightLongTaskMs: number;
  scroll: ScrollPhase[];
}

interface ScrollPhase {
  name: string;
  ms: number;
  longTasks: number[];
  /** From the phase's last wheel event to a frame with highlights in the middle of the pane. */
  drawnAfterMs?: number;
}

declare global {
  interface Window {
    __longTasks?: number[];
    __highlight?: Promise<{ dom: number; frame: number }>;
    __lastWheel?: number;
  }
}

/**
 * In the page: milliseconds from the last wheel event until a frame shows highlights on the line
 * in the middle of the pane (one hit test a frame, nothing that lays the page out).
 */
function waitForHighlightsMidPane(): Promise<number> {
  const t0 = window.__lastWheel ?? performance.now();
  const pane = document.querySelector<HTMLElement>('.pane-scroll')!.getBoundingClientRect();
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const at = document.caretPositionFromPoint(pane.left + pane.width / 2, pane.top + pane.height / 2);
      const line = at?.offsetNode.parentElement?.closest('p');
      if (line?.querySelector('.collate-span')) resolve(performance.now() - t0);
      else if (performance.now() - t0 > 5000)
        reject(new Error('no highlights in the middle of the pane 5 s after scrolling'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** A 100,000-word article holding 25,000 spans: open it, add a highlight, scroll it from end to end. */
async function measureTagged(browser: Browser): Promise<TaggedRow> {
  const workspace = createWorkspace('collate-bench-');
  const article = generateArticle(TAGGED_WORDS);
  const file = join(workspace.dir, '..', 'tagged-article.txt');
  writeFileSync(file, article.text);
  const seeded = await seedTaggedDocument(workspace.dir, file, TAGGED_SPANS, article.firstPhrase);
  return inBrowserShell(browser, workspace, async (page, app) => {
    // tsx keeps function names with a __name() helper the page lacks (see App.selectText).
    await page.evaluate('globalThis.__name ??= (fn) => fn');
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks!.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const takeLongTasks = (): Promise<number[]> => page.evaluate(() => window.__longTasks!.splice(0));

    // Let the app finish loading the workspace (every document's spans) before timing the open.
    await page.waitForTimeout(3000);
    await takeLongTasks();
    // In the page: from the click to the first frame showing the text's last paragraph and highlights.
    const opened = page.evaluate(
      (last) =>
        new Promise<number>((resolve) => {
          let t0 = 0;
          window.addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true });
          const check = (): void => {
            const text = document.querySelector('.pane .article-text');
            const tail = text ? Array.from(text.children).slice(-3) : [];
            if (t0 && tail.some((c) => c.textContent?.includes(last)) && text!.querySelector('.collate-span')) {
              requestAnimationFrame(() => resolve(performance.now() - t0));
            } else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      article.lastParagraph,
    );
    // The click is a plain mouse click at the entry's place, and nothing queries the page until the
    // pane is drawn: Playwright's own in-page queries (accessible names over 600,000 characters)
    // would otherwise hold the main thread and be counted as the app's time.
    const entry = (await app.documentButton(article.title).boundingBox())!;
    let openMs = 0;
    const openWallMs = await timed(async () => {
      await page.mouse.click(entry.x + entry.width / 2, entry.y + entry.height / 2);
      openMs = await opened;
    });
    await app.expectPaneShows(article.title, article.lastParagraph);
    await app.highlights(article.title).first().waitFor();
    await page.waitForTimeout(500);
    const openLongTasks = await takeLongTasks();

    await app.selectText(article.title, article.firstPhrase);
    await page.evaluate((phrase) => {
      window.__highlight = new Promise((resolve) => {
        let t0 = 0;
        window.addEventListener('keydown', () => (t0 = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver((records) => {
          const now = performance.now();
          for (const r of records) {
            for (const node of Array.from(r.addedNodes)) {
              if (
                node instanceof HTMLElement &&
                node.matches('.collate-span[data-label="Claim"]') &&
                node.textContent === phrase
              ) {
                observer.disconnect();
                requestAnimationFrame(() => resolve({ dom: now - t0, frame: performance.now() - t0 }));
                return;
              }
            }
          }
        });
        observer.observe(document.querySelector('.article-text')!, { childList: true, subtree: true });
      });
    }, article.firstPhrase);
    let inPage = { dom: 0, frame: 0 };
    const highlightWallMs = await timed(async () => {
      await app.pressKey('c');
      inPage = await page.evaluate(() => window.__highlight!);
    });
    await app.expectSaved();
    await page.waitForTimeout(500);
    const highlightLongTasks = await takeLongTasks();

    const box = (await app.pane(article.title).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
    await page.evaluate(() =>
      window.addEventListener('wheel', () => (window.__lastWheel = performance.now()), {
        passive: true,
        capture: true,
      }),
    );
    const wheel = async (name: string, count: number, px: number): Promise<ScrollPhase> => {
      let drawnAfterMs = 0;
      const phaseMs = await timed(async () => {
        for (let i = 0; i < count; i++) {
          await page.mouse.wheel(0, px);
          await page.waitForTimeout(30);
        }
        drawnAfterMs = await page.evaluate(waitForHighlightsMidPane);
        await page.waitForTimeout(300);
      });
      return { name, ms: phaseMs, longTasks: await takeLongTasks(), drawnAfterMs };
    };
    const scrollTo = async (fraction: number): Promise<void> => {
      await page.evaluate((f) => {
        const el = document.querySelector<HTMLElement>('.pane-scroll')!;
        el.scrollTop = el.scrollHeight * f;
      }, fraction);
      await page.waitForTimeout(300);
    };
    const scroll = [
      await wheel('fling: 80 wheel steps of 1,500 px', 80, 1500),
      await wheel('steady: 100 wheel steps of 300 px', 100, 300),
    ];
    const jumpsMs = await timed(async () => {
      await scrollTo(1);
      await scrollTo(0.5);
    });
    scroll.push({ name: 'jumps: to the end, then to the middle', ms: jumpsMs, longTasks: await takeLongTasks() });
    return {
      spans: seeded.spans,
      openMs,
      openWallMs,
      openLongTaskMs: Math.max(0, ...openLongTasks),
      highlightInPageMs: inPage.dom,
      highlightFrameMs: inPage.frame,
      highlightWallMs,
      highlightLongTaskMs: Math.max(0, ...highlightLongTasks),
      scroll,
    };
  });
}

async function main(): Promise<void> {
  const cpu = cpus();
  console.log('Collate benchmark (browser shell, Chromium via Playwright)');
  console.log(
    `machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${gib(totalmem())} memory (${gib(freemem())} free)`,
  );
  console.log(`node:    ${process.version} on ${process.platform}/${process.arch}`);
  const browser = await chromium.launch(chromiumLaunchOptions());
  console.log(`browser: Chromium ${browser.version()}`);
  console.log('');
  console.log('   words       bytes      import        open   highlight');
  try {
    if (!process.argv.includes('--tagged-only')) {
      for (const words of SIZES) {
        const row = await measure(browser, words);
        console.log(
          `${row.words.toLocaleString('en-US').padStart(8)} ${row.bytes.toLocaleString('en-US').padStart(11)} ${ms(row.importMs)} ${ms(row.openMs)} ${ms(row.highlightMs)}`,
        );
      }
    }
    console.log('');
    console.log(
      `A ${TAGGED_WORDS.toLocaleString('en-US')}-word article with ${TAGGED_SPANS.toLocaleString('en-US')} spans`,
    );
    const t = await measureTagged(browser);
    console.log(`  spans in the document:        ${t.spans.toLocaleString('en-US')}`);
    console.log(
      `  open, click → frame with text + highlights: ${ms(t.openMs)}   (target ≤ 500 ms; longest task ${t.openLongTaskMs.toFixed(0)} ms)`,
    );
    console.log(`  open, wall clock:             ${ms(t.openWallMs)}   (includes Playwright's round trips)`);
    console.log(`  add a highlight, key → DOM:   ${ms(t.highlightInPageMs)}   (target ≤ 8 ms)`);
    console.log(`  add a highlight, key → frame: ${ms(t.highlightFrameMs)}`);
    console.log(`  add a highlight, wall clock:  ${ms(t.highlightWallMs)}   (includes Playwright round trips)`);
    console.log(
      `  add a highlight, longest task until saved: ${t.highlightLongTaskMs.toFixed(0)} ms   (0: none over 50 ms)`,
    );
    for (const p of t.scroll) {
      const drawn =
        p.drawnAfterMs === undefined ? '' : `; highlights mid-pane ${p.drawnAfterMs.toFixed(0)} ms after the last step`;
      console.log(
        `  scroll, ${p.name} (${p.ms.toFixed(0)} ms): ${p.longTasks.length} long tasks, longest ${Math.max(0, ...p.longTasks).toFixed(0)} ms${drawn}   (target: none over 50 ms)`,
      );
    }
  } finally {
    await browser.close();
  }
  console.log('');
  console.log('import:    file chooser → document listed');
  console.log('open:      click the document → its pane shows the last paragraph');
  console.log('highlight: mouse selection + key c → highlight present and "Saved"');
  console.log(
    "tagged:    spans written through the service's JSON store before the shell starts; figures measured in the page",
  );
  console.log(
    '           (click/keydown → DOM or next frame; long tasks from a PerformanceObserver; nothing else queries the page',
  );
  console.log(
    '           while opening). A document with more than 2,000 spans draws only the spans near the viewport, a block',
  );
  console.log(
    '           of lines a frame, and none while the pane scrolls by more than half its height a frame; a long text',
  );
  console.log('           skips layout off screen (content-visibility).');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
