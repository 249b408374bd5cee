/** The article panes: their text, selecting with the mouse or the keyboard, tagging, marks, search in the text. */
import type { Locator } from '@playwright/test';
import { AppCore } from './core';
import type { LabelName } from './types';

/** Client-side coordinates of the first and last character of a phrase in a pane. */
interface DragPoints {
  from: { x: number; y: number };
  to: { x: number; y: number };
}

export class PaneSteps extends AppCore {
  panes(): Locator {
    return this.page.getByRole('article');
  }

  pane(title: string): Locator {
    return this.page.getByRole('article', { name: title, exact: true });
  }

  /** A pane's title heading. */
  paneTitle(title: string): Locator {
    return this.pane(title).getByRole('heading', { name: title, exact: true });
  }

  /** The highlights shown in a pane, optionally only one label's. */
  highlights(title: string, label?: LabelName): Locator {
    const spans = this.pane(title).locator('.collate-span');
    return label ? spans.and(this.page.locator(`[data-label="${label}"]`)) : spans;
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
  protected async caretBefore(title: string, phrase: string): Promise<void> {
    await this.page.keyboard.press('Control+Home');
    for (let i = 0; i < 600; i++) {
      const after = (await this.textAfterCaret(title)) ?? '';
      if (after.replace(/^[^\p{L}\p{N}]+/u, '').startsWith(phrase)) break;
      await this.page.keyboard.press('Control+ArrowRight');
    }
  }

  /** The middle of an element's first line box, once it stopped moving (after a smooth scroll). */
  protected async settledPoint(locator: Locator): Promise<{ x: number; y: number }> {
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

  /** Scrolls one pane with the mouse wheel over it. */
  async scrollPane(title: string, deltaY: number): Promise<void> {
    const box = await this.pane(title).boundingBox();
    if (!box) throw new Error(`The pane "${title}" is not on screen.`);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.66);
    await this.page.mouse.wheel(0, deltaY);
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
}
