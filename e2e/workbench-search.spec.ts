import { courier, ledger, valleyPost } from './articles';
import { expect, test } from './fixtures';

test('search the open articles and filter the annotations panel', async ({ app }) => {
  await app.importFiles(courier.path, valleyPost.path, ledger.path);
  await app.openDocument(courier.title);
  await app.openDocument(valleyPost.title);

  await test.step('plain text across all open articles, stepped through from the keyboard', async () => {
    await app.search('Kestrel Bay');
    await expect(app.searchStatus()).toHaveText(/^1 of \d+$/);
    const total = Number((await app.searchStatus().innerText()).split(' of ')[1]);
    expect(total).toBeGreaterThanOrEqual(4);
    await expect(app.searchHits(courier.title).first()).toBeVisible();
    await expect(app.searchHits(valleyPost.title).first()).toBeVisible();
    await expect(app.currentHit()).toHaveCount(1);
    await app.searchBox().press('Enter');
    await expect(app.searchStatus()).toHaveText(`2 of ${total}`);
    await app.searchBox().press('Shift+Enter');
    await app.searchBox().press('Shift+Enter');
    await expect(app.searchStatus()).toHaveText(`${total} of ${total}`);
    await expect(app.currentHit()).toBeInViewport();
  });

  await test.step('a regular expression, and the active document only', async () => {
    await app.search('\\d+ passengers', { regex: true });
    await expect(app.searchStatus()).toHaveText('1 of 2');
    await expect(app.searchHits(courier.title)).toHaveText(['412 passengers']);
    await expect(app.searchHits(valleyPost.title)).toHaveText(['500 passengers']);
    await app.search('(unclosed', { regex: true });
    await expect(app.searchStatus()).toContainText('Not a regular expression');
    await app.pane(valleyPost.title).click({ position: { x: 30, y: 12 } });
    await app.search('lifeboat', { regex: false, scope: 'This document' });
    await expect(app.searchHits(courier.title)).toHaveCount(0);
    await expect(app.searchHits(valleyPost.title).first()).toBeVisible();
    await app.searchBox().press('Escape');
    await expect(app.searchHits()).toHaveCount(0);
  });

  await test.step('filter the annotations by label, document, text and attribute', async () => {
    await app.tag(courier.title, 'harbour master Ines Okafor', 'Source');
    await app.tag(courier.title, 'All 412 passengers were taken off the ferry by lifeboat', 'Claim');
    await app.setAttribute('certainty', 'asserted');
    await app.tag(valleyPost.title, 'Nearly 500 passengers were taken off the ferry by lifeboat', 'Claim');
    await app.setAttribute('certainty', 'hedged');
    await app.tag(valleyPost.title, 'a coastguard spokesperson', 'Source');
    await expect(app.annotations()).toHaveCount(4);

    await app.filterAnnotations({ label: 'Claim' });
    await expect(app.annotations()).toHaveCount(2);
    await app.filterAnnotations({ document: valleyPost.title });
    await expect(app.annotations()).toHaveCount(1);
    await expect(app.annotations()).toContainText('Nearly 500');
    await app.filterAnnotations({
      label: 'All labels',
      document: 'All open documents',
      attribute: 'certainty: asserted',
    });
    await expect(app.annotations()).toHaveCount(1);
    await expect(app.annotations()).toContainText('All 412');
    await app.filterAnnotations({ attribute: 'Any attribute', text: 'coastguard' });
    await expect(app.annotations()).toHaveCount(1);
    await expect(app.annotations()).toContainText('a coastguard spokesperson');
    await app.filterAnnotations({ text: '' });
    await expect(app.annotations()).toHaveCount(4);
  });
});
