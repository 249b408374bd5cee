/** The views and panels across documents: claims matrix, sources, comparison and differences, suggestions, curation. */
import type { Locator } from '@playwright/test';
import { AnnotationSteps } from './annotations';
import type { LabelName } from './types';

export class ViewSteps extends AnnotationSteps {
  async openMatrix(): Promise<Locator> {
    await this.openView('Claims matrix');
    const table = this.page.getByRole('table', { name: 'Claims matrix' });
    await this.expect(table).toBeVisible();
    return table;
  }

  /** The claims matrix row whose statement (row header) holds the text. */
  matrixRow(text: string): Locator {
    return this.page
      .getByRole('table', { name: 'Claims matrix' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader').filter({ hasText: text }) });
  }

  async openSources(): Promise<Locator> {
    await this.openView('Sources');
    const region = this.page.getByRole('region', { name: 'Sources' });
    await this.expect(region).toBeVisible();
    return region.getByRole('table', { name: 'Sources table' });
  }

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

  /** Presses "Accept all <kind>" (Sources, Claims, Cues) over the suggestions list and waits for the save. */
  async acceptAllSuggestions(kind: 'Sources' | 'Claims' | 'Cues'): Promise<void> {
    await this.suggestionsPanel()
      .getByRole('group', { name: 'Accept suggestions by kind' })
      .getByRole('button', { name: `Accept all ${kind}`, exact: true })
      .click();
    await this.expectSaved();
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
}
