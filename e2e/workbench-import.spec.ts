import { courier, courierRevised } from './articles';
import { expect, test } from './fixtures';

const CAUSE = 'a steering fault sent the ferry onto the shoal';
const NEW_CAUSE = 'declined to say what caused the grounding';

test('re-import a changed file, re-attach an orphaned span, shade or hide boilerplate', async ({ app }) => {
  await app.importFiles(courier.path);
  await app.openDocument(courier.title);

  await test.step('boilerplate is shaded, and "Hide boilerplate" collapses it without changing offsets', async () => {
    const flagged = app.pane(courier.title).locator('.boilerplate');
    await expect(flagged).toHaveText(['Advertisement']);
    await expect(flagged).toBeVisible();
    await app.setOption('Hide boilerplate', true);
    await expect(flagged).toBeHidden();
    // Offsets still refer to the whole text: a span tagged after the hidden passage exports as written.
    await app.tag(courier.title, 'Passengers described a sudden jolt', 'Claim');
    const { records } = await app.exportJsonl();
    const span = records[0]!.spans[0]!;
    expect(Array.from(records[0]!.text).slice(span.start, span.end).join('')).toBe(
      'Passengers described a sudden jolt',
    );
    await app.setOption('Hide boilerplate', false);
    await expect(flagged).toBeVisible();
  });

  await test.step('re-import: the counts are shown and the span whose text went is "Orphaned"', async () => {
    await app.tag(courier.title, CAUSE, 'Claim');
    const chooser = app.page.waitForEvent('filechooser');
    await app
      .pane(courier.title)
      .getByRole('button', { name: `Re-import ${courier.title}` })
      .click();
    await (await chooser).setFiles(courierRevised);
    const report = app.pane(courier.title).getByRole('status', { name: `Re-import result for ${courier.title}` });
    await expect(report).toContainText('1 orphaned');
    await expect(report).toContainText('1 moved');
    await app.expectPaneShows(courier.title, NEW_CAUSE);
    await expect(app.annotation(CAUSE)).toContainText('Orphaned');
  });

  await test.step('re-attach the orphan to a new selection', async () => {
    await app.selectText(courier.title, NEW_CAUSE);
    await app.annotation(CAUSE).getByRole('button', { name: 'Re-attach to selection' }).click();
    await app.expectSaved();
    await expect(app.annotation(NEW_CAUSE)).toHaveCount(1);
    await expect(app.annotation(NEW_CAUSE)).not.toContainText('Orphaned');
    await expect(app.highlights(courier.title, 'Claim').filter({ hasText: 'declined to say' })).toHaveCount(1);
  });
});

test.describe('a workspace with a damaged file', () => {
  test.use({ workspaceFiles: { 'documents/d-damaged.json': '{ this is not json' } });

  test('shows the problem as a notice that can be dismissed', async ({ app }) => {
    const notice = app.page.getByRole('region', { name: 'Workspace problems' });
    await expect(notice).toContainText('d-damaged.json');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });
});
