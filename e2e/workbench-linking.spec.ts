import { courier, ledger, valleyPost } from './articles';
import { expect, test } from './fixtures';

const COURIER_CLAIM = 'All 412 passengers were taken off the ferry by lifeboat';
const COURIER_SOURCE = 'harbour master Ines Okafor';
const POST_CLAIM = 'Nearly 500 passengers were taken off the ferry by lifeboat';
const POST_SOURCE = 'a coastguard spokesperson who asked not to be named';
const LEDGER_CLAIM = 'About 390 passengers were taken off the ferry by lifeboat';
const LEDGER_SOURCE = 'Bluewake Lines';
const STATEMENT = 'Passengers were taken off the ferry by lifeboat';

test('link claims to sources, group the same claim across three panes, compare in the matrix', async ({ app }) => {
  await app.importFiles(courier.path, valleyPost.path, ledger.path);
  for (const a of [courier, valleyPost, ledger]) await app.openDocument(a.title);
  await expect(app.panes()).toHaveCount(3);

  await test.step('with the mouse: tag claims and sources, drag a claim onto its source', async () => {
    await app.tag(courier.title, COURIER_SOURCE, 'Source');
    await app.tag(courier.title, COURIER_CLAIM, 'Claim');
    await app.dragClaimToSource(courier.title, COURIER_CLAIM, courier.title, COURIER_SOURCE);
    await app.selectAnnotation(COURIER_CLAIM);
    await expect(app.links()).toContainText(`attributed-to → Source “${COURIER_SOURCE}”`);
    await app.tag(ledger.title, LEDGER_SOURCE, 'Source');
    await app.tag(ledger.title, LEDGER_CLAIM, 'Claim');
  });

  await test.step('from the keyboard only: make a claim and a source, then attribute the claim', async () => {
    await app.focusPaneText(2, valleyPost.title);
    await app.selectWithKeyboard(valleyPost.title, POST_CLAIM);
    await app.pressKey('c');
    await expect(app.annotation(POST_CLAIM)).toHaveCount(1);
    await app.expectSaved();
    await app.selectWithKeyboard(valleyPost.title, POST_SOURCE);
    await app.pressKey('s');
    await expect(app.annotation(POST_SOURCE)).toHaveCount(1);
    await app.expectSaved();

    await app.selectSpanWithKeyboard(valleyPost.title, POST_CLAIM);
    // This document's source first, then the sources already used elsewhere.
    const choices = await app.attributionChoices();
    expect(choices[0]).toContain(POST_SOURCE);
    expect(choices.some((c) => c.includes(COURIER_SOURCE) && c.includes('used in'))).toBe(true);
    await app.attributeWithKeyboard(POST_SOURCE);
    await expect(app.links()).toContainText(POST_SOURCE);
  });

  await test.step('pick a source in the inspector', async () => {
    await app.selectAnnotation(LEDGER_CLAIM);
    await app.chooseInInspector('Pick a source', LEDGER_SOURCE);
    await app.inspector().getByRole('button', { name: 'Attribute', exact: true }).click();
    await app.expectSaved();
    await expect(app.links()).toContainText(LEDGER_SOURCE);
  });

  await test.step('one claim group across three panes; selecting a member brings the others into view', async () => {
    await app.createClaimGroup(STATEMENT, [{ quote: COURIER_CLAIM }, { quote: POST_CLAIM }, { quote: LEDGER_CLAIM }]);
    await expect(app.inspector().getByRole('list', { name: 'Group members' }).getByRole('listitem')).toHaveCount(3);

    // Scroll the other panes away, then click the claim in the first pane.
    await app.scrollPane(valleyPost.title, 2000);
    await app.scrollPane(ledger.title, 2000);
    await app.clickHighlight(courier.title, 'All 412');
    const postPeer = app.highlights(valleyPost.title, 'Claim').and(app.page.locator('.is-peer'));
    const ledgerPeer = app.highlights(ledger.title, 'Claim').and(app.page.locator('.is-peer'));
    const text = (l: typeof postPeer) => l.allTextContents().then((t) => t.join(''));
    await expect.poll(() => text(postPeer)).toContain('Nearly 500 passengers');
    await expect.poll(() => text(ledgerPeer)).toContain('About 390 passengers');
    await expect(postPeer.first()).toBeInViewport();
    await expect(ledgerPeer.first()).toBeInViewport();
  });

  await test.step('mark a pair as contradicting; undo and redo the link', async () => {
    await app.selectAnnotation(POST_CLAIM);
    await app.relateClaims('Contradicts', 'About 390');
    await expect(app.links().filter({ hasText: 'contradicts' })).toHaveCount(1);
    await app.undo('key');
    await expect(app.links().filter({ hasText: 'contradicts' })).toHaveCount(0);
    await app.redo('key');
    await expect(app.links().filter({ hasText: 'contradicts' })).toHaveCount(1);
    await app.relateClaims('Supports', 'All 412');
    await expect(app.links().filter({ hasText: 'supports' })).toHaveCount(1);
  });

  await test.step('the claims matrix: one row, a column per article, differing words marked', async () => {
    const matrix = await app.openMatrix();
    const row = matrix.getByRole('row').filter({ hasText: STATEMENT });
    await expect(row).toHaveCount(1);
    for (const a of [courier, valleyPost, ledger])
      await expect(matrix.getByRole('columnheader', { name: a.title })).toBeVisible();
    const cells = row.getByRole('cell');
    await expect(cells).toHaveCount(3);
    await expect(cells.nth(0)).toContainText(COURIER_SOURCE);
    await expect(cells.nth(1)).toContainText(POST_SOURCE);
    await expect(cells.nth(2)).toContainText(LEDGER_SOURCE);
    await expect(cells.nth(0).locator('mark.differs')).toContainText(['412']);
    await expect(cells.nth(1).locator('mark.differs').first()).toHaveText('Nearly');
    await expect(cells.nth(2).locator('mark.differs', { hasText: '390' })).toHaveCount(1);
    await expect(cells.nth(0).locator('mark.differs', { hasText: 'passengers' })).toHaveCount(0);

    await cells.nth(2).getByRole('button').click();
    await expect(app.pane(ledger.title)).toBeVisible();
    await expect(app.annotation(LEDGER_CLAIM)).toHaveAttribute('aria-current', 'true');
    await expect(app.highlights(ledger.title, 'Claim').and(app.page.locator('.is-selected')).first()).toBeInViewport();
  });

  await test.step('the sources view: claims per source, documents, named or anonymous', async () => {
    await app.selectAnnotation(POST_SOURCE);
    await app.setAttribute('named', 'no');
    await app.selectAnnotation(COURIER_SOURCE);
    await app.setAttribute('named', 'yes');
    const table = await app.openSources();
    const post = table.getByRole('row').filter({ hasText: POST_SOURCE });
    await expect(post.getByRole('cell').nth(0)).toHaveText('1');
    await expect(post).toContainText(valleyPost.title);
    await expect(post).toContainText('anonymous');
    await expect(table.getByRole('row').filter({ hasText: COURIER_SOURCE })).toContainText('named');
    await expect(table.getByRole('row').filter({ hasText: LEDGER_SOURCE }).getByRole('cell').nth(0)).toHaveText('1');
  });
});
