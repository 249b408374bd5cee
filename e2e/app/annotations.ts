/** The annotations panel and the inspector: select, filter, delete, edit, undo; links and claim groups. */
import type { Locator } from '@playwright/test';
import { LibrarySteps } from './library';

export class AnnotationSteps extends LibrarySteps {
  annotationsPanel(): Locator {
    return this.page.getByRole('region', { name: 'Annotations' });
  }

  /** The article view's layer switch (shown once the workspace holds another layer than mine). */
  layerSwitch(): Locator {
    return this.page.getByRole('group', { name: 'Layer', exact: true });
  }

  /** What the layer shown allows: editable (new spans go into my layer), or read-only and why. */
  layerStatus(): Locator {
    return this.layerSwitch().getByRole('status', { name: 'Layer status' });
  }

  /** Shows one layer in the article view: "My layer (…)", "All annotators", an annotator's name, or "Curated". */
  async showLayer(name: string | RegExp): Promise<void> {
    const select = this.layerSwitch().getByRole('combobox', { name: 'Layer shown' });
    const options = await select.locator('option').allTextContents();
    const wanted = options.find((o) => (typeof name === 'string' ? o === name : name.test(o)));
    if (wanted === undefined) throw new Error(`The layer switch offers no ${String(name)}: ${options.join(' | ')}`);
    await select.selectOption({ label: wanted });
  }

  /** The scrolling list of the annotations panel. */
  annotationList(): Locator {
    return this.annotationsPanel().getByRole('list', { name: 'Annotations list' });
  }

  /** The annotations panel's items: label, quote and document each. */
  annotations(): Locator {
    return this.annotationList().getByRole('listitem');
  }

  annotation(quote: string): Locator {
    return this.annotations().filter({ hasText: quote });
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

  /** Moves the keyboard caret into a span (Ctrl+Home, then word by word) and presses Enter to select it. */
  async selectSpanWithKeyboard(title: string, phrase: string): Promise<void> {
    await this.caretBefore(title, phrase);
    await this.page.keyboard.press('Control+ArrowRight');
    await this.page.keyboard.press('Enter');
    await this.expect(this.annotation(phrase)).toHaveAttribute('aria-current', 'true');
  }

  inspector(): Locator {
    return this.page.getByRole('region', { name: 'Inspector' });
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
}
