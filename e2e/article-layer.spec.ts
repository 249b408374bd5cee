import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const TEXT =
  'Harbour flood note\n\nOfficials said 2,400 homes were flooded on Monday, the agency reported. ' +
  'The mayor said repairs would take a month.\n';
const TITLE = 'Harbour flood note';

/** A brat standoff line for a phrase of TEXT. */
function standoff(id: string, label: string, phrase: string): string {
  const start = TEXT.indexOf(phrase);
  return `${id}\t${label} ${start} ${start + phrase.length}\t${phrase}\n`;
}

test('the article view shows my layer, one annotator, all or the curated layer; only my layer is edited there', async ({
  app,
}, testInfo) => {
  test.slow(); // two annotators imported, a curation pass, four layers looked at
  const dir = testInfo.outputPath('two-annotators');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'harbour-flood.txt'), TEXT);
  writeFileSync(
    join(dir, 'harbour-flood_ana.ann'),
    standoff('T1', 'Source', 'Officials') + standoff('T2', 'Content', '2,400 homes were flooded on Monday'),
  );
  writeFileSync(
    join(dir, 'harbour-flood_ben.ann'),
    standoff('T1', 'Cue', 'Officials') +
      standoff('T2', 'Content', '2,400 homes were flooded on Monday') +
      standoff('T3', 'Content', 'would take a month'),
  );
  await app.importFiles(
    ...['harbour-flood.txt', 'harbour-flood_ana.ann', 'harbour-flood_ben.ann'].map((f) => join(dir, f)),
  );
  // Curation merges what Ana and Ben agree on into the curated layer.
  await app.openCuration(TITLE);
  await expect(app.curationProgress()).toHaveText('0 of 2 disagreements resolved');
  await app.openView('Articles');
  await app.openDocument(TITLE);
  await app.tag(TITLE, 'The mayor', 'Source');

  await test.step('all annotators: every layer but the curated one, and my layer editable', async () => {
    await expect(app.layerSwitch()).toBeVisible();
    await expect(app.layerSwitch().getByRole('combobox', { name: 'Layer shown' })).toHaveValue('all');
    await expect(app.annotations()).toHaveCount(6);
    await expect(app.layerStatus()).toContainText('Editable');
  });

  await test.step("ben's layer: his spans only, read-only", async () => {
    await app.showLayer('ben');
    await expect(app.annotations()).toHaveCount(3);
    await expect(app.highlights(TITLE)).toHaveText([
      'Officials',
      '2,400 homes were flooded on Monday',
      'would take a month',
    ]);
    await expect(app.layerStatus()).toHaveText(
      "ben's layer is read-only: show your own layer (or all annotators) to edit.",
    );
    await app.selectAnnotation('would take a month');
    await expect(app.inspector().getByRole('note', { name: 'Read-only' })).toContainText("ben's layer");
    await expect(app.inspector().getByRole('combobox', { name: 'Label', exact: true })).toHaveCount(0);
    await expect(app.page.getByRole('button', { name: 'Delete annotation', exact: true })).toBeDisabled();
    await app.pressKey('Delete');
    await expect(app.annotations()).toHaveCount(3);
    await app.selectText(TITLE, 'repairs');
    await app.pressKey('c');
    await expect(app.alerts().filter({ hasText: "ben's layer is read-only" })).toBeVisible();
    await expect(app.annotations()).toHaveCount(3);
  });

  await test.step('the curated layer: what curation merged, read-only here', async () => {
    await app.openView('Articles');
    await app.showLayer('Curated');
    await expect(app.annotations()).toHaveCount(1);
    await expect(app.highlights(TITLE)).toHaveText(['2,400 homes were flooded on Monday']);
    await expect(app.layerStatus()).toHaveText('The curated layer is read-only here: edit it in the Curation view.');
    expect(await app.accessibilityProblems(), 'article view on the curated layer').toEqual([]);
  });

  await test.step('my layer: my span only, and tagging goes on', async () => {
    await app.showLayer(/^My layer/);
    await expect(app.annotations()).toHaveCount(1);
    await expect(app.highlights(TITLE)).toHaveText(['The mayor']);
    await app.tag(TITLE, 'repairs', 'Claim');
    await expect(app.annotations()).toHaveCount(2);
    await app.selectAnnotation('repairs');
    await expect(app.inspector().getByRole('combobox', { name: 'Label', exact: true })).toHaveValue('Claim');
  });
});
