import { generateCorpus, generatedLinksFile, generatedWorkspaceFiles } from './generated-corpus';
import { expect, test } from './fixtures';

const COUNT = 2000;
const GROUPS = 120;
const corpus = generateCorpus(COUNT, 60, 2);

test.use({ workspaceFiles: { ...generatedWorkspaceFiles(corpus), ...generatedLinksFile(corpus, GROUPS) } });
// Writing 4,000 files and opening them takes a while on a busy machine; the list itself is what is checked.
test.describe.configure({ timeout: 360_000 });

test('a library of 2,000 documents renders only the rows in view, filters, searches and opens', async ({ app }) => {
  await expect(app.documentsShown()).toHaveText(`${COUNT} documents`);
  const rendered = await app.documentOptions().count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
  await expect(app.documentOptions().first()).toHaveAttribute('aria-setsize', String(COUNT));

  await test.step('scrolling to the end shows the last document, still with few rows', async () => {
    await app.documentList().focus();
    await app.documentList().press('End');
    const last = corpus.at(-1)!.document.title;
    await expect(app.documentButton(last)).toBeVisible();
    expect(await app.documentList().evaluate((list) => list.scrollTop)).toBeGreaterThan(40 * (COUNT - 30));
    await expect(app.documentButton(last)).toHaveAttribute('aria-posinset', String(COUNT));
    expect(await app.documentOptions().count()).toBeLessThan(60);
  });

  await test.step('typing narrows the list to the one document', async () => {
    const wanted = corpus[1233]!.document;
    await app.filterLibrary('1234');
    await expect(app.documentsShown()).toHaveText(`1 of ${COUNT} documents`);
    await expect(app.documentOptions()).toHaveCount(1);
    await expect(app.documentOptions().first()).toHaveAccessibleName(wanted.title);
    await app.openDocument(wanted.title);
    await expect(app.pane(wanted.title)).toBeVisible();
    await app.filterLibrary('');
  });

  await test.step('the first document opens with its spans, then another', async () => {
    for (const { document, spans } of [corpus[0]!, corpus[4]!]) {
      await app.openDocument(document.title);
      const claim = spans.find((x) => x.label === 'Claim')!;
      await expect(app.highlights(document.title, 'Claim').first()).toHaveText(claim.quote);
    }
  });

  await test.step('searching every document finds one article by a word of its title and opens it', async () => {
    const wanted = corpus[1500]!.document;
    // The workspace has no search index yet: the first query builds it.
    await app.searchAllDocuments(wanted.title, { timeout: 120_000 });
    await expect(app.corpusHits().first()).toContainText(wanted.title);
    await app.openCorpusHit(wanted.title);
    await expect(app.pane(wanted.title)).toBeVisible();
  });

  await test.step('the claims matrix shows its 120 groups 50 at a time, each cell with its source', async () => {
    await app.openMatrix();
    await expect(app.page.getByRole('navigation', { name: 'Claim group pages' }).getByRole('status')).toHaveText(
      `Groups 1–50 of ${GROUPS}`,
    );
    const quoteOf = (n: number, label: string): string => corpus[n]!.spans.find((x) => x.label === label)!.quote;
    await expect(app.matrixRow('Generated claim 1.').getByRole('button')).toHaveCount(3);
    await expect(app.matrixRow('Generated claim 1.').getByRole('button').first()).toContainText(
      `Source: ${quoteOf(0, 'Source')}`,
    );
    await expect(app.matrixRow('Generated claim 51.')).toHaveCount(0);
    await app.page.getByRole('button', { name: 'Next groups', exact: true }).click();
    await expect(app.matrixRow('Generated claim 51.').getByRole('button').last()).toContainText(quoteOf(152, 'Claim'));
  });
});
