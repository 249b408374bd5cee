import { generateCorpus, generatedLinksFile, generatedWorkspaceFiles } from './generated-corpus';
import { expect, test } from './fixtures';

const COUNT = 600;
const GROUPS = 200;
const corpus = generateCorpus(COUNT, 60, 2);
const quoteOf = (n: number, label: string): string => corpus[n]!.spans.find((x) => x.label === label)!.quote;

test.use({ workspaceFiles: { ...generatedWorkspaceFiles(corpus), ...generatedLinksFile(corpus, GROUPS) } });
test.describe.configure({ timeout: 240_000 });

test('the claims matrix and the sources view of 600 documents draw only what is in view', async ({ app }) => {
  await test.step('a page of 50 groups spans 150 documents; only the first columns are drawn', async () => {
    const matrix = await app.openMatrix();
    await expect(matrix).toHaveAttribute('aria-colcount', String(150 + 1));
    const drawn = await matrix.getByRole('columnheader').count();
    expect(drawn).toBeGreaterThan(3);
    expect(drawn).toBeLessThan(20);
    await expect(matrix.getByRole('columnheader', { name: corpus[0]!.document.title })).toBeVisible();
    await expect(app.matrixRow('Generated claim 1.').getByRole('button').first()).toContainText(quoteOf(0, 'Claim'));
  });

  await test.step('scrolling across brings the last documents of the page, still few columns', async () => {
    const matrix = app.page.getByRole('table', { name: 'Claims matrix' });
    // The table scrolls in a box of its own, under the page's controls.
    await matrix.evaluate((table) => table.parentElement!.scrollTo({ left: table.scrollWidth }));
    const last = corpus[149]!.document.title;
    await expect(matrix.getByRole('columnheader', { name: last })).toBeInViewport();
    await expect(matrix.getByRole('columnheader', { name: last })).toHaveAttribute('aria-colindex', '151');
    await expect(app.matrixRow('Generated claim 50.').getByRole('button').last()).toContainText(quoteOf(149, 'Claim'));
    // The statements stay in view on the left.
    await expect(app.matrixRow('Generated claim 1.').getByRole('rowheader')).toBeInViewport();
    await expect(app.page.getByRole('button', { name: 'Next groups', exact: true })).toBeInViewport();
    await app.page.screenshot({ path: '/tmp/matrix/matrix-scrolled.png' });
    expect(await matrix.getByRole('columnheader').count()).toBeLessThan(20);
  });

  await test.step('the next page starts again at its first documents', async () => {
    await app.page.getByRole('button', { name: 'Next groups', exact: true }).click();
    const matrix = app.page.getByRole('table', { name: 'Claims matrix' });
    await expect(matrix.getByRole('columnheader', { name: corpus[150]!.document.title })).toBeInViewport();
    await expect(app.matrixRow('Generated claim 51.').getByRole('button').first()).toContainText(quoteOf(150, 'Claim'));
  });

  await test.step('the sources view counts every source but draws only the rows in view', async () => {
    const table = await app.openSources();
    await expect(table).toHaveAttribute('aria-rowcount', /^\d+$/);
    const sources = Number(await table.getAttribute('aria-rowcount')) - 1;
    expect(sources).toBeGreaterThan(200);
    await expect(app.page.getByRole('region', { name: 'Sources' }).getByText(`${sources} sources:`)).toBeVisible();
    const drawn = await table.getByRole('row').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(80);
    await expect(table.getByRole('row').nth(1)).toHaveAttribute('aria-rowindex', '2');
    const region = app.page.getByRole('region', { name: 'Sources' });
    await region.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect(table.getByRole('row').last()).toHaveAttribute('aria-rowindex', String(sources + 1));
    await expect(table.getByRole('row').last()).toBeInViewport();
    await app.page.screenshot({ path: '/tmp/matrix/sources-scrolled.png' });
    expect(await table.getByRole('row').count()).toBeLessThan(80);
  });
});
