import { courier, ledger, valleyPost } from './articles';
import { expect, test } from './fixtures';

test('a corpus search hit opens its document at the place, text or annotation', async ({ app }) => {
  await app.importFiles(courier.path, valleyPost.path, ledger.path);
  await app.openDocument(ledger.title);
  await app.tag(ledger.title, 'Rolf Ekdahl', 'Source');
  await app.closeDocument(ledger.title);

  await test.step('a word in the text: the pane opens on it, flashing', async () => {
    await app.searchAllDocuments('saltmere');
    await expect(app.corpusHits().filter({ hasText: ledger.title })).toHaveCount(1);
    await app.openCorpusHit(ledger.title);
    await expect(app.pane(ledger.title)).toBeVisible();
    await expect(app.flashedHit(ledger.title)).toHaveText('Saltmere');
    await expect(app.flashedHit(ledger.title)).toBeInViewport();
  });

  await test.step('a label: the hit selects the span', async () => {
    await app.searchAllDocuments('source');
    await expect(app.corpusHits()).toHaveCount(1);
    await app.openCorpusHit('Rolf Ekdahl');
    await expect(app.pane(ledger.title).locator('.collate-span.is-selected')).toHaveText('Rolf Ekdahl');
  });
});
