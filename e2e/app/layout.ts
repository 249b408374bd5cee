/** The window's layout and help: side column, splitters, folds, the toolbar by keyboard, legend, tour, shortcuts, schema. */
import type { Locator } from '@playwright/test';
import { ExportSteps } from './exporting';

export class LayoutSteps extends ExportSteps {
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

  /**
   * How many of a list's items lie wholly in view: inside the list's own visible box (it scrolls) and
   * inside the window. A list with no room shows none, however many it holds.
   */
  async itemsInView(list: Locator): Promise<number> {
    return list.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const top = Math.max(box.top, 0);
      const bottom = Math.min(box.bottom, window.innerHeight);
      return Array.from(el.children).filter((item) => {
        const r = item.getBoundingClientRect();
        return r.height > 0 && r.top >= top - 0.5 && r.bottom <= bottom + 0.5;
      }).length;
    });
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

  async openSchemaSettings(): Promise<Locator> {
    await this.openMoreMenu();
    await this.menuEntry('Schema…').click();
    const dialog = this.page.getByRole('dialog', { name: 'Label schema' });
    await this.expect(dialog).toBeVisible();
    return dialog;
  }
}
