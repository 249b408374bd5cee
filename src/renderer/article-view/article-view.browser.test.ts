/**
 * The article view in a real browser: offsets to and from the DOM, painting, windowing and
 * incremental repaints. The module is bundled on the fly and driven through Playwright.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../e2e/launch';

interface Span {
  id: string;
  label: string;
  start: number;
  end: number;
  fragments?: Array<{ start: number; end: number }>;
}

declare global {
  interface Window {
    Collate: typeof import('./article-view');
    view: import('./article-view').ArticleView;
  }
}

const FLAGS = { selectedId: null, peerIds: [] as string[], linkedIds: [] as string[] };
const PAGE = `<!doctype html><style>
  .pane-scroll { height: 400px; width: 600px; overflow-y: auto; }
  .article-text { font: 16px/1.6 serif; white-space: pre-wrap; word-wrap: break-word; }
  .article-block, .article-text p { margin: 0; min-height: 1.6em; }
  .article-text.is-long .article-block { content-visibility: auto; }
</style><div class="pane-scroll" id="scroller"></div>`;

let browser: Browser;
let page: Page;

/** Mounts a view of `text` in the page's scroller, with these spans drawn. */
async function mount(text: string, spans: Span[] = []): Promise<void> {
  await page.setContent(PAGE);
  await page.addScriptTag({ content: bundle });
  await page.evaluate(
    ([text, spans, flags]) => {
      const view = new window.Collate.ArticleView(text);
      document.getElementById('scroller')!.append(view.dom);
      view.attach();
      const f = {
        selectedId: flags.selectedId,
        peerIds: new Set(flags.peerIds),
        linkedIds: new Set(flags.linkedIds),
        contradictedIds: new Set<string>(),
      };
      view.update(spans, f, new Map([['Claim', '#f2b705']]));
      window.view = view;
    },
    [text, spans, FLAGS] as const,
  );
}

const frames = (n = 2): Promise<void> =>
  page.evaluate(
    (n) =>
      new Promise<void>((done) => {
        const step = (left: number): void => void (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    n,
  );

/** Offsets (all, or those in the given ranges) mapped to a DOM point and back; those that did not come back. */
const roundTripFailures = (ranges?: Array<[number, number]>): Promise<number[]> =>
  page.evaluate((ranges) => {
    const bad: number[] = [];
    for (const [from, to] of ranges ?? [[0, window.view.text.length]]) {
      for (let t = from; t <= to; t++) {
        const at = window.view.pointAt(t);
        if (window.view.offsetOf(at.node, at.offset) !== t) bad.push(t);
      }
    }
    return bad;
  }, ranges);

let bundle = '';

beforeAll(async () => {
  const out = await build({
    stdin: { contents: "export * from './article-view';", resolveDir: join(import.meta.dirname), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'Collate',
    write: false,
  });
  bundle = out.outputFiles[0]!.text;
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

const MIXED = 'Le ministre a dit 😀 que\n\n港口报告 said “no”.\nمرحبا بالعالم and more\n\n\nlast line 👩‍👩‍👧 end';

describe('ArticleView offsets', () => {
  it('maps every offset to the DOM and back, in painted lines and in the plain blocks of a long text', async () => {
    const long =
      Array.from({ length: 3000 }, (_, i) => (i % 3 === 2 ? '' : `Line ${i} with 😀 and 港口 text`)).join('\n') + '\n';
    await mount(MIXED);
    expect(await roundTripFailures()).toEqual([]);
    const emoji = MIXED.indexOf('😀');
    await mount(MIXED, [
      { id: 'a', label: 'Claim', start: 3, end: emoji + 2 },
      { id: 'b', label: 'Claim', start: emoji, end: MIXED.indexOf('said') + 4 },
    ]);
    expect(await roundTripFailures()).toEqual([]);
    const painted = long.indexOf('Line 40 ');
    await mount(long, [{ id: 'c', label: 'Claim', start: painted, end: long.indexOf('Line 41 ') + 4 }]);
    const plain = await page.evaluate(() => window.view.dom.querySelectorAll('.article-block > p').length < 200);
    expect(plain).toBe(true);
    expect(
      await roundTripFailures([
        [0, 3000],
        [long.indexOf('Line 1500 ') - 5, long.indexOf('Line 1600 ')],
        [long.length - 500, long.length],
      ]),
    ).toEqual([]);
  });

  it('keeps the text exactly: the view reads back as the text, line by line', async () => {
    await mount(MIXED, [{ id: 'a', label: 'Claim', start: 0, end: 10 }]);
    const lines = await page.evaluate(() =>
      Array.from(window.view.dom.querySelectorAll('p')).map((p) => p.textContent),
    );
    expect(lines).toEqual(MIXED.split('\n'));
  });
});

describe('ArticleView painting', () => {
  it('nests a span inside the span that holds it, each element holding exactly its own text', async () => {
    const text = 'The minister said forty boats sank that night.';
    const outer = { id: 'outer', label: 'Claim', start: 4, end: 38 };
    const inner = { id: 'inner', label: 'Claim', start: 18, end: 29 };
    await mount(text, [outer, inner]);
    const found = await page.evaluate(() => {
      const el = (id: string): Element => window.view.dom.querySelector(`[data-span-id="${id}"]`)!;
      return {
        outer: el('outer').textContent,
        inner: el('inner').textContent,
        nested: el('outer').contains(el('inner')),
        lanes: [el('outer').className, el('inner').className],
      };
    });
    expect(found.outer).toBe(text.slice(4, 38));
    expect(found.inner).toBe(text.slice(18, 29));
    expect(found.nested).toBe(true);
    expect(found.lanes).toEqual(['collate-span lane-0', 'collate-span lane-1']);
  });

  it('splits a crossing span where it crosses, and draws only the pieces of a discontinuous one', async () => {
    const text = 'alpha beta gamma delta epsilon';
    await mount(text, [
      { id: 'x', label: 'Claim', start: 0, end: 16 },
      { id: 'y', label: 'Claim', start: 6, end: 22 },
      {
        id: 'z',
        label: 'Claim',
        start: 0,
        end: 30,
        fragments: [
          { start: 0, end: 5 },
          { start: 23, end: 30 },
        ],
      },
    ]);
    const texts = await page.evaluate(() =>
      Object.fromEntries(
        ['x', 'y', 'z'].map((id) => [
          id,
          Array.from(window.view.dom.querySelectorAll(`[data-span-id="${id}"]`)).map((e) => e.textContent),
        ]),
      ),
    );
    expect(texts['x']!.join('')).toBe('alpha beta gamma');
    expect(texts['y']!.join('')).toBe('beta gamma delta');
    expect(texts['z']).toEqual(['alpha', 'epsilon']);
  });

  it('repaints only the line of a span added, and keeps a selection made across it', async () => {
    const text = 'first line here\nsecond line here\nthird line here';
    await mount(text, [{ id: 'a', label: 'Claim', start: 0, end: 5 }]);
    // The reader's selection, with the event that announces it.
    await page.evaluate(
      () =>
        new Promise((selected) => {
          document.addEventListener('selectionchange', selected, { once: true });
          const textNode = window.view.dom.querySelectorAll('p')[1]!.firstChild!;
          document.getSelection()!.setBaseAndExtent(textNode, 7, textNode, 11);
        }),
    );
    const result = await page.evaluate(() => {
      const [first, second, third] = Array.from(window.view.dom.querySelectorAll('p'));
      const before = document.getSelection()!.toString();
      const flags = {
        selectedId: null,
        peerIds: new Set<string>(),
        linkedIds: new Set<string>(),
        contradictedIds: new Set<string>(),
      };
      const spans = [{ id: 'a', label: 'Claim', start: 0, end: 5 }];
      window.view.update(spans, flags, new Map());
      window.view.update([...spans, { id: 'b', label: 'Claim', start: 16, end: 22 }], flags, new Map());
      const after = Array.from(window.view.dom.querySelectorAll('p'));
      return {
        before,
        after: document.getSelection()!.toString(),
        kept: [after[0] === first, after[2] === third],
        drawn: second!.querySelector('[data-span-id="b"]')?.textContent,
      };
    });
    expect(result.before).toBe('line');
    expect(result.after).toBe('line');
    expect(result.kept).toEqual([true, true]);
    expect(result.drawn).toBe('second');
  });

  it("previews a new span selected, and the app's update that follows changes nothing", async () => {
    await mount('one two three\nfour five', [{ id: 'a', label: 'Claim', start: 0, end: 3 }]);
    const result = await page.evaluate(() => {
      const colours = new Map([['Claim', '#aa0000']]);
      const before = [{ id: 'a', label: 'Claim', start: 0, end: 3 }];
      window.view.update(
        before,
        { selectedId: 'a', peerIds: new Set(['x']), linkedIds: new Set(), contradictedIds: new Set() },
        colours,
      );
      const after = [...before, { id: 'b', label: 'Source', start: 4, end: 7 }];
      window.view.preview(after, 'b');
      const drawn = window.view.dom.querySelector('[data-span-id="b"]');
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe(window.view.dom, { subtree: true, childList: true, attributes: true, characterData: true });
      window.view.update(
        after,
        { selectedId: 'b', peerIds: new Set(), linkedIds: new Set(), contradictedIds: new Set() },
        colours,
      );
      changes.push(...observer.takeRecords());
      return {
        drawn: drawn?.className,
        text: drawn?.textContent,
        changes: changes.length,
        oldSelected: window.view.dom.querySelector('[data-span-id="a"]')?.className,
      };
    });
    expect(result).toEqual({
      drawn: 'collate-span is-selected lane-0',
      text: 'two',
      changes: 0,
      oldSelected: 'collate-span lane-0',
    });
  });

  it('clears the selection only when it is in its text', async () => {
    await page.setContent(`${PAGE}<p id="outside">elsewhere</p>`);
    await page.addScriptTag({ content: bundle });
    const result = await page.evaluate(() => {
      const view = new window.Collate.ArticleView('some text');
      document.getElementById('scroller')!.append(view.dom);
      view.attach();
      const selection = document.getSelection()!;
      const outside = document.getElementById('outside')!.firstChild!;
      selection.setBaseAndExtent(outside, 0, outside, 4);
      view.clearSelection();
      const kept = selection.toString();
      const inside = view.pointAt(2);
      selection.setBaseAndExtent(inside.node, inside.offset, inside.node, inside.offset + 4);
      view.clearSelection();
      return { kept, after: selection.rangeCount };
    });
    expect(result).toEqual({ kept: 'else', after: 0 });
  });
});

describe('ArticleView windowing', () => {
  it('draws the spans of a heavily tagged text near the viewport only, and follows the scroll', async () => {
    const text = Array.from({ length: 1200 }, (_, i) => `Paragraph ${i} says something about the harbour.`).join('\n');
    const spans: Span[] = [];
    for (let i = 0; i < 1200; i++) {
      const at = text.indexOf(`Paragraph ${i} `);
      spans.push(
        { id: `a${i}`, label: 'Claim', start: at, end: at + 9 },
        { id: `b${i}`, label: 'Claim', start: at + 10, end: at + 20 },
      );
    }
    await mount(text, spans);
    await frames();
    const top = await page.evaluate(() => ({
      count: window.view.dom.querySelectorAll('.collate-span').length,
      first: !!window.view.dom.querySelector('[data-span-id="a0"]'),
      last: !!window.view.dom.querySelector('[data-span-id="a1199"]'),
    }));
    expect(top.first).toBe(true);
    expect(top.last).toBe(false);
    expect(top.count).toBeLessThan(400);
    await page.evaluate(() => {
      const scroller = document.getElementById('scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
    });
    await frames(2);
    // A jump is a fast scroll: the text alone until the pane settles, then its highlights.
    expect(await page.evaluate(() => !!window.view.dom.querySelector('[data-span-id="a1199"]'))).toBe(false);
    await page.waitForTimeout(150);
    await frames(4);
    // Lines scrolled far from are redrawn plain once the page is idle.
    await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle)));
    const bottom = await page.evaluate(() => ({
      count: window.view.dom.querySelectorAll('.collate-span').length,
      first: !!window.view.dom.querySelector('[data-span-id="a0"]'),
      last: !!window.view.dom.querySelector('[data-span-id="a1199"]'),
    }));
    expect(bottom.last).toBe(true);
    expect(bottom.first).toBe(false);
    expect(bottom.count).toBeLessThan(400);
  });

  it('draws a span far from the viewport when asked to scroll to it', async () => {
    const text = Array.from({ length: 1200 }, (_, i) => `Paragraph ${i} says something.`).join('\n');
    const spans: Span[] = [];
    for (let i = 0; i < 2400; i++) {
      const at = text.indexOf(`Paragraph ${i >> 1} `);
      spans.push({ id: `s${i}`, label: 'Claim', start: at + (i % 2) * 10, end: at + (i % 2) * 10 + 9 });
    }
    await mount(text, spans);
    await frames();
    const shown = await page.evaluate(() => {
      window.view.scrollToSpan('s2001', undefined, 'auto');
      const missing = !window.view.dom.querySelector('[data-span-id="s2001"]');
      window.view.scrollToSpan('s2001', window.view.text.indexOf('Paragraph 1000 ') + 10, 'auto');
      const el = window.view.dom.querySelector('[data-span-id="s2001"]');
      const box = el?.getBoundingClientRect();
      const pane = document.getElementById('scroller')!.getBoundingClientRect();
      return { missing, text: el?.textContent, inView: !!box && box.top >= pane.top && box.bottom <= pane.bottom };
    });
    const at = text.indexOf('Paragraph 1000 ') + 10;
    expect(shown).toEqual({ missing: true, text: text.slice(at, at + 9), inView: true });
  });
});
