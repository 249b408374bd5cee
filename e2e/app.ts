/**
 * The user's view of Collate, in steps a user takes. This is the only file that knows how the UI is
 * found (docs/ui-contract.md); specs and the benchmark speak only through it.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';

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
    return this.library().getByRole('listbox', { name: 'Documents' });
  }

  /** The documents the library has rendered (only those near its viewport: the list is virtualized). */
  documentOptions(): Locator {
    return this.documentList().getByRole('option');
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

  /** The one-row toolbar over the window. */
  toolbar(): Locator {
    return this.page.getByRole('banner', { name: 'Workbench toolbar' });
  }

  moreMenu(): Locator {
    return this.page.getByRole('menu', { name: 'More' });
  }

  /** An entry of the open More menu, whatever its kind (command, option, choice). */
  menuEntry(name: string): Locator {
    const menu = this.moreMenu();
    return menu
      .getByRole('menuitem', { name, exact: true })
      .or(menu.getByRole('menuitemcheckbox', { name, exact: true }))
      .or(menu.getByRole('menuitemradio', { name, exact: true }));
  }

  // ---- steps ----------------------------------------------------------------------------------

  async openMoreMenu(): Promise<void> {
    if (await this.moreMenu().isVisible()) return;
    await this.toolbar().getByRole('button', { name: 'More', exact: true }).click();
    await this.expect(this.moreMenu()).toBeVisible();
  }

  /** Runs a toolbar command: its button on the row, or its entry in the More menu when its group did not fit. */
  async toolbarCommand(name: string): Promise<void> {
    const button = this.toolbar().getByRole('button', { name, exact: true });
    if (await button.isVisible()) return button.click();
    await this.openMoreMenu();
    await this.menuEntry(name).click();
  }

  /** Whether a toolbar toggle (Suggestions, Inspector, a view) is on, wherever it is shown. */
  async commandIsOn(name: string): Promise<boolean> {
    const button = this.toolbar().getByRole('button', { name, exact: true });
    if (await button.isVisible()) return (await button.getAttribute('aria-pressed')) === 'true';
    await this.openMoreMenu();
    const on = (await this.menuEntry(name).getAttribute('aria-checked')) === 'true';
    await this.page.keyboard.press('Escape');
    return on;
  }

  /** Turns a display option of the More menu on or off. */
  async setOption(name: 'Sync scroll' | 'Hide boilerplate' | 'Snap to words', on: boolean): Promise<void> {
    await this.openMoreMenu();
    const entry = this.menuEntry(name);
    if ((await entry.getAttribute('aria-checked')) === String(on)) return this.page.keyboard.press('Escape');
    await entry.click();
    await this.openMoreMenu();
    await this.expect(this.menuEntry(name)).toHaveAttribute('aria-checked', String(on));
    await this.page.keyboard.press('Escape');
  }

  async chooseLayout(name: 'Side by side' | 'Stacked' | 'Grid'): Promise<void> {
    await this.openMoreMenu();
    await this.menuEntry(name).click();
  }

  async toggleInspector(): Promise<void> {
    await this.toolbarCommand('Inspector');
  }

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
    return this.documentList().getByRole('option', { name: title, exact: true });
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
        // A long text keeps the lines nothing is drawn on as one text node per block of lines,
        // taller than the pane: bring the phrase itself to the middle of the pane's scroller.
        const scroller = (() => {
          for (let el = position(at)[0].parentElement; el && el !== article; el = el.parentElement) {
            if (/(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight) return el;
          }
          return null;
        })();
        if (scroller) {
          const box = scroller.getBoundingClientRect();
          scroller.scrollTop += rectOf(at, charLength(wanted, 0)).top - (box.top + box.height / 2);
        }
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
    await this.expect(item).toHaveAttribute('aria-current', 'true');
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
    await this.toolbarCommand('Export JSONL');
    const file = await download;
    const path = await file.path();
    const content = await readFile(path, 'utf8');
    const records = content
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as ExportedRecord);
    return { fileName: file.suggestedFilename(), records };
  }

  // ---- export dataset, report, import progress --------------------------------------------------

  exportDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Export dataset' });
  }

  /**
   * Opens "Export dataset…", picks the format (and a split, when given), presses Export and
   * returns the downloaded zip's files (path → text) and the dialog's "Export warnings".
   */
  async exportDataset(
    format: string,
    options: { split?: { train: number; dev: number; test: number; seed: string }; layer?: string } = {},
  ): Promise<{ fileName: string; files: Record<string, string>; warnings: string }> {
    await this.toolbarCommand('Export dataset…');
    const dialog = this.exportDialog();
    await this.expect(dialog).toBeVisible();
    const picker = dialog.getByRole('combobox', { name: 'Format' });
    await this.expect(picker).toBeEnabled();
    await picker.selectOption(format);
    if (options.layer) await dialog.getByRole('combobox', { name: 'Layer' }).selectOption(options.layer);
    if (options.split) {
      await dialog.getByRole('checkbox', { name: 'Split into train / dev / test' }).check();
      await dialog.getByRole('spinbutton', { name: 'Train share' }).fill(String(options.split.train));
      await dialog.getByRole('spinbutton', { name: 'Dev share' }).fill(String(options.split.dev));
      await dialog.getByRole('spinbutton', { name: 'Test share' }).fill(String(options.split.test));
      await dialog.getByRole('textbox', { name: 'Seed' }).fill(options.split.seed);
    }
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    const bytes = new Uint8Array(await readFile(await file.path()));
    const files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
    const warnings = dialog.getByRole('status', { name: 'Export warnings' });
    await this.expect(warnings).toBeVisible();
    const text = await warnings.innerText();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await this.expect(dialog).toHaveCount(0);
    return { fileName: file.suggestedFilename(), files, warnings: text };
  }

  /** Opens "Report…", gives it a title when asked, presses HTML or Markdown, and returns the downloaded report. */
  async downloadReport(format: 'html' | 'md', title?: string): Promise<{ fileName: string; content: string }> {
    await this.toolbarCommand('Report…');
    const dialog = this.page.getByRole('dialog', { name: 'Report' });
    await this.expect(dialog).toBeVisible();
    if (title !== undefined) await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: format === 'html' ? 'HTML' : 'Markdown', exact: true }).click();
    const file = await download;
    const content = await readFile(await file.path(), 'utf8');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await this.expect(dialog).toHaveCount(0);
    return { fileName: file.suggestedFilename(), content };
  }

  /**
   * Holds back the service's answers about export jobs for `ms` each, as on a big workspace: the
   * job's progress stays on screen long enough to be seen and cancelled. Browser shell only (HTTP).
   * Returns the function that lets answers through again.
   */
  private async slowExportJobs(ms: number): Promise<() => Promise<void>> {
    const pattern = '**/api/exportJobStatus';
    await this.page.route(pattern, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      await route.continue().catch(() => undefined);
    });
    return () => this.page.unroute(pattern);
  }

  /**
   * Starts an export or a report from its dialog on a (made) slow service, reads its progress bar,
   * presses Cancel and waits past the moment the result would have arrived. Returns what the bar
   * said, how many downloads happened and how many alerts showed (none of either, when Cancel works).
   */
  async startThenCancel(
    what: { dataset: string } | { report: 'html' | 'md' },
  ): Promise<{ progress: string; downloads: number; alerts: number }> {
    const HELD_MS = 1500;
    const downloads: Download[] = [];
    const onDownload = (download: Download): void => void downloads.push(download);
    this.page.on('download', onDownload);
    const release = await this.slowExportJobs(HELD_MS);
    const isDataset = 'dataset' in what;
    const dialog = isDataset ? this.exportDialog() : this.page.getByRole('dialog', { name: 'Report' });
    let progress = '';
    let alerts = 0;
    try {
      await this.toolbarCommand(isDataset ? 'Export dataset…' : 'Report…');
      await this.expect(dialog).toBeVisible();
      if (isDataset) {
        const picker = dialog.getByRole('combobox', { name: 'Format' });
        await this.expect(picker).toBeEnabled();
        await picker.selectOption(what.dataset);
        await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      } else {
        await dialog.getByRole('button', { name: what.report === 'html' ? 'HTML' : 'Markdown', exact: true }).click();
      }
      const bar = dialog.getByRole('progressbar', { name: isDataset ? 'Export progress' : 'Report progress' });
      await this.expect(bar).toBeVisible();
      progress = (await bar.getAttribute('aria-valuetext')) ?? '';
      await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
      await this.expect(
        dialog.getByRole('status', { name: isDataset ? 'Export cancelled' : 'Report cancelled' }),
      ).toBeVisible();
      await this.expect(bar).toHaveCount(0);
      // Past the held answer: a result arriving after Cancel must not be downloaded.
      await this.page.waitForTimeout(HELD_MS + 1000);
      alerts = await this.alerts().count();
    } finally {
      await release();
      this.page.off('download', onDownload);
    }
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await this.expect(dialog).toHaveCount(0);
    return { progress, downloads: downloads.length, alerts };
  }

  importProgress(): Locator {
    return this.page.getByRole('progressbar', { name: 'Import progress' });
  }

  /**
   * Records every state the "Import progress" bar shows from now on (it comes and goes quickly);
   * the returned function reads them as `[valuenow, valuemax]` pairs.
   */
  async watchImportProgress(): Promise<() => Promise<Array<[number, number]>>> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __importProgress?: Array<[number, number]> };
      const seen: Array<[number, number]> = [];
      w.__importProgress = seen;
      const record = (): void => {
        const bar = document.querySelector('[role="progressbar"][aria-label="Import progress"]');
        if (!bar) return;
        const pair: [number, number] = [
          Number(bar.getAttribute('aria-valuenow')),
          Number(bar.getAttribute('aria-valuemax')),
        ];
        const last = seen[seen.length - 1];
        if (!last || last[0] !== pair[0] || last[1] !== pair[1]) seen.push(pair);
      };
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-valuenow'],
      });
    });
    return () =>
      this.page.evaluate(
        () => (window as unknown as { __importProgress?: Array<[number, number]> }).__importProgress ?? [],
      );
  }

  // ---- the workbench: inspector, undo, links, groups, views, search ------------------------------

  inspector(): Locator {
    return this.page.getByRole('region', { name: 'Inspector' });
  }

  /** Selects a phrase with the mouse and tags it, then waits for the highlight and "Saved". */
  async tag(title: string, phrase: string, label: LabelName | string): Promise<void> {
    await this.selectText(title, phrase);
    await this.page.getByRole('toolbar', { name: 'Labels' }).getByRole('button', { name: label, exact: true }).click();
    await this.expect(
      this.pane(title)
        .locator(`.collate-span[data-label="${label}"]`)
        .filter({ hasText: phrase.split(' ')[0]! })
        .first(),
    ).toBeVisible();
    await this.expectSaved();
  }

  /** Clicks a highlight in a pane (the first element of the span holding the text). */
  async clickHighlight(title: string, text: string): Promise<void> {
    await this.highlights(title).filter({ hasText: text }).last().click();
  }

  async undo(via: 'button' | 'key' = 'key'): Promise<void> {
    if (via === 'button') await this.page.getByRole('button', { name: 'Undo', exact: true }).click();
    else await this.page.keyboard.press('Control+z');
    await this.expectSaved();
  }

  async redo(via: 'button' | 'key' | 'ctrl-y' = 'key'): Promise<void> {
    if (via === 'button') await this.page.getByRole('button', { name: 'Redo', exact: true }).click();
    else await this.page.keyboard.press(via === 'ctrl-y' ? 'Control+y' : 'Control+Shift+z');
    await this.expectSaved();
  }

  /** Picks a value in one of the inspector's fields (Label, an attribute, Pick a source, Claim group…). */
  async chooseInInspector(field: string, option: string | RegExp): Promise<void> {
    const select = this.inspector().getByRole('combobox', { name: field, exact: true });
    const options = await select.locator('option').allTextContents();
    const wanted = options.find((o) => (typeof option === 'string' ? o.includes(option) : option.test(o)));
    if (wanted === undefined)
      throw new Error(`"${field}" offers no option like ${String(option)}: ${options.join(' | ')}`);
    await select.selectOption({ label: wanted });
  }

  async setAttribute(name: string, value: string): Promise<void> {
    await this.chooseInInspector(name, value);
    await this.expectSaved();
  }

  /** Types a note into the inspector's rich-text note, the first words in bold. */
  async writeNote(bold: string, rest: string): Promise<void> {
    const note = this.inspector().getByRole('textbox', { name: 'Note', exact: true });
    await note.click();
    await this.page.keyboard.press('Control+b');
    await this.page.keyboard.type(bold);
    await this.page.keyboard.press('Control+b');
    await this.page.keyboard.type(rest);
    // Leaving the note saves it.
    await this.inspector().getByRole('heading', { name: 'Inspector' }).click();
    await this.expectSaved();
  }

  links(): Locator {
    return this.inspector().getByRole('list', { name: 'Links' }).getByRole('listitem');
  }

  /**
   * Attributes the selected claim without the mouse: the key `a` opens the "Attribute to source"
   * list, arrows move to the source, Enter links.
   */
  async attributeWithKeyboard(source: string): Promise<void> {
    await this.page.keyboard.press('a');
    const list = this.page.getByRole('listbox', { name: 'Attribute to source' });
    await this.expect(list).toBeFocused();
    const options = list.getByRole('option');
    const count = await options.count();
    for (let i = 0; i < count; i++) {
      const active = list.getByRole('option', { selected: true });
      if ((await active.innerText()).includes(source)) break;
      await this.page.keyboard.press('ArrowDown');
    }
    await this.expect(list.getByRole('option', { selected: true })).toContainText(source);
    await this.page.keyboard.press('Enter');
    await this.expect(list).toHaveCount(0);
    await this.expectSaved();
  }

  /** The text of each option in the attribution list, in order (then closes it). */
  async attributionChoices(): Promise<string[]> {
    await this.page.keyboard.press('a');
    const list = this.page.getByRole('listbox', { name: 'Attribute to source' });
    await this.expect(list).toBeFocused();
    const texts = await list.getByRole('option').allInnerTexts();
    await this.page.keyboard.press('Escape');
    await this.expect(list).toHaveCount(0);
    return texts;
  }

  /**
   * Puts claims from several articles into one claim group: the first member starts the group
   * ("New claim group"), the statement is typed, every other member is added with "Add to group".
   */
  async createClaimGroup(statement: string, members: ReadonlyArray<{ quote: string }>): Promise<void> {
    const [first, ...rest] = members;
    if (!first) throw new Error('A claim group needs a member.');
    await this.selectAnnotation(first.quote);
    await this.inspector().getByRole('button', { name: 'New claim group', exact: true }).click();
    const box = this.inspector().getByRole('textbox', { name: 'Canonical statement' });
    await box.fill(statement);
    await box.press('Enter');
    await this.expect(this.inspector().getByRole('textbox', { name: 'Canonical statement' })).toHaveValue(statement);
    await this.expectSaved();
    for (const member of rest) {
      await this.selectAnnotation(member.quote);
      await this.chooseInInspector('Claim group', statement);
      await this.inspector().getByRole('button', { name: 'Add to group', exact: true }).click();
      await this.expect(this.inspector().getByRole('textbox', { name: 'Canonical statement' })).toHaveValue(statement);
      await this.expectSaved();
    }
  }

  /** Marks the selected claim as contradicting or supporting another. */
  async relateClaims(type: 'Contradicts' | 'Supports', other: string): Promise<void> {
    await this.chooseInInspector('Other claim', other);
    await this.inspector().getByRole('button', { name: type, exact: true }).click();
    await this.expectSaved();
  }

  // ---- curation ---------------------------------------------------------------------------------

  curation(): Locator {
    return this.page.getByRole('region', { name: 'Curation' });
  }

  curationProgress(): Locator {
    return this.curation().getByRole('status', { name: 'Curation progress' });
  }

  disagreements(): Locator {
    return this.curation().getByRole('listbox', { name: 'Disagreements' }).getByRole('option');
  }

  /** The lane of one layer (an annotator's name, or `curated`) in the focused disagreement. */
  lane(layer: string): Locator {
    return this.curation().getByRole('group', { name: `Layer ${layer}`, exact: true });
  }

  /** The highlighted spans in one layer's lane (their text). */
  laneSpans(layer: string): Locator {
    return this.lane(layer).locator('mark');
  }

  /** The links the curated layer holds in the focused disagreement about relations or groups. */
  curatedLinks(): Locator {
    return this.curation().getByLabel('Curated links');
  }

  /** Ctrl+Z in the curation view: the last decision is undone. */
  async undoByKeyboard(): Promise<void> {
    const before = await this.curationProgress().innerText();
    await this.curation().focus();
    await this.page.keyboard.press('Control+z');
    await this.expect(this.curationProgress()).not.toHaveText(before);
  }

  /** Opens the curation view on a document (its agreements are merged into the curated layer). */
  async openCuration(title: string): Promise<void> {
    await this.openView('Curation');
    await this.expect(this.curation()).toBeVisible();
    await this.curation().getByRole('combobox', { name: 'Document to curate' }).selectOption({ label: title });
    await this.expect(this.curationProgress()).toBeVisible();
  }

  /** Presses keys in the curation view, as a curator does: n/p move, a/b take a side, t both, r reject. */
  async curateByKeyboard(...keys: string[]): Promise<void> {
    await this.curation().focus();
    for (const key of keys) {
      const before = await this.curationProgress().innerText();
      await this.page.keyboard.press(key);
      if (['a', 'b', 't', 'r'].includes(key)) await this.expect(this.curationProgress()).not.toHaveText(before);
    }
  }

  async openView(name: 'Articles' | 'Claims matrix' | 'Sources' | 'Curation'): Promise<void> {
    await this.toolbarCommand(name);
  }

  async openMatrix(): Promise<Locator> {
    await this.openView('Claims matrix');
    const table = this.page.getByRole('table', { name: 'Claims matrix' });
    await this.expect(table).toBeVisible();
    return table;
  }

  async openSources(): Promise<Locator> {
    await this.openView('Sources');
    const region = this.page.getByRole('region', { name: 'Sources' });
    await this.expect(region).toBeVisible();
    return region.getByRole('table', { name: 'Sources table' });
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search', exact: true });
  }

  searchStatus(): Locator {
    return this.page.getByRole('status', { name: 'Search results' });
  }

  /** Focuses search from the keyboard (Ctrl+F) and types a query. */
  async search(query: string, options: { regex?: boolean; scope?: 'All open' | 'This document' } = {}): Promise<void> {
    const regex = this.page.getByRole('search', { name: 'Search documents' }).getByRole('checkbox', { name: 'Regex' });
    if ((await regex.isChecked()) !== !!options.regex) await regex.setChecked(!!options.regex);
    if (options.scope)
      await this.page.getByRole('combobox', { name: 'Search in' }).selectOption({ label: options.scope });
    await this.page.keyboard.press('Control+f');
    await this.expect(this.searchBox()).toBeFocused();
    await this.searchBox().fill(query);
  }

  searchHits(title?: string): Locator {
    return (title ? this.pane(title) : this.page).locator('.search-hit');
  }

  currentHit(): Locator {
    return this.page.locator('.search-hit.is-current');
  }

  async filterAnnotations(filter: {
    label?: string;
    document?: string;
    text?: string;
    attribute?: string;
  }): Promise<void> {
    const panel = this.annotationsPanel();
    if (filter.label !== undefined)
      await panel.getByRole('combobox', { name: 'Filter by label' }).selectOption({ label: filter.label });
    if (filter.document !== undefined)
      await panel.getByRole('combobox', { name: 'Filter by document' }).selectOption({ label: filter.document });
    if (filter.attribute !== undefined)
      await panel.getByRole('combobox', { name: 'Filter by attribute' }).selectOption({ label: filter.attribute });
    if (filter.text !== undefined) await panel.getByRole('searchbox', { name: 'Filter by text' }).fill(filter.text);
  }

  /** Focuses a pane's text from the keyboard (Alt+1…4). */
  async focusPaneText(position: number, title: string): Promise<void> {
    await this.page.keyboard.press(`Alt+${position}`);
    await this.expect(this.pane(title).getByLabel(`Text of ${title}`)).toBeFocused();
  }

  /** The pane's text after the keyboard caret (the next 500 characters, paragraphs run together). */
  private async textAfterCaret(title: string): Promise<string | null> {
    return this.pane(title).evaluate((article) => {
      const caret = article.querySelector('.kbd-caret');
      const root = caret?.closest('.article-text');
      if (!caret || !root) return null;
      const range = document.createRange();
      range.setStartAfter(caret);
      range.setEnd(root, root.childNodes.length);
      return range.toString().slice(0, 500);
    });
  }

  /**
   * Makes a selection with the keyboard only: Ctrl+→ moves the caret word by word (Ctrl+↓ by
   * sentence first, when `sentences` is given) until the phrase follows it, then Ctrl+Shift+→
   * extends over the phrase's words.
   */
  async selectWithKeyboard(title: string, phrase: string): Promise<void> {
    await this.caretBefore(title, phrase);
    // To the phrase's first word: to its end, then back to its start.
    await this.page.keyboard.press('Control+ArrowRight');
    await this.page.keyboard.press('Control+ArrowLeft');
    const words = phrase.match(/[\p{L}\p{N}_'’-]+/gu)?.length ?? 0;
    for (let i = 0; i < words; i++) await this.page.keyboard.press('Control+Shift+ArrowRight');
    await this.expect(this.pane(title).locator('.kbd-selection')).toHaveText(
      new RegExp(`^\\s*${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );
  }

  /** From the start of the text, moves the keyboard caret word by word until `phrase` follows it. */
  private async caretBefore(title: string, phrase: string): Promise<void> {
    await this.page.keyboard.press('Control+Home');
    for (let i = 0; i < 600; i++) {
      const after = (await this.textAfterCaret(title)) ?? '';
      if (after.replace(/^[^\p{L}\p{N}]+/u, '').startsWith(phrase)) break;
      await this.page.keyboard.press('Control+ArrowRight');
    }
  }

  /** Moves the keyboard caret into a span (Ctrl+Home, then word by word) and presses Enter to select it. */
  async selectSpanWithKeyboard(title: string, phrase: string): Promise<void> {
    await this.caretBefore(title, phrase);
    await this.page.keyboard.press('Control+ArrowRight');
    await this.page.keyboard.press('Enter');
    await this.expect(this.annotation(phrase)).toHaveAttribute('aria-current', 'true');
  }

  /** The middle of an element's first line box, once it stopped moving (after a smooth scroll). */
  private async settledPoint(locator: Locator): Promise<{ x: number; y: number }> {
    const point = (): Promise<{ x: number; y: number }> =>
      locator.evaluate((el) => {
        const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
        return { x: r.left + Math.min(6, r.width / 2), y: r.top + r.height / 2 };
      });
    let last = await point();
    for (let i = 0; i < 20; i++) {
      await this.page.waitForTimeout(100);
      const now = await point();
      if (now.x === last.x && now.y === last.y) return now;
      last = now;
    }
    return last;
  }

  /**
   * Alt+drags with the mouse from the selected claim's highlight onto a source's highlight; while dragging,
   * the hint by the pointer names the source.
   */
  async dragClaimToSource(title: string, claim: string, sourceTitle: string, source: string): Promise<void> {
    await this.selectAnnotation(claim);
    const origin = this.highlights(title, 'Claim')
      .filter({ hasText: claim.split(' ').slice(0, 2).join(' ') })
      .first();
    const target = this.highlights(sourceTitle, 'Source')
      .filter({ hasText: source.split(' ')[0]! })
      .first();
    await target.scrollIntoViewIfNeeded();
    const from = await this.settledPoint(origin);
    const to = await this.settledPoint(target);
    await this.page.mouse.move(from.x, from.y);
    await this.page.keyboard.down('Alt');
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 8 });
    await this.expect(this.page.getByRole('status', { name: 'Linking' })).toContainText(
      `Source “${source.split(' ')[0]!}`,
    );
    await this.page.mouse.up();
    await this.page.keyboard.up('Alt');
    await this.expectSaved();
  }

  async openSchemaSettings(): Promise<Locator> {
    await this.openMoreMenu();
    await this.menuEntry('Schema…').click();
    const dialog = this.page.getByRole('dialog', { name: 'Label schema' });
    await this.expect(dialog).toBeVisible();
    return dialog;
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
      return scroller
        ? { top: scroller.scrollTop, scrollable: scroller.scrollHeight - scroller.clientHeight }
        : { top: 0, scrollable: 0 };
    });
  }

  /** How many lines of article text a pane shows at once: the visible height of its text over the text's line height. */
  async visibleTextLines(title: string): Promise<number> {
    return this.pane(title)
      .getByLabel(`Text of ${title}`)
      .evaluate((scroller) => {
        const text = getComputedStyle(scroller.querySelector('.article-body') ?? scroller);
        const lineHeight = parseFloat(text.lineHeight) || parseFloat(text.fontSize) * 1.2;
        const box = scroller.getBoundingClientRect();
        const style = getComputedStyle(scroller);
        const visible = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0);
        return Math.floor((visible - parseFloat(style.paddingTop)) / lineHeight);
      });
  }

  /** A pane's title heading. */
  paneTitle(title: string): Locator {
    return this.pane(title).getByRole('heading', { name: title, exact: true });
  }

  /** The rendered height of an element in CSS pixels. */
  async heightOf(element: Locator): Promise<number> {
    return element.evaluate((el) => el.getBoundingClientRect().height);
  }

  /** Serious and critical accessibility problems axe-core finds on the window as it is (WCAG 2 A and AA rules). */
  async accessibilityProblems(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
  }

  /** What differs from run to run and machine to machine (times, the user's name), masked in screenshots. */
  changingDetails(): Locator[] {
    return [this.inspector().locator('dl.meta')];
  }

  /** The text of every button that shows an emoji or pictograph, which renders as a box without an emoji font. */
  async buttonsShowingEmoji(): Promise<string[]> {
    return this.page.evaluate(() =>
      Array.from(document.querySelectorAll('button'))
        .map((b) => b.textContent ?? '')
        .filter((t) => /\p{Extended_Pictographic}/u.test(t)),
    );
  }

  /** The page that asks whether to take over a lock Collate on another computer holds. */
  lockPrompt(): Locator {
    return this.page.getByRole('main', { name: 'This workspace is open on another computer' });
  }

  /** Presses "Take over the lock" on that page and waits until the workspace has loaded. */
  async takeOverLock(): Promise<void> {
    await this.lockPrompt().getByRole('button', { name: 'Take over the lock', exact: true }).click();
    await this.ready();
  }

  /** Presses "Cancel" on that page, leaving the lock where it is. */
  async declineLockTakeover(): Promise<void> {
    await this.lockPrompt().getByRole('button', { name: 'Cancel', exact: true }).click();
  }

  /** The page shown instead of the workbench when the workspace cannot be opened. */
  startupProblem(): Locator {
    return this.page.getByRole('main').filter({ has: this.page.getByRole('heading', { level: 1 }) });
  }

  /** Whether an element sticks out of its container on the left or right (is clipped or overflows it). */
  async sticksOutOf(element: Locator, container: Locator): Promise<boolean> {
    const inner = await element.boundingBox();
    const outer = await container.boundingBox();
    if (!inner || !outer) throw new Error('Both elements should be on screen.');
    return inner.x < outer.x - 0.5 || inner.x + inner.width > outer.x + outer.width + 0.5;
  }

  /** Whether an element lies wholly inside another, both ways (half a pixel of rounding allowed). */
  async liesInside(element: Locator, container: Locator): Promise<boolean> {
    const inner = await element.boundingBox();
    const outer = await container.boundingBox();
    if (!inner || !outer) throw new Error('Both elements should be on screen.');
    return (
      inner.x >= outer.x - 0.5 &&
      inner.y >= outer.y - 0.5 &&
      inner.x + inner.width <= outer.x + outer.width + 0.5 &&
      inner.y + inner.height <= outer.y + outer.height + 0.5
    );
  }

  // ---- layout: side column, splitters, folding ---------------------------------------------------

  sideColumn(): Locator {
    return this.page.getByRole('complementary', { name: 'Side panels' });
  }

  separator(name: 'Resize the side panels' | 'Resize the inspector' | string): Locator {
    return this.page.getByRole('separator', { name, exact: true });
  }

  /** Focuses a splitter and presses an arrow key on it `times` times. */
  async resizeWithKeys(name: string, key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown', times: number) {
    await this.separator(name).focus();
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
  }

  /** The heading button that folds a side panel (Suggestions, Differences, Annotations). */
  panelFold(name: 'Suggestions' | 'Differences' | 'Annotations'): Locator {
    return this.sideColumn().getByRole('heading', { name, exact: true }).getByRole('button');
  }

  async foldPanel(name: 'Suggestions' | 'Differences' | 'Annotations', folded: boolean): Promise<void> {
    const fold = this.panelFold(name);
    if ((await fold.getAttribute('aria-expanded')) === String(folded)) await fold.click();
    await this.expect(fold).toHaveAttribute('aria-expanded', String(!folded));
  }

  // ---- toolbar by keyboard, legend, tour, shortcuts --------------------------------------------

  /** The accessible role and name of the focused element, read from its ARIA snapshot. */
  async focused(): Promise<{ role: string; name: string }> {
    const snapshot = await this.page.locator(':focus').ariaSnapshot();
    const match = /^- (\w+) "((?:[^"\\]|\\.)*)"/.exec(snapshot.trim());
    return { role: match?.[1] ?? '', name: match?.[2] ?? '' };
  }

  /**
   * Every toolbar command a keyboard user reaches: Tab from the first label button through the row,
   * then Enter on More and ↓ through its menu. Names in the order reached.
   */
  async toolbarNamesByKeyboard(): Promise<string[]> {
    const names: string[] = [];
    await this.page.getByRole('toolbar', { name: 'Labels' }).getByRole('button').first().focus();
    for (let i = 0; i < 80; i++) {
      const inBar = await this.page.evaluate(() => !!document.activeElement?.closest('.workbench-bar'));
      if (!inBar) break;
      const { name } = await this.focused();
      names.push(name);
      if (name === 'More') break;
      await this.page.keyboard.press('Tab');
    }
    await this.page.keyboard.press('Enter');
    await this.expect(this.moreMenu()).toBeVisible();
    await this.expect(this.moreMenu().locator(':focus')).toHaveCount(1);
    const first = (await this.focused()).name;
    for (let i = 0; i < 60; i++) {
      const { name } = await this.focused();
      if (i > 0 && name === first) break;
      names.push(name);
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Escape');
    return names;
  }

  legendButton(): Locator {
    return this.toolbar().getByRole('button', { name: 'Legend', exact: true });
  }

  legend(): Locator {
    return this.page.getByRole('tooltip');
  }

  /** The marks of one kind in a pane (besides the label highlights). */
  marks(title: string, kind: 'contradiction' | 'group member' | 'search hit' | 'suggestion'): Locator {
    const css = {
      contradiction: '.collate-span.is-contradicted',
      'group member': '.collate-span.is-peer',
      'search hit': '.search-hit:not(.is-current)',
      suggestion: '.collate-suggestion',
    }[kind];
    return this.pane(title).locator(css);
  }

  /** What sets a mark apart on screen: its fill, underline, outline and shadow as computed. */
  async lookOf(mark: Locator): Promise<string> {
    return mark.first().evaluate((el) => {
      const s = getComputedStyle(el);
      return [
        `fill ${s.backgroundColor}`,
        `line ${s.textDecorationLine} ${s.textDecorationStyle} ${s.textDecorationColor}`,
        `outline ${s.outlineStyle} ${s.outlineColor}`,
        `shadow ${s.boxShadow}`,
      ].join('; ');
    });
  }

  tour(): Locator {
    return this.page.getByRole('dialog', { name: /^Tour/ });
  }

  shortcutSheet(): Locator {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  /** The keys the shortcut sheet lists, one per row. */
  async shortcutKeys(): Promise<string[]> {
    return this.shortcutSheet().getByRole('rowheader').allInnerTexts();
  }

  /** Dark or light, as the system would ask for it. */
  async useColourScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
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

  // ---- the offline assistant: suggestions, discrepancies -----------------------------------------

  suggestionsPanel(): Locator {
    return this.page.getByRole('region', { name: 'Suggestions' });
  }

  suggestionList(): Locator {
    return this.suggestionsPanel().getByRole('listbox', { name: 'Suggestions' });
  }

  /** A listed suggestion by its quoted text (and label, when given). */
  suggestion(text: string, label?: LabelName): Locator {
    const options = this.suggestionList()
      .getByRole('option')
      .filter({ hasText: `“${text}”` });
    return label ? options.filter({ hasText: label }) : options;
  }

  /** Turns "Suggestions" on and waits for the list and the dashed outlines. */
  async showSuggestions(): Promise<void> {
    if (!(await this.commandIsOn('Suggestions'))) await this.toolbarCommand('Suggestions');
    await this.expect.poll(() => this.commandIsOn('Suggestions')).toBe(true);
    await this.expect(this.suggestionList().getByRole('option').first()).toBeVisible();
    await this.expect(this.page.locator('.collate-suggestion').first()).toBeAttached();
  }

  /** Moves the list's active option to the suggestion quoting the text, with the arrow keys. */
  private async moveToSuggestion(text: string, label?: LabelName): Promise<void> {
    const list = this.suggestionList();
    const target = this.suggestion(text, label);
    await this.expect(target).toHaveCount(1);
    await list.focus();
    await this.page.keyboard.press('Home');
    const count = await list.getByRole('option').count();
    for (let i = 0; i < count && (await target.getAttribute('aria-selected')) !== 'true'; i++)
      await this.page.keyboard.press('ArrowDown');
    await this.expect(target).toHaveAttribute('aria-selected', 'true');
  }

  /** Accepts a suggestion with Enter; waits until it has left the list and the work is saved. */
  async acceptSuggestion(text: string, label?: LabelName): Promise<void> {
    await this.moveToSuggestion(text, label);
    await this.page.keyboard.press('Enter');
    await this.expect(this.suggestion(text, label)).toHaveCount(0);
    await this.expectSaved();
  }

  /** Rejects a suggestion with Backspace; waits until it has left the list. */
  async rejectSuggestion(text: string, label?: LabelName): Promise<void> {
    await this.moveToSuggestion(text, label);
    await this.page.keyboard.press('Backspace');
    await this.expect(this.suggestion(text, label)).toHaveCount(0);
    await this.expectSaved();
  }

  // ---- comparing articles: the comparison, the differences list -----------------------------------

  comparison(): Locator {
    return this.page.getByRole('region', { name: 'Comparison' });
  }

  /** In the claims matrix, presses "Compare articles" and waits for the proposed groups. */
  async compareArticles(): Promise<void> {
    await this.openView('Claims matrix');
    await this.comparison().getByRole('button', { name: 'Compare articles', exact: true }).click();
    await this.expect(this.comparison().getByRole('list', { name: 'Compared groups' })).toBeVisible();
  }

  /** Accepts the compared group holding a member's wording; it becomes a row of the claims matrix. */
  async acceptComparedGroup(memberText: string): Promise<void> {
    const item = this.comparison()
      .getByRole('list', { name: 'Compared groups' })
      .getByRole('listitem')
      .filter({ hasText: memberText })
      .first();
    await item.getByRole('button', { name: 'Accept group', exact: true }).click();
    await this.expect(item).toHaveCount(0);
    await this.expectSaved();
  }

  differenceList(): Locator {
    return this.page.getByRole('region', { name: 'Differences' }).getByRole('listbox', { name: 'Differences' });
  }

  /** A listed difference by its words (kind, detail or either quote). */
  difference(text: string): Locator {
    return this.differenceList().getByRole('option').filter({ hasText: text });
  }

  /** Walks the differences list with ↓ until the one holding the text is current (the panes line up on it). */
  async moveToDifference(text: string): Promise<void> {
    const target = this.difference(text).first();
    await this.differenceList().focus();
    const count = await this.differenceList().getByRole('option').count();
    for (let i = 0; i <= count && (await target.getAttribute('aria-selected')) !== 'true'; i++)
      await this.page.keyboard.press('ArrowDown');
    await this.expect(target).toHaveAttribute('aria-selected', 'true');
  }

  /** Accepts the difference holding the text with Enter. */
  async acceptDifference(text: string): Promise<void> {
    await this.moveToDifference(text);
    await this.differenceList().focus();
    await this.page.keyboard.press('Enter');
    await this.expect(this.difference(text).first()).toContainText('Accepted');
    await this.expectSaved();
  }

  /** The claims matrix row whose statement (row header) holds the text. */
  matrixRow(text: string): Locator {
    return this.page
      .getByRole('table', { name: 'Claims matrix' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader').filter({ hasText: text }) });
  }

  // ---- the library: filter, sort, select, remove and undo; corpus search --------------------------

  /** Presses "Close <title>" in the document's pane header. */
  async closeDocument(title: string): Promise<void> {
    await this.pane(title)
      .getByRole('button', { name: `Close ${title}`, exact: true })
      .click();
    await this.expect(this.pane(title)).toHaveCount(0);
  }

  /** Types into the library's filter; the list narrows as you type. */
  async filterLibrary(text: string): Promise<void> {
    await this.library().getByRole('searchbox', { name: 'Filter documents' }).fill(text);
  }

  async sortLibrary(
    by: 'Import order' | 'Title' | 'Date' | 'Source' | 'Annotations',
    descending = false,
  ): Promise<void> {
    await this.library().getByRole('combobox', { name: 'Sort by' }).selectOption({ label: by });
    const reverse = this.library().getByRole('button', { name: 'Reverse order' });
    if ((await reverse.getAttribute('aria-pressed')) !== String(descending)) await reverse.click();
  }

  /** "12 of 2000 documents", or "5 documents" when nothing is filtered out. */
  documentsShown(): Locator {
    return this.library().getByRole('status', { name: 'Documents shown' });
  }

  /** Selects exactly these documents: clears the selection, then Ctrl+clicks each. */
  async selectDocuments(...titles: string[]): Promise<void> {
    const tools = this.library().getByRole('toolbar', { name: 'Selected documents' });
    if (await tools.isVisible()) await tools.getByRole('button', { name: 'Clear selection', exact: true }).click();
    for (const title of titles) await this.documentButton(title).click({ modifiers: ['ControlOrMeta'] });
    await this.expect(this.library().getByRole('toolbar', { name: 'Selected documents' })).toContainText(
      `${titles.length} selected`,
    );
  }

  /** Presses "Remove" on the selected documents and waits for the library's notice. */
  async removeSelectedDocuments(): Promise<void> {
    const tools = this.library().getByRole('toolbar', { name: 'Selected documents' });
    await tools.getByRole('button', { name: 'Remove', exact: true }).click();
    await this.expect(this.libraryNotice()).toContainText('Removed');
  }

  libraryNotice(): Locator {
    return this.library().getByRole('status', { name: 'Library notice' });
  }

  /** Presses Undo in the library's notice and waits for the documents to be back. */
  async undoRemoval(): Promise<void> {
    await this.libraryNotice().getByRole('button', { name: 'Undo removal', exact: true }).click();
    await this.expect(this.libraryNotice()).toContainText('Restored');
  }

  /** Types a query into "Search all documents" and waits for its result line. */
  async searchAllDocuments(query: string): Promise<void> {
    await this.library().getByRole('searchbox', { name: 'Search all documents' }).fill(query);
    await this.expect(this.library().getByRole('status', { name: 'Corpus search results' })).toHaveText(/hit/);
  }

  corpusHits(): Locator {
    return this.library().getByRole('list', { name: 'Corpus search hits' }).getByRole('button');
  }

  /** Opens the corpus search hit whose text holds `text`. */
  async openCorpusHit(text: string): Promise<void> {
    await this.corpusHits().filter({ hasText: text }).first().click();
  }

  /** The place a corpus search hit opened, flashing in its pane. */
  flashedHit(title: string): Locator {
    return this.pane(title).locator('.corpus-flash');
  }
}
