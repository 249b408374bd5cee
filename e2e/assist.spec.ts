import { join } from 'node:path';
import { expect, test } from './fixtures';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'assist');
const bridge = { path: join(FIXTURES, 'bridge-closure.txt'), title: 'Bridge closure notice' };
const flood = { path: join(FIXTURES, 'flood-count.txt'), title: 'Flood count from the mayor' };

test('the offline assistant suggests, the analyst accepts or rejects, the comparison proposes a group', async ({
  app,
}) => {
  await app.importFiles(bridge.path, flood.path);
  await app.openDocument(flood.title);
  await app.openDocument(bridge.title);

  await test.step('suggestions show as dashed outlines and a list, applied only when accepted', async () => {
    await app.showSuggestions();
    await expect(app.suggestion('the city council', 'Source')).toHaveCount(1);
    await expect(app.suggestion('the city council', 'Source')).toContainText('according to');
    const outline = app
      .pane(bridge.title)
      .locator('.collate-suggestion[data-label="Source"]')
      .filter({ hasText: 'the city council' });
    await expect(outline).toHaveCount(1);
    await expect(outline).toHaveAttribute('title', /according to.*score/);
    await expect(app.highlights(bridge.title)).toHaveCount(0);
    await expect(app.annotations()).toHaveCount(0);
  });

  await test.step('Enter accepts a source: it becomes a Source span', async () => {
    await app.acceptSuggestion('the city council', 'Source');
    await expect(app.annotation('the city council')).toHaveCount(1);
    await expect(app.annotation('the city council')).toContainText('Source');
    await expect(app.highlights(bridge.title, 'Source')).toHaveCount(1);
  });

  await test.step('Backspace rejects a suggestion; it does not come back after a reload', async () => {
    await app.rejectSuggestion('Officials', 'Source');
    await expect(app.annotation('Officials')).toHaveCount(0);
    await app.reload();
    await expect(app.suggestionList().getByRole('option').first()).toBeVisible();
    await expect(app.suggestion('said', 'Cue').first()).toBeVisible();
    await expect(app.suggestion('Officials', 'Source')).toHaveCount(0);
    await expect(app.suggestion('the city council', 'Source')).toHaveCount(0);
    await expect(app.annotation('the city council')).toHaveCount(1);
  });

  await test.step('comparing proposes a group of the two flood claims; it shows a difference in precision', async () => {
    await app.tag(bridge.title, '2,400 homes were flooded', 'Claim');
    await app.tag(flood.title, 'About 2,300 homes were flooded', 'Claim');
    await app.compareArticles();
    await app.acceptComparedGroup('2,400 homes were flooded');
    const row = app.matrixRow('homes were flooded');
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('listitem').filter({ hasText: 'different precision' })).not.toHaveCount(0);
  });
});
