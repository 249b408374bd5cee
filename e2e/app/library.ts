/** The library: importing, opening and closing documents, filter, sort, select, remove and undo; corpus search. */
import { basename } from 'node:path';
import type { Locator } from '@playwright/test';
import { PaneSteps } from './panes';

export class LibrarySteps extends PaneSteps {
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

  /** The empty library's offer to try Collate on its own sample articles. */
  async addSampleArticles(): Promise<void> {
    await this.library().getByRole('button', { name: 'Add sample articles' }).click();
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

  /**
   * Types a query into "Search all documents" and waits for its result line (`timeout`: the first
   * query of a large workspace without a search index builds it).
   */
  async searchAllDocuments(query: string, options: { timeout?: number } = {}): Promise<void> {
    await this.library().getByRole('searchbox', { name: 'Search all documents' }).fill(query);
    await this.expect(this.library().getByRole('status', { name: 'Corpus search results' })).toHaveText(/hit/, options);
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

  /** The bar of "Suggest for all documents" (or for the selection) while it runs in the background. */
  suggestionProgress(): Locator {
    return this.library().getByRole('progressbar', { name: 'Suggestion progress' });
  }

  /** What the last batch of suggestions came to: "Suggestions ready for …" or "Suggestions stopped …". */
  suggestionResults(): Locator {
    return this.library().getByRole('status', { name: 'Suggestion results' });
  }

  /** Presses "Suggest for all documents" and waits until the batch shows its progress. */
  async suggestForAllDocuments(): Promise<void> {
    await this.library().getByRole('button', { name: 'Suggest for all documents', exact: true }).click();
    await this.expect(this.suggestionProgress()).toBeVisible();
  }

  /** Presses "Suggest for selection" in the selected documents' toolbar. */
  async suggestForSelection(): Promise<void> {
    await this.library()
      .getByRole('toolbar', { name: 'Selected documents' })
      .getByRole('button', { name: 'Suggest for selection', exact: true })
      .click();
  }

  /** Presses "Cancel suggestions" and waits until the batch says it stopped. */
  async cancelSuggestions(): Promise<void> {
    await this.library().getByRole('button', { name: 'Cancel suggestions', exact: true }).click();
    await this.expect(this.suggestionResults()).toContainText('Suggestions stopped');
    await this.expect(this.suggestionProgress()).toHaveCount(0);
  }
}
