import { courier, valleyPost } from './articles';
import { expect, test } from './fixtures';

test('edit the label schema in its settings dialog', async ({ app }) => {
  await app.importFiles(courier.path);
  await app.openDocument(courier.title);
  await app.tag(courier.title, 'harbour master Ines Okafor', 'Source');

  await test.step('add a label with a colour, hotkey and attribute, and a relation type', async () => {
    const dialog = await app.openSchemaSettings();
    await dialog.getByRole('button', { name: 'Add label' }).click();
    await dialog.getByRole('textbox', { name: 'Label 4 name' }).fill('Figure');
    await dialog.getByLabel('Label 4 colour').fill('#8e44ad');
    await dialog.getByRole('textbox', { name: 'Label 4 hotkey' }).fill('f');
    await dialog.getByRole('textbox', { name: 'Label 4 attributes' }).fill('unit: people, boats');
    await dialog.getByRole('button', { name: 'Add relation type' }).click();
    await dialog.getByRole('textbox', { name: 'Relation type 5 name' }).fill('counts');
    await dialog.getByRole('textbox', { name: 'Relation type 5 from' }).fill('Claim');
    await dialog.getByRole('textbox', { name: 'Relation type 5 to' }).fill('Figure');
    await dialog.getByRole('button', { name: 'Save schema' }).click();
    await expect(dialog).toHaveCount(0);
    await app.expectSaved();
    await expect(
      app.page.getByRole('toolbar', { name: 'Labels' }).getByRole('button', { name: 'Figure' }),
    ).toBeVisible();
  });

  await test.step('the new label tags by its hotkey and offers its attribute', async () => {
    await app.selectText(courier.title, '412 passengers');
    await app.pressKey('f');
    await expect(app.annotation('412 passengers')).toContainText('Figure');
    await app.expectSaved();
    await app.setAttribute('unit', 'people');
  });

  await test.step('the service refuses to drop a label in use, and the dialog says why', async () => {
    const dialog = await app.openSchemaSettings();
    await dialog.getByRole('button', { name: 'Remove label Source' }).click();
    await dialog.getByRole('button', { name: 'Save schema' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Source');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
  });

  await test.step('the new schema survives a reload', async () => {
    await app.reload();
    await expect(
      app.page.getByRole('toolbar', { name: 'Labels' }).getByRole('button', { name: 'Figure' }),
    ).toBeVisible();
  });
});

test('document details, note, layout, resizing, synchronised scrolling, dark theme and the shortcut sheet', async ({
  app,
}) => {
  await app.importFiles(courier.path, valleyPost.path);
  await app.openDocument(courier.title);
  await app.openDocument(valleyPost.title);

  await test.step('the header shows outlet, author and date, edited in place', async () => {
    await app
      .pane(courier.title)
      .getByRole('button', { name: `Edit details of ${courier.title}` })
      .click();
    const form = app.page.getByRole('form', { name: `Details of ${courier.title}` });
    await form.getByRole('textbox', { name: 'Outlet' }).fill('Coastline Courier');
    await form.getByRole('textbox', { name: 'Author' }).fill('Tomas Hallberg');
    await form.getByRole('textbox', { name: 'Published' }).fill('2031-03-04');
    await form.getByRole('button', { name: 'Save details' }).click();
    await app.expectSaved();
    await expect(app.pane(courier.title).locator('header')).toContainText(
      'Coastline Courier · Tomas Hallberg · 2031-03-04',
    );
    await expect(app.pane(courier.title).locator('header')).toContainText('courier.txt');
    await app.undo('key');
    await expect(app.pane(courier.title).locator('header')).not.toContainText('Tomas Hallberg');
    await app.redo('key');
    await expect(app.pane(courier.title).locator('header')).toContainText('Tomas Hallberg');
  });

  await test.step('a document-level rich-text note', async () => {
    await app
      .pane(courier.title)
      .getByRole('button', { name: `Document note of ${courier.title}` })
      .click();
    const note = app.pane(courier.title).getByRole('textbox', { name: 'Document note' });
    await note.click();
    await app.page.keyboard.type('Counts differ from the other reports.');
    await app.pane(courier.title).locator('.pane-title').click();
    await app.expectSaved();
    await app.reload();
    await app
      .pane(courier.title)
      .getByRole('button', { name: `Document note of ${courier.title}` })
      .click();
    await expect(app.pane(courier.title).getByRole('textbox', { name: 'Document note' })).toHaveText(
      'Counts differ from the other reports.',
    );
  });

  await test.step('resize panes with the keyboard and change the layout', async () => {
    const splitter = app.page.getByRole('separator', { name: `Resize ${courier.title} and ${valleyPost.title}` });
    const before = (await app.pane(courier.title).boundingBox())!.width;
    await splitter.focus();
    await app.pressKey('ArrowRight');
    await app.pressKey('ArrowRight');
    await expect.poll(async () => (await app.pane(courier.title).boundingBox())!.width).toBeGreaterThan(before + 30);
    await app.chooseLayout('Stacked');
    const [a, b] = [(await app.pane(courier.title).boundingBox())!, (await app.pane(valleyPost.title).boundingBox())!];
    expect(a.y + a.height <= b.y + 1, 'stacked: one above the other').toBe(true);
    await app.chooseLayout('Side by side');
  });

  await test.step('synchronised scrolling moves the other pane along', async () => {
    await app.setOption('Sync scroll', true);
    await app.scrollPane(courier.title, 300);
    await expect.poll(async () => (await app.paneScroll(valleyPost.title)).top).toBeGreaterThan(0);
    await app.setOption('Sync scroll', false);
  });

  await test.step('the inspector can be hidden', async () => {
    await app.toggleInspector();
    await expect(app.inspector()).toHaveCount(0);
    await app.toggleInspector();
    await expect(app.inspector()).toBeVisible();
  });

  await test.step('a dark theme follows the system setting', async () => {
    const background = () =>
      app.page.evaluate(() => getComputedStyle(document.querySelector('.pane')!).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).toBe('rgb(36, 37, 40)');
    await app.page.emulateMedia({ colorScheme: 'light' });
  });

  await test.step('? opens the shortcut sheet; Escape closes it', async () => {
    await app.page.locator('.pane-title').first().click();
    await app.pressKey('?');
    const sheet = app.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('Attribute the selected claim');
    await app.pressKey('Escape');
    await expect(sheet).toHaveCount(0);
  });
});
