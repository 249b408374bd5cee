import { join } from 'node:path';
import { courier, valleyPost } from './articles';
import { expect, test } from './fixtures';
import type { App } from './app';

const CLAIM = 'All 412 passengers were taken off the ferry by lifeboat';
const SOURCE = 'harbour master Ines Okafor';
const STATEMENT = 'Passengers were taken off the ferry by lifeboat';
/** Hides what differs on every run (times of creation and change), keeping its room. */
const steady = { stylePath: join(import.meta.dirname, 'screenshot-steady.css') };

/** Two articles side by side, a claim and a source tagged, the claim selected, suggestions on. */
async function workbench(app: App): Promise<void> {
  await app.importFiles(courier.path, valleyPost.path);
  await app.openDocument(courier.title);
  await app.openDocument(valleyPost.title);
  await app.tag(courier.title, SOURCE, 'Source');
  await app.tag(courier.title, CLAIM, 'Claim');
  await app.tag(valleyPost.title, 'Nearly 500 passengers were taken off the ferry by lifeboat', 'Claim');
  await app.showSuggestions();
  await app.selectAnnotation(CLAIM);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe-core finds no serious or critical problem on the main views (${scheme})`, async ({ app }) => {
    await app.useColourScheme(scheme);
    await workbench(app);
    expect(await app.accessibilityProblems(), 'articles view').toEqual([]);
    await app.createClaimGroup(STATEMENT, [
      { quote: CLAIM },
      { quote: 'Nearly 500 passengers were taken off the ferry by lifeboat' },
    ]);
    await app.openMatrix();
    expect(await app.accessibilityProblems(), 'claims matrix').toEqual([]);
  });
}

test('buttons show icons drawn for UIs, never emoji', async ({ app }) => {
  await workbench(app);
  await app.page.getByRole('button', { name: `Document note of ${courier.title}` }).click();
  expect(await app.buttonsShowingEmoji()).toEqual([]);
});

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`the articles and the claims matrix look as they should at ${size.width}×${size.height} (${scheme})`, async ({
      app,
    }, testInfo) => {
      testInfo.skip(testInfo.project.name !== 'web', 'screenshots are taken in the browser shell only');
      await app.page.setViewportSize(size);
      await app.useColourScheme(scheme);
      await workbench(app);
      await expect(app.page).toHaveScreenshot(`articles-${size.width}x${size.height}-${scheme}.png`, steady);
      await app.createClaimGroup(STATEMENT, [
        { quote: CLAIM },
        { quote: 'Nearly 500 passengers were taken off the ferry by lifeboat' },
      ]);
      await app.openMatrix();
      await expect(app.page).toHaveScreenshot(`matrix-${size.width}x${size.height}-${scheme}.png`, steady);
    });
  }
}
