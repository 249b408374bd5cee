import { courier, ledger, valleyPost } from './articles';
import { expect, test } from './fixtures';

test('filter, sort, remove and undo in the library', async ({ app }) => {
  test.slow();
  await app.importFiles(courier.path, valleyPost.path, ledger.path);
  await app.openDocument(ledger.title);
  await app.tag(ledger.title, 'Rolf Ekdahl', 'Source');

  await test.step('filter as you type and clear', async () => {
    await app.filterLibrary('shoal');
    await expect(app.documentOptions()).toHaveCount(1);
    await expect(app.documentOptions().first()).toHaveAccessibleName(valleyPost.title);
    await expect(app.documentsShown()).toHaveText('1 of 3 documents');
    await app.filterLibrary('');
    await expect(app.documentsShown()).toHaveText('3 documents');
  });

  await test.step('sort by title, reversed, and by annotation count with counts shown', async () => {
    await app.sortLibrary('Title');
    await expect(app.documentOptions()).toHaveText(
      [courier.title, valleyPost.title, ledger.title].map((t) => new RegExp(`^${t}`)),
    );
    await app.sortLibrary('Title', true);
    await expect(app.documentOptions().first()).toHaveAccessibleName(ledger.title);
    await app.sortLibrary('Annotations', true);
    await expect(app.documentOptions().first()).toHaveAccessibleName(ledger.title);
    await expect(app.documentButton(ledger.title)).toContainText('1 annotation');
  });

  await test.step('remove two documents and bring them back with Undo, annotations included', async () => {
    await app.selectDocuments(ledger.title, courier.title);
    await app.removeSelectedDocuments();
    await expect(app.documentOptions()).toHaveCount(1);
    await expect(app.libraryNotice()).toContainText('Removed 2 documents with 1 annotation.');
    await expect(app.pane(ledger.title)).toHaveCount(0);
    await app.undoRemoval();
    await expect(app.documentOptions()).toHaveCount(3);
    await expect(app.documentButton(ledger.title)).toContainText('1 annotation');
    await app.openDocument(ledger.title);
    await expect(app.highlights(ledger.title, 'Source')).toHaveText(['Rolf Ekdahl']);
  });

  await test.step('remove with the keyboard, undo with Ctrl+Z', async () => {
    await app.selectDocuments(valleyPost.title);
    await app.pressKey('Delete');
    await expect(app.libraryNotice()).toContainText(`Removed “${valleyPost.title}”`);
    await expect(app.documentOptions()).toHaveCount(2);
    await app.undo('key');
    await expect(app.documentOptions()).toHaveCount(3);
  });
});
