/**
 * The App helper's ground floor: the page, the toolbar and its More menu, views, reload and save state,
 * and the checks every feature uses (sizes, accessibility, colour scheme). The feature modules beside it
 * extend it one on top of the other; `e2e/app.ts` puts the whole `App` together.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { AppOptions } from './types';

export class AppCore {
  protected readonly expect: typeof expect;

  constructor(
    readonly page: Page,
    protected readonly options: AppOptions = {},
  ) {
    this.expect = options.timeout ? expect.configure({ timeout: options.timeout }) : expect;
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

  async openView(name: 'Articles' | 'Claims matrix' | 'Sources' | 'Curation'): Promise<void> {
    await this.toolbarCommand(name);
  }

  /** Waits until the app has loaded its workspace. */
  async ready(): Promise<void> {
    await this.expect(this.page.getByRole('button', { name: 'Import files', exact: true })).toBeVisible();
  }

  /** Reloads the window, as after a restart, and waits for the app. */
  async reload(): Promise<void> {
    if (this.options.reload) await this.options.reload(this.page);
    else await this.page.reload();
    await this.ready();
  }

  saveStatus(): Locator {
    return this.page.getByRole('status', { name: 'Save status' });
  }

  async expectSaved(): Promise<void> {
    await this.expect(this.saveStatus()).toHaveText('Saved');
  }

  alerts(): Locator {
    return this.page.getByRole('alert');
  }

  /** The messages in the alert region, one banner each. */
  alertMessages(): Locator {
    return this.alerts().locator('.alert');
  }

  /** Presses "Dismiss message" on the banner that says `text`. */
  async dismissAlert(text: string): Promise<void> {
    await this.alertMessages()
      .filter({ hasText: text })
      .getByRole('button', { name: 'Dismiss message', exact: true })
      .click();
  }

  async pressKey(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** The accessible role and name of the focused element, read from its ARIA snapshot. */
  async focused(): Promise<{ role: string; name: string }> {
    const snapshot = await this.page.locator(':focus').ariaSnapshot();
    const match = /^- (\w+) "((?:[^"\\]|\\.)*)"/.exec(snapshot.trim());
    return { role: match?.[1] ?? '', name: match?.[2] ?? '' };
  }

  /** The rendered height of an element in CSS pixels. */
  async heightOf(element: Locator): Promise<number> {
    return element.evaluate((el) => el.getBoundingClientRect().height);
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

  /** Serious and critical accessibility problems axe-core finds on the window as it is (WCAG 2 A and AA rules). */
  async accessibilityProblems(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
  }

  /** The text of every button that shows an emoji or pictograph, which renders as a box without an emoji font. */
  async buttonsShowingEmoji(): Promise<string[]> {
    return this.page.evaluate(() =>
      Array.from(document.querySelectorAll('button'))
        .map((b) => b.textContent ?? '')
        .filter((t) => /\p{Extended_Pictographic}/u.test(t)),
    );
  }

  /** Dark or light, as the system would ask for it. */
  async useColourScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  }

  async windowScrollY(): Promise<number> {
    return this.page.evaluate(() => window.scrollY);
  }

  /** The computed background colour of a highlight, as "rgb(r, g, b)" or "rgba(…)". */
  async backgroundOf(highlight: Locator): Promise<string> {
    return highlight.evaluate((el) => getComputedStyle(el).backgroundColor);
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
}
