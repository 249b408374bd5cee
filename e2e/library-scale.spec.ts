import { generateCorpus, generatedWorkspaceFiles } from './generated-corpus';
import { expect, test } from './fixtures';

const COUNT = 2000;
const corpus = generateCorpus(COUNT, 60, 2);

test.use({ workspaceFiles: generatedWorkspaceFiles(corpus) });
// Writing 4,000 files and opening them takes a while on a busy machine; the list itself is what is checked.
test.describe.configure({ timeout: 360_000 });

test('a library of 2,000 documents renders only the rows in view and filters as you type', async ({ app }) => {
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
  });
});
