import { courier, harbourLedger, ledger, tideTables, valleyPost } from './articles';
import { expect, test } from './fixtures';

const CLAIM = 'All 412 passengers were taken off the ferry by lifeboat';
const SOURCE = 'harbour master Ines Okafor';

test('four panes at 1280×800 each show at least 12 lines, titles on one line with the full title on hover', async ({
  app,
}) => {
  await app.page.setViewportSize({ width: 1280, height: 800 });
  const articles = [courier, valleyPost, ledger, tideTables];
  await app.importFiles(...articles.map((a) => a.path));
  for (const a of articles) await app.openDocument(a.title);
  await expect(app.panes()).toHaveCount(4);
  for (const a of articles) {
    const title = app.paneTitle(a.title);
    await expect(title).toHaveAttribute('title', a.title);
    // One line of title: no wrapping, one syllable per line or otherwise.
    const lineHeight = await title.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(await app.heightOf(title)).toBeLessThan(lineHeight * 1.5);
    expect(await app.visibleTextLines(a.title), `lines of text shown in "${a.title}"`).toBeGreaterThanOrEqual(12);
  }

  await test.step('a fifth article takes the least recently used pane, and the window says which', async () => {
    await app.importFiles(harbourLedger.path);
    await app.openDocument(harbourLedger.title);
    await expect(app.panes()).toHaveCount(4);
    await expect(app.alerts()).toContainText(`“${courier.title}” was closed to show “${harbourLedger.title}”`);
  });
});

test('after typing a note, clicking a highlight and pressing a opens the source picker; the note is unchanged', async ({
  app,
}) => {
  await app.importFiles(courier.path);
  await app.openDocument(courier.title);
  await app.tag(courier.title, SOURCE, 'Source');
  await app.tag(courier.title, CLAIM, 'Claim');
  await app.selectAnnotation(CLAIM);
  const note = app.inspector().getByRole('textbox', { name: 'Note', exact: true });
  await note.click();
  await app.page.keyboard.type('Check the count');
  await app.clickHighlight(courier.title, 'All 412');
  await expect(note).not.toBeFocused();
  await app.pressKey('a');
  await expect(app.page.getByRole('listbox', { name: 'Attribute to source' })).toBeVisible();
  await app.pressKey('Escape');
  await app.pressKey('g');
  await app.pressKey('Escape');
  await expect(note).toHaveText('Check the count');

  await test.step('clicking the annotation list also leaves the note', async () => {
    await note.click();
    await app.page.keyboard.type('!');
    await app.selectAnnotation(SOURCE);
    await app.selectAnnotation(CLAIM);
    await app.pressKey('c');
    await expect(note).toHaveText('Check the count!');
    await app.expectSaved();
  });
});

test('the schema editor refuses a hotkey the workbench owns and names the action', async ({ app }) => {
  await app.importFiles(courier.path);
  const dialog = await app.openSchemaSettings();
  await dialog.getByRole('button', { name: 'Add label' }).click();
  await dialog.getByRole('textbox', { name: 'Label 4 name' }).fill('Figure');
  await dialog.getByRole('textbox', { name: 'Label 4 hotkey' }).fill('a');
  await dialog.getByRole('button', { name: 'Save schema' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Attribute the selected claim to a source');
  await expect(dialog).toBeVisible();
});

test('a bad regular expression in search is explained in words', async ({ app }) => {
  await app.importFiles(courier.path);
  await app.openDocument(courier.title);
  await app.search('ferry (run', { regex: true });
  await expect(app.searchStatus()).toContainText('an opening bracket “(” is never closed');
  await expect(app.searchStatus()).not.toContainText('Invalid regular expression');
});

test('a plain drag inside a selected claim selects text; Alt+drag links, says so while dragging, and one undo takes it back', async ({
  app,
}) => {
  await app.importFiles(courier.path);
  await app.openDocument(courier.title);
  await app.tag(courier.title, SOURCE, 'Source');
  await app.tag(courier.title, CLAIM, 'Claim');
  await app.selectAnnotation(CLAIM);
  await app.selectText(courier.title, '412 passengers');
  await app.selectAnnotation(CLAIM);
  await expect(app.links()).toHaveCount(0);

  await app.dragClaimToSource(courier.title, CLAIM, courier.title, SOURCE);
  await app.selectAnnotation(CLAIM);
  await expect(app.links()).toContainText(`attributed-to → Source “${SOURCE}”`);
  await app.undo();
  await app.selectAnnotation(CLAIM);
  await expect(app.links()).toHaveCount(0);
});

test('the empty library names every format it can import', async ({ app }) => {
  for (const format of ['.txt', '.md', '.html', '.docx', '.pdf', '.epub', '.ann', '.jsonl']) {
    await expect(app.library()).toContainText(format);
  }
});

test('a new workspace offers sample articles, which open and compare like any import', async ({ app }) => {
  await app.addSampleArticles();
  for (const title of [
    'Storm surge floods Port Aldren, 4,000 residents evacuated',
    'Three dead as sea wall fails in Port Aldren',
    'Port Aldren counts the cost after storm surge',
  ])
    await app.expectImported(title);
  await expect(app.library().getByRole('button', { name: 'Add sample articles' })).toHaveCount(0);
  await app.openDocument('Three dead as sea wall fails in Port Aldren');
  await expect(app.pane('Three dead as sea wall fails in Port Aldren')).toContainText('Northshore Daily');
});

test('a page the server refuses (wrong or old token) says what happened and how to get the right address', async ({
  app,
}, testInfo) => {
  testInfo.skip(testInfo.project.name !== 'web', 'the desktop window has no token');
  // As after a restart of `collate serve`: the page's token is no longer the server's.
  await app.page.route('**/api/**', (route) =>
    route.fulfill({ status: 403, contentType: 'text/plain', body: 'Forbidden: this request lacks the token.' }),
  );
  await app.page.reload();
  await expect(app.startupProblem()).toContainText('Collate did not let this page in');
  await expect(app.startupProblem()).toContainText('?token=');
  await expect(app.startupProblem()).toContainText('collate serve');
});

test('the export dialog shows its Format select whole at 1280×800', async ({ app }) => {
  await app.page.setViewportSize({ width: 1280, height: 800 });
  await app.importFiles(courier.path);
  await app.toolbarCommand('Export dataset…');
  const dialog = app.exportDialog();
  const format = dialog.getByRole('combobox', { name: 'Format' });
  await expect(format).toBeVisible();
  expect(await app.sticksOutOf(format, dialog)).toBe(false);
});

test('a message said again replaces its banner, another stacks below it, and each is dismissed', async ({ app }) => {
  await app.importFiles(courier.path);
  await app.openDocument(courier.title);
  const claimFirst = 'Select some text in an article before tagging it as Claim.';
  const sourceFirst = 'Select some text in an article before tagging it as Source.';
  await app.pressKey('c');
  await app.pressKey('c');
  await expect(app.alertMessages()).toHaveText([claimFirst]);
  await app.pressKey('s');
  await expect(app.alertMessages()).toHaveText([claimFirst, sourceFirst]);
  await app.dismissAlert(claimFirst);
  await expect(app.alertMessages()).toHaveText([sourceFirst]);
  await app.dismissAlert(sourceFirst);
  await expect(app.alerts()).toHaveCount(0);
});

test('"Accept all Sources" accepts exactly the listed source suggestions, and one undo takes them back', async ({
  app,
}) => {
  await app.importFiles(courier.path);
  await app.openDocument(courier.title);
  await app.showSuggestions();
  const sources = app
    .suggestionList()
    .getByRole('option')
    .filter({ hasText: /^Source/ });
  const listed = await sources.count();
  expect(listed, 'the courier has source suggestions').toBeGreaterThan(0);
  const others = (await app.suggestionList().getByRole('option').count()) - listed;
  await app.acceptAllSuggestions('Sources');
  await expect(app.annotations()).toHaveCount(listed);
  await expect(app.highlights(courier.title, 'Source')).not.toHaveCount(0);
  await expect(app.highlights(courier.title, 'Claim')).toHaveCount(0);
  await expect(sources).toHaveCount(0);
  await expect(app.suggestionList().getByRole('option')).toHaveCount(others);
  await app.undo();
  await expect(app.annotations()).toHaveCount(0);
  await expect(sources).toHaveCount(listed);
});
