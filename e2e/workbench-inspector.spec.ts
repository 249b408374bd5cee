import { courier, valleyPost } from './articles';
import { expect, test } from './fixtures';

const CLAIM = 'All 412 passengers were taken off the ferry by lifeboat';
const SOURCE = 'harbour master Ines Okafor';
const CAUSE = 'a steering fault sent the ferry onto the shoal';

test('inspect, edit and delete a span, with undo and redo of every edit', async ({ app }) => {
  await app.importFiles(courier.path, valleyPost.path);
  await app.openDocument(courier.title);

  await test.step('tag a claim and a source; the inspector shows the selected span', async () => {
    await app.tag(courier.title, SOURCE, 'Source');
    await app.tag(courier.title, CLAIM, 'Claim');
    const inspector = app.inspector();
    await expect(inspector).toContainText(CLAIM);
    await expect(inspector.getByRole('combobox', { name: 'Label', exact: true })).toHaveValue('Claim');
    await expect(inspector).toContainText('Author');
    await expect(inspector).toContainText('Created');
    await expect(inspector).toContainText('Modified');
  });

  await test.step('set an attribute and write a rich-text note', async () => {
    await app.setAttribute('certainty', 'hedged');
    await app.writeNote('Count', ' differs from the Valley Post.');
    await expect(app.inspector().getByRole('textbox', { name: 'Note' }).locator('strong')).toHaveText('Count');
  });

  await test.step('change the label, then undo and redo it with the keyboard', async () => {
    await app.chooseInInspector('Label', 'Cue');
    await app.expectSaved();
    await expect(app.highlights(courier.title, 'Cue').filter({ hasText: 'All 412' })).toHaveCount(1);
    await app.undo('key');
    await expect(app.highlights(courier.title, 'Claim').filter({ hasText: 'All 412' })).toHaveCount(1);
    await expect(app.inspector().getByRole('combobox', { name: 'certainty' })).toHaveValue('hedged');
    await app.redo('key');
    await expect(app.highlights(courier.title, 'Cue').filter({ hasText: 'All 412' })).toHaveCount(1);
    await app.undo('button');
    await expect(app.highlights(courier.title, 'Claim').filter({ hasText: 'All 412' })).toHaveCount(1);
  });

  await test.step('attribute the claim, then delete it and undo the delete: span and link come back', async () => {
    await app.selectAnnotation(CLAIM);
    await app.chooseInInspector('Pick a source', SOURCE);
    await app.inspector().getByRole('button', { name: 'Attribute', exact: true }).click();
    await app.expectSaved();
    await expect(app.links()).toHaveCount(1);
    await expect(app.links()).toContainText(SOURCE);

    await app.inspector().getByRole('button', { name: 'Delete', exact: true }).click();
    await app.expectSaved();
    await expect(app.annotation(CLAIM)).toHaveCount(0);
    await expect(app.highlights(courier.title, 'Claim')).toHaveCount(0);

    await app.undo('key');
    await expect(app.annotation(CLAIM)).toHaveCount(1);
    await app.selectAnnotation(CLAIM);
    await expect(app.links()).toContainText(SOURCE);
    await expect(app.inspector().getByRole('combobox', { name: 'certainty' })).toHaveValue('hedged');
    await expect(app.inspector().getByRole('textbox', { name: 'Note' })).toContainText('Count differs');

    await app.redo('ctrl-y');
    await expect(app.annotation(CLAIM)).toHaveCount(0);
    await app.undo('key');
    await expect(app.annotation(CLAIM)).toHaveCount(1);
  });

  await test.step('undo a new tag removes it; redo puts it back', async () => {
    await app.tag(courier.title, CAUSE, 'Claim');
    await expect(app.annotation(CAUSE)).toHaveCount(1);
    await app.undo('key');
    await expect(app.annotation(CAUSE)).toHaveCount(0);
    await app.redo('key');
    await expect(app.annotation(CAUSE)).toHaveCount(1);
  });

  await test.step('everything was saved: after a reload the same spans, attribute, note and link', async () => {
    await app.reload();
    await expect(app.annotations()).toHaveCount(3);
    await app.selectAnnotation(CLAIM);
    await expect(app.inspector().getByRole('combobox', { name: 'certainty' })).toHaveValue('hedged');
    await expect(app.inspector().getByRole('textbox', { name: 'Note' }).locator('strong')).toHaveText('Count');
    await expect(app.links()).toContainText(SOURCE);
  });
});
