/**
 * The library's team steps as a user takes them: select by the row's box, tag and assign the
 * selection, my queue, the progress table, the facets, and export of the selection. Kept beside
 * e2e/app.ts (which knows the rest of the UI) and found only by roles and names (docs/ui-contract.md).
 */
import { readFile } from 'node:fs/promises';
import { expect, type Locator } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { App } from './app';

export class LibraryTeam {
  constructor(private readonly app: App) {}

  selectionTools(): Locator {
    return this.app.library().getByRole('toolbar', { name: 'Selected documents' });
  }

  /** Clicks each document's box (the left edge of its row): selects without opening. */
  async checkDocuments(...titles: string[]): Promise<void> {
    for (const title of titles) await this.app.documentButton(title).click({ position: { x: 10, y: 23 } });
    await expect(this.selectionTools()).toContainText(`${titles.length} selected`);
  }

  /** Opens Tag… (or Assign…) on the selection, types the value and presses the button. */
  private async selectionForm(open: 'Tag…' | 'Assign…', field: string, value: string, button: string): Promise<void> {
    const tools = this.selectionTools();
    const form = tools.getByRole('form', { name: field });
    if (!(await form.isVisible())) await tools.getByRole('button', { name: open, exact: true }).click();
    await form.getByRole('combobox', { name: field }).fill(value);
    await form.getByRole('button', { name: button, exact: true }).click();
  }

  async tagSelection(tag: string): Promise<void> {
    await this.selectionForm('Tag…', 'Tag', tag, 'Add tag');
    await expect(this.app.libraryNotice()).toContainText('Tagged');
  }

  async untagSelection(tag: string): Promise<void> {
    await this.selectionForm('Tag…', 'Tag', tag, 'Remove tag');
    await expect(this.app.libraryNotice()).toContainText('Untagged');
  }

  async assignSelection(annotator: string): Promise<void> {
    await this.selectionForm('Assign…', 'Annotator', annotator, 'Assign');
    await expect(this.app.libraryNotice()).toContainText(`to ${annotator}`);
  }

  /** Presses Undo in the library's notice (its name says what it undoes). */
  async undoFromNotice(name: 'Undo tagging' | 'Undo untagging' | 'Undo assignment'): Promise<void> {
    await this.app.libraryNotice().getByRole('button', { name, exact: true }).click();
  }

  myQueue(): Locator {
    return this.app.library().getByRole('region', { name: 'My queue' });
  }

  /** "ana: 1 of 2 to do". */
  queueStatus(): Locator {
    return this.myQueue().getByRole('status', { name: 'Queue status' });
  }

  async showMyQueue(on: boolean): Promise<void> {
    const toggle = this.myQueue().getByRole('button', { name: 'My queue', exact: true });
    if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.click();
  }

  async markCurrentDone(): Promise<void> {
    await this.myQueue().getByRole('button', { name: 'Mark current done', exact: true }).click();
  }

  /** Opens the progress table and reads it: one line per annotator, "name assigned done open". */
  async progressTable(): Promise<string[]> {
    await this.myQueue().getByRole('button', { name: 'Progress', exact: true }).click();
    const table = this.app.page.getByRole('dialog', { name: 'Assignment progress' }).getByRole('table');
    await expect(table).toBeVisible();
    const rows = await table.getByRole('row').allInnerTexts();
    return rows.map((r) => r.split(/\s+/).filter(Boolean).join(' '));
  }

  async closeProgress(): Promise<void> {
    const dialog = this.app.page.getByRole('dialog', { name: 'Assignment progress' });
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toHaveCount(0);
  }

  /** Opens the library's Filters (if closed) and picks a facet's value by its shown name, e.g. "ports (2)". */
  async chooseFacet(facet: 'Tag' | 'Annotated by' | 'Assigned to' | 'Label' | 'Outlet', option: string): Promise<void> {
    const filters = this.app.library().getByRole('group', { name: 'Filters' });
    if (!(await filters.isVisible()))
      await this.app
        .library()
        .getByRole('button', { name: /^Filters/ })
        .click();
    await filters.getByRole('combobox', { name: facet, exact: true }).selectOption({ label: option });
  }

  async clearFilters(): Promise<void> {
    await this.app
      .library()
      .getByRole('group', { name: 'Filters' })
      .getByRole('button', { name: 'Clear filters' })
      .click();
  }

  /** Export selection… → format → Export; the downloaded zip's files (path → text). */
  async exportSelection(format: string): Promise<Record<string, string>> {
    await this.selectionTools().getByRole('button', { name: 'Export selection…', exact: true }).click();
    const dialog = this.app.exportDialog();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption(format);
    const download = this.app.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const bytes = new Uint8Array(await readFile(await (await download).path()));
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
  }
}
