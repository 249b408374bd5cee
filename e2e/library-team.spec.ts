import { courier, ledger, valleyPost } from './articles';
import { expect, test } from './fixtures';
import { LibraryTeam } from './library-team-steps';

// Who "me" is for the browser shell the fixture starts (the service's annotator).
const ME = 'ana';
let annotatorBefore: string | undefined;
test.beforeAll(() => {
  annotatorBefore = process.env.COLLATE_ANNOTATOR;
  process.env.COLLATE_ANNOTATOR = ME;
});
test.afterAll(() => {
  if (annotatorBefore === undefined) delete process.env.COLLATE_ANNOTATOR;
  else process.env.COLLATE_ANNOTATOR = annotatorBefore;
});

test('tags, assignments, my queue, facets and export of a selection at 1280×800', async ({ app }, testInfo) => {
  test.slow();
  await app.page.setViewportSize({ width: 1280, height: 800 });
  const team = new LibraryTeam(app);
  await app.importFiles(courier.path, valleyPost.path, ledger.path);

  await test.step('a plain click opens a document without selecting it', async () => {
    await app.openDocument(ledger.title);
    await expect(team.selectionTools()).toHaveCount(0);
    await expect(app.documentButton(ledger.title)).toHaveAttribute('aria-selected', 'false');
    await app.tag(ledger.title, 'Rolf Ekdahl', 'Source');
  });

  await test.step('tag two documents by their boxes, undo, tag again; find them by tag', async () => {
    await team.checkDocuments(courier.title, valleyPost.title);
    await expect(app.pane(courier.title)).toHaveCount(0);
    await team.tagSelection('zephyr desk');
    await expect(app.libraryNotice()).toHaveText(/Tagged 2 documents #zephyr desk\./);
    await expect(app.documentButton(courier.title)).toContainText('#zephyr desk');
    await team.undoFromNotice('Undo tagging');
    await expect(app.documentButton(courier.title)).not.toContainText('#zephyr');
    await team.tagSelection('zephyr desk');
    await team.tagSelection('Kestrel');
    await team.untagSelection('kestrel');
    await expect(app.documentButton(valleyPost.title)).not.toContainText('#Kestrel');
    await app.filterLibrary('zephyr');
    await expect(app.documentsShown()).toHaveText('2 of 3 documents');
    await app.filterLibrary('');
    await app.searchAllDocuments('zephyr');
    await expect(app.corpusHits()).toHaveCount(2);
  });

  await test.step('a bad tag is refused with its reason', async () => {
    await team.selectionTools().getByRole('form', { name: 'Tag' }).getByRole('combobox', { name: 'Tag' }).fill('#x');
    await team.selectionTools().getByRole('button', { name: 'Add tag', exact: true }).click();
    await expect(app.alerts()).toContainText('starts with "#"');
  });

  await test.step('assign to me and to ben, work through my queue, read the progress table', async () => {
    await team.assignSelection(ME);
    await app.selectDocuments(ledger.title);
    await team.assignSelection('ben');
    await expect(team.queueStatus()).toHaveText(`${ME}: 2 of 2 to do`);
    await team.showMyQueue(true);
    await expect(app.documentsShown()).toHaveText('2 of 3 documents');
    await app.openDocument(valleyPost.title);
    await team.markCurrentDone();
    await expect(team.queueStatus()).toHaveText(`${ME}: 1 of 2 to do`);
    await expect(app.documentOptions()).toHaveCount(1);
    await expect(app.documentOptions().first()).toHaveAccessibleName(courier.title);
    expect(await team.progressTable()).toEqual(['Annotator Assigned Done Open', `${ME} (me) 2 1 1`, 'ben 1 0 1']);
    await team.closeProgress();
    await team.showMyQueue(false);
  });

  await test.step('facets: tag, annotator and assignee, with counts', async () => {
    await team.chooseFacet('Tag', 'zephyr desk (2)');
    await expect(app.documentsShown()).toHaveText('2 of 3 documents');
    await team.clearFilters();
    await team.chooseFacet('Assigned to', 'ben (1)');
    await expect(app.documentOptions()).toHaveCount(1);
    await expect(app.documentOptions().first()).toHaveAccessibleName(ledger.title);
    await team.clearFilters();
    await team.chooseFacet('Annotated by', `${ME} (1)`);
    await expect(app.documentOptions().first()).toHaveAccessibleName(ledger.title);
    await team.clearFilters();
  });

  await test.step('light and dark: no serious accessibility problem with the batch tools and facets open', async () => {
    await app.selectDocuments(courier.title, ledger.title);
    await team.selectionTools().getByRole('button', { name: 'Tag…', exact: true }).click();
    for (const scheme of ['light', 'dark'] as const) {
      await app.useColourScheme(scheme);
      expect(await app.accessibilityProblems(), `library, ${scheme}`).toEqual([]);
      await app.page.screenshot({ path: testInfo.outputPath(`library-team-${scheme}.png`) });
    }
    await app.useColourScheme('light');
  });

  await test.step('export the selection: only the selected documents are in the file', async () => {
    const files = await team.exportSelection('collate-jsonl');
    const data = Object.entries(files).find(([path]) => path.endsWith('.jsonl'))![1];
    const titles = data
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { title: string }).title);
    expect(titles.sort()).toEqual([courier.title, ledger.title].sort());
  });
});
