import { courier } from './articles';
import { expect, test } from './fixtures';

test('make spans from the keyboard, snap to words, discontinuous and overlapping spans', async ({ app }) => {
  await app.importFiles(courier.path);
  await app.openDocument(courier.title);

  await test.step('a span made entirely from the keyboard: caret, extend by word', async () => {
    await app.focusPaneText(1, courier.title);
    await app.selectWithKeyboard(courier.title, 'the crew had reported the fault by radio');
    await app.pressKey('c');
    await expect(app.annotation('the crew had reported the fault by radio')).toHaveCount(1);
    await app.expectSaved();
  });

  await test.step('extend by sentence', async () => {
    await app.focusPaneText(1, courier.title);
    await app.selectWithKeyboard(courier.title, 'Passengers');
    await app.pressKey('Control+Shift+ArrowDown');
    await expect(app.pane(courier.title).locator('.kbd-selection')).toHaveText(
      'Passengers described a sudden jolt, then a slow tilt to port.',
    );
    await app.pressKey('u');
    await expect(app.annotation('Passengers described a sudden jolt, then a slow tilt to port.')).toHaveCount(1);
    await app.expectSaved();
  });

  await test.step('snapping to word boundaries widens a sloppy mouse selection', async () => {
    await app.setOption('Snap to words', true);
    await app.selectText(courier.title, 'rbour master Ines Oka');
    await app.tagSelection('Source');
    await expect(app.annotation('harbour master Ines Okafor')).toHaveCount(1);
    await app.expectSaved();
    await app.setOption('Snap to words', false);
  });

  await test.step('a discontinuous span: two fragments, one annotation', async () => {
    await app.selectText(courier.title, 'Divers inspected the hull');
    await app.pressKey('+');
    await expect(app.page.getByRole('status', { name: 'Pending fragments' })).toContainText('1 fragment');
    await app.selectText(courier.title, 'found a tear about two metres long');
    await app.tagSelection('Claim');
    const item = app.annotation('Divers inspected the hull found a tear about two metres long');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('2 fragments');
    await app.expectSaved();
    // Only the fragments are highlighted, not the words between them.
    const text = (
      await app
        .highlights(courier.title, 'Claim')
        .filter({ hasText: /Divers|tear/ })
        .allTextContents()
    ).join('|');
    expect(text).not.toContain('on Tuesday afternoon');
  });

  await test.step('overlapping spans stay distinct; a click where they overlap offers a choice', async () => {
    await app.selectText(courier.title, 'Ines Okafor told reporters');
    await app.tagSelection('Claim');
    await app.expectSaved();
    await app.page.getByRole('heading', { name: 'Inspector' }).click();
    await app
      .highlights(courier.title, 'Claim')
      .filter({ hasText: /^Ines Okafor$/ })
      .first()
      .click();
    const menu = app.page.getByRole('menu', { name: 'Choose annotation' });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem')).toHaveCount(2);
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await app.pressKey('ArrowDown');
    await app.pressKey('Enter');
    await expect(menu).toHaveCount(0);
    await expect(app.annotation('harbour master Ines Okafor')).toHaveAttribute('aria-current', 'true');
  });
});
