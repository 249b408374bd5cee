/**
 * The user's view of Collate, in steps a user takes. This is the only file that knows how the UI is
 * found (docs/ui-contract.md); specs and the benchmark speak only through it.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export type LabelName = 'Claim' | 'Source' | 'Cue';

export interface ExportedSpan {
  id: string;
  start: number;
  end: number;
  label: string;
  text: string;
  attributes: Record<string, string>;
  author: string;
  created: string;
  modified: string;
}

export interface ExportedRecord {
  id: string;
  title: string;
  source: string;
  sha256: string;
  text: string;
  offset_unit: string;
  spans: ExportedSpan[];
  relations: Array<{ id: string; type: string; from: string; to: string }>;
}

export interface AppOptions {
  /** How this shell reloads its window; a page reload by default. */
  reload?: (page: Page) => Promise<unknown>;
  /** How long each wait for the UI may take (the benchmark's big files need longer); Playwright's default otherwise. */
  timeout?: number;
}

/** Client-side coordinates of the first and last character of a phrase in a pane. */
interface DragPoints {
  from: { x: number; y: number };
  to: { x: number; y: number };
}

export class App {
  private readonly expect: typeof expect;

  constructor(
    readonly page: Page,
    private readonly options: AppOptions = {},
  ) {
    this.expect = options.timeout ? expect.configure({ timeout: options.timeout }) : expect;
  }

  // ---- regions --------------------------------------------------------------------------------

  library(): Locator {
    return this.page.getByRole('navigation', { name: 'Library' });
  }

  documentList(): Locator {
    return this.library().getByRole('list', { name: 'Documents' });
  }

  importResults(): Locator {
    return this.page.getByRole('status', { name: 'Import results' });
  }

  saveStatus(): Locator {
    return this.page.getByRole('status', { name: 'Save status' });
  }

  annotationsPanel(): Locator {
    return this.page.getByRole('region', { name: 'Annotations' });
  }

  /** The annotations panel's items: label, quote and document each. */
  annotations(): Locator {
    return this.annotationsPanel().getByRole('list', { name: 'Annotations list' }).getByRole('listitem');
  }

  annotation(quote: string): Locator {
    return this.annotations().filter({ hasText: quote });
  }

  panes(): Locator {
    return this.page.getByRole('article');
  }

  pane(title: string): Locator {
    return this.page.getByRole('article', { name: title, exact: true });
  }

  /** The highlights shown in a pane, optionally only one label's. */
  highlights(title: string, label?: LabelName): Locator {
    const spans = this.pane(title).locator('.collate-span');
    return label ? spans.and(this.page.locator(`[data-label="${label}"]`)) : spans;
  }

  alerts(): Locator {
    return this.page.getByRole('alert');
  }

  // ---- steps ----------------------------------------------------------------------------------

  /** Waits until the app has loaded its workspace. */
  async ready(): Promise<void> {
    await this.expect(this.page.getByRole('button', { name: 'Import files', exact: true })).toBeVisible();
  }

  /** Clicks "Import files", picks the files in the file chooser, and waits until each has a result line. */
  async importFiles(...paths: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import files', exact: true }).click();
    await (await chooser).setFiles(paths);
    for (const path of paths) await this.expect(this.importResults()).toContainText(basename(path));
  }

  /** The import result line that names a file. */
  async importResult(path: string): Promise<string> {
    const name = basename(path);
    await this.expect(this.importResults()).toContainText(name);
    const text = await this.importResults().innerText();
    return text.split('\n').find((line) => line.includes(name)) ?? '';
  }

  documentButton(title: string): Locator {
    return this.documentList().getByRole('listitem').getByRole('button', { name: title, exact: true });
  }

  async expectImported(title: string): Promise<void> {
    await this.expect(this.documentButton(title)).toBeVisible();
  }

  async openDocument(title: string): Promise<void> {
    await this.documentButton(title).click();
    await this.expect(this.pane(title)).toBeVisible();
  }

  /** Waits until a pane shows a passage (e.g. its last paragraph). */
  async expectPaneShows(title: string, passage: string): Promise<void> {
    await this.expect
      .poll(() => this.pane(title).evaluate((el, p) => (el.textContent ?? '').includes(p), passage), {
        message: `the pane "${title}" should show "${passage}"`,
      })
      .toBe(true);
  }

  /**
   * Selects a phrase in a pane with a real mouse drag, from its first character to its last. The
   * points come from a DOM Range over the pane's text (the header and buttons are not text).
   */
  async selectText(title: string, phrase: string): Promise<void> {
    const pane = this.pane(title);
    await this.expect(pane).toBeVisible();
    // Runners that compile with esbuild's keepNames (tsx, for the benchmark) wrap named inner
    // functions in __name(), which the page lacks; a string is not compiled, so define it from one.
    await this.page.evaluate('globalThis.__name ??= (fn) => fn');
    const locate = (): Promise<DragPoints | string> =>
      pane.evaluate((article, wanted) => {
        const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
          acceptNode: (node) =>
            node.parentElement?.closest('header, button, [role="toolbar"], [aria-hidden="true"]')
              ? NodeFilter.FILTER_REJECT
              : NodeFilter.FILTER_ACCEPT,
        });
        const nodes: Text[] = [];
        let all = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push(n as Text);
          all += (n as Text).data;
        }
        const at = all.indexOf(wanted);
        if (at < 0) return `"${wanted}" is not in the pane's text`;
        const position = (offset: number): [Text, number] => {
          let seen = 0;
          for (const node of nodes) {
            if (offset < seen + node.data.length) return [node, offset - seen];
            seen += node.data.length;
          }
          const last = nodes[nodes.length - 1]!;
          return [last, last.data.length];
        };
        const charLength = (s: string, i: number): number => ((s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
        const lastCharAt = (() => {
          const chars = Array.from(wanted);
          return wanted.length - chars[chars.length - 1]!.length;
        })();
        const rectOf = (offset: number, length: number): DOMRect => {
          const range = document.createRange();
          const [startNode, startOffset] = position(offset);
          const [endNode, endOffset] = position(offset + length - 1);
          range.setStart(startNode, startOffset);
          range.setEnd(endNode, endOffset + 1);
          const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
          return rects[0] ?? range.getBoundingClientRect();
        };
        (position(at)[0].parentElement ?? article).scrollIntoView({ block: 'center', inline: 'nearest' });
        const first = rectOf(at, charLength(wanted, 0));
        const last = rectOf(at + lastCharAt, charLength(wanted, lastCharAt));
        return {
          from: { x: first.left + Math.min(first.width * 0.2, 2), y: first.top + first.height / 2 },
          to: { x: last.right - Math.min(last.width * 0.2, 2), y: last.top + last.height / 2 },
        };
      }, phrase);
    const points = await locate();
    if (typeof points === 'string') throw new Error(`Cannot select in "${title}": ${points}`);
    const mouse = this.page.mouse;
    await mouse.move(points.from.x, points.from.y);
    await mouse.down();
    await mouse.move((points.from.x + points.to.x) / 2, (points.from.y + points.to.y) / 2, { steps: 4 });
    await mouse.move(points.to.x, points.to.y, { steps: 4 });
    await mouse.up();
    await this.expect
      .poll(() => this.page.evaluate(() => window.getSelection()?.toString() ?? ''), {
        message: `the selection in "${title}" should be exactly "${phrase}"`,
      })
      .toBe(phrase);
  }

  /** Clicks the label's button in the "Labels" toolbar. */
  async tagSelection(label: LabelName): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Labels' }).getByRole('button', { name: label, exact: true }).click();
  }

  async pressKey(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Clicks an annotation in the panel and waits until it is the selected one. */
  async selectAnnotation(quote: string): Promise<void> {
    const item = this.annotation(quote);
    await this.expect(item).toHaveCount(1);
    await item.click();
    await this.expect(item).toHaveAttribute('aria-selected', 'true');
  }

  async deleteSelectedAnnotation(via: 'button' | 'key' = 'button'): Promise<void> {
    if (via === 'button') await this.page.getByRole('button', { name: 'Delete annotation', exact: true }).click();
    else await this.page.keyboard.press('Delete');
  }

  async expectSaved(): Promise<void> {
    await this.expect(this.saveStatus()).toHaveText('Saved');
  }

  /** Reloads the window, as after a restart, and waits for the app. */
  async reload(): Promise<void> {
    if (this.options.reload) await this.options.reload(this.page);
    else await this.page.reload();
    await this.ready();
  }

  /** Clicks "Export JSONL" and returns the downloaded file's records. */
  async exportJsonl(): Promise<{ fileName: string; records: ExportedRecord[] }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export JSONL', exact: true }).click();
    const file = await download;
    const path = await file.path();
    const content = await readFile(path, 'utf8');
    const records = content
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as ExportedRecord);
    return { fileName: file.suggestedFilename(), records };
  }

  // ---- checks ---------------------------------------------------------------------------------

  /** The element of a pane that scrolls (the article itself or a box inside it), its scrollTop and its room to scroll. */
  async paneScroll(title: string): Promise<{ top: number; scrollable: number }> {
    return this.pane(title).evaluate((article) => {
      const candidates = [article, ...Array.from(article.querySelectorAll<HTMLElement>('*'))];
      const scroller = candidates.find((el) => {
        const overflow = getComputedStyle(el).overflowY;
        return (overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight;
      });
      return scroller ? { top: scroller.scrollTop, scrollable: scroller.scrollHeight - scroller.clientHeight } : { top: 0, scrollable: 0 };
    });
  }

  /** Scrolls one pane with the mouse wheel over it. */
  async scrollPane(title: string, deltaY: number): Promise<void> {
    const box = await this.pane(title).boundingBox();
    if (!box) throw new Error(`The pane "${title}" is not on screen.`);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.66);
    await this.page.mouse.wheel(0, deltaY);
  }

  async windowScrollY(): Promise<number> {
    return this.page.evaluate(() => window.scrollY);
  }

  /** The computed background colour of a highlight, as "rgb(r, g, b)" or "rgba(…)". */
  async backgroundOf(highlight: Locator): Promise<string> {
    return highlight.evaluate((el) => getComputedStyle(el).backgroundColor);
  }
}
