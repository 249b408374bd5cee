import { courier, valleyPost, writeWitnessArticle } from './articles';
import { expect, test } from './fixtures';
import { COMMAND_KEYS } from '../src/renderer/state/command-keys';

const CLAIM = 'All 412 passengers were taken off the ferry by lifeboat';
const OTHER_CLAIM = 'Nearly 500 passengers were taken off the ferry by lifeboat';
const SOURCE = 'harbour master Ines Okafor';
const LAPTOP = { width: 1280, height: 800 };
const FULL_HD = { width: 1920, height: 1080 };

/** Every command of the toolbar, on its row or in its More menu. */
const TOOLBAR_COMMANDS = [
  'Claim',
  'Source',
  'Cue',
  'Legend',
  'Add fragment',
  'Attribute to source',
  'New claim group',
  'Articles',
  'Claims matrix',
  'Sources',
  'Search',
  'Undo',
  'Redo',
  'Suggestions',
  'Inspector',
  'Export JSONL',
  'Export dataset…',
  'Report…',
  'Side by side',
  'Stacked',
  'Grid',
  'Sync scroll',
  'Hide boilerplate',
  'Snap to words',
  'Schema…',
  'Keyboard shortcuts',
  'Show the tour',
];

test('at 1280×800 the toolbar is one row, and every command is reachable by keyboard', async ({ app }) => {
  await app.page.setViewportSize(LAPTOP);
  await app.importFiles(courier.path);
  await app.openDocument(courier.title);
  await app.tag(courier.title, SOURCE, 'Source');
  await app.tag(courier.title, CLAIM, 'Claim');
  await app.undo('key');
  // One row: the height of one button and the bar's padding, not two or three rows.
  const button = await app.heightOf(app.toolbar().getByRole('button', { name: 'More', exact: true }));
  expect(await app.heightOf(app.toolbar())).toBeLessThan(button * 1.8);
  const reached = await app.toolbarNamesByKeyboard();
  expect(
    TOOLBAR_COMMANDS.filter((name) => !reached.includes(name)),
    `reached: ${reached.join(', ')}`,
  ).toEqual([]);

  await test.step('a command in the More menu runs from the keyboard', async () => {
    await app.openMoreMenu();
    await app.menuEntry('Keyboard shortcuts').press('Enter');
    await expect(app.shortcutSheet()).toBeVisible();
  });
});

test('the side column and the inspector resize by keyboard, and keep their size and folds after a reload', async ({
  app,
}) => {
  await app.page.setViewportSize(LAPTOP);
  await app.importFiles(courier.path);
  await app.openDocument(courier.title);
  const side = app.separator('Resize the side panels');
  const inspector = app.separator('Resize the inspector');
  const widthBefore = await app.sideColumn().evaluate((el) => el.getBoundingClientRect().width);
  const inspectorBefore = Number(await inspector.getAttribute('aria-valuenow'));
  await app.resizeWithKeys('Resize the side panels', 'ArrowLeft', 4);
  await app.resizeWithKeys('Resize the inspector', 'ArrowUp', 3);
  await expect(side).toHaveAttribute('aria-valuenow', String(Math.round(widthBefore) + 64));
  await expect(inspector).toHaveAttribute('aria-valuenow', String(inspectorBefore + 48));
  await app.foldPanel('Annotations', true);
  await expect(app.annotationsPanel().getByRole('list', { name: 'Annotations list' })).toBeHidden();
  const width = await app.sideColumn().evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeCloseTo(widthBefore + 64, 0);
  const inspectorHeight = await app.heightOf(app.inspector());

  await app.reload();
  await expect(side).toHaveAttribute('aria-valuenow', String(Math.round(widthBefore) + 64));
  await expect(inspector).toHaveAttribute('aria-valuenow', String(inspectorBefore + 48));
  expect(await app.sideColumn().evaluate((el) => el.getBoundingClientRect().width)).toBeCloseTo(width, 0);
  expect(await app.heightOf(app.inspector())).toBeCloseTo(inspectorHeight, 0);
  await expect(app.panelFold('Annotations')).toHaveAttribute('aria-expanded', 'false');
  await app.foldPanel('Annotations', false);
  await expect(app.annotationsPanel().getByRole('list', { name: 'Annotations list' })).toBeVisible();
});

/** What each side panel must show whole, with every panel open, for the panel to be of use. */
const USABLE = {
  laptop: { suggestions: 2, differences: 1, annotations: 3 },
  'full HD': { suggestions: 3, differences: 1, annotations: 5 },
};

for (const [name, screen] of [
  ['laptop', LAPTOP],
  ['full HD', FULL_HD],
] as const) {
  test(`${name} (${screen.width}×${screen.height}), matrix, every side panel open: each shows usable content; folding gives room`, async ({
    app,
  }) => {
    test.slow(); // two articles tagged by hand, then a comparison
    await app.page.setViewportSize(screen);
    await app.importFiles(courier.path, valleyPost.path);
    await app.openDocument(courier.title);
    await app.openDocument(valleyPost.title);
    for (const phrase of [SOURCE, CLAIM, 'She', 'the company', 'Divers', 'The ferry had left Saltmere'])
      await app.tag(courier.title, phrase, phrase === SOURCE || phrase === 'Divers' ? 'Source' : 'Claim');
    await app.tag(valleyPost.title, OTHER_CLAIM, 'Claim');
    await app.showSuggestions();
    await app.compareArticles();
    await expect(app.differenceList().getByRole('option').first()).toBeAttached();
    // With every panel open, an annotation can still be clicked in the list.
    await app.selectAnnotation(CLAIM);
    await expect(app.comparison()).toBeVisible();

    const wanted = USABLE[name];
    expect(await app.itemsInView(app.suggestionList()), 'suggestions shown whole').toBeGreaterThanOrEqual(
      wanted.suggestions,
    );
    expect(await app.itemsInView(app.differenceList()), 'differences shown whole').toBeGreaterThanOrEqual(
      wanted.differences,
    );
    expect(await app.itemsInView(app.annotationList()), 'annotations shown whole').toBeGreaterThanOrEqual(
      wanted.annotations,
    );
    const label = app.inspector().getByRole('combobox', { name: 'Label', exact: true });
    await expect(label).toBeInViewport({ ratio: 1 });
    expect(await app.liesInside(label, app.inspector()), "the inspector shows the span's label").toBe(true);
    for (const heading of ['Suggestions', 'Differences', 'Annotations', 'Inspector'])
      await expect(app.sideColumn().getByRole('heading', { name: heading, exact: true })).toBeInViewport({ ratio: 1 });

    const crowded = await app.heightOf(app.annotationList());
    await app.foldPanel('Suggestions', true);
    await app.foldPanel('Differences', true);
    await expect(app.suggestionList()).toBeHidden();
    await expect.poll(() => app.heightOf(app.annotationList())).toBeGreaterThan(crowded + 100);
    expect(await app.itemsInView(app.annotationList())).toBeGreaterThan(wanted.annotations);
  });
}

test('the report is titled in its dialog, the workspace name by default, and the title reaches the file', async ({
  app,
}) => {
  await app.importFiles(courier.path);
  await app.openDocument(courier.title);
  await app.tag(courier.title, CLAIM, 'Claim');
  await app.toolbarCommand('Report…');
  const dialog = app.page.getByRole('dialog', { name: 'Report' });
  const title = dialog.getByRole('textbox', { name: 'Title' });
  await expect(title).toHaveValue('study');
  await title.fill('   ');
  await expect(dialog.getByRole('alert')).toHaveText('The report needs a title.');
  await expect(dialog.getByRole('button', { name: 'HTML', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  const html = await app.downloadReport('html', 'Ferry coverage, week 1');
  expect(html.fileName).toBe('Ferry-coverage-week-1-report.html');
  expect(html.content).toContain('<h1>Ferry coverage, week 1</h1>');
  expect(html.content).toContain('<title>Comparison report — Ferry coverage, week 1</title>');
  const md = await app.downloadReport('md');
  expect(md.fileName).toBe('study-report.md');
});

test('claims, sources, contradictions, group members, search hits and suggestions each look different; the legend says which is which', async ({
  app,
}) => {
  test.slow(); // two articles set up by hand, then axe-core in both schemes
  await app.importFiles(courier.path, valleyPost.path);
  await app.openDocument(courier.title);
  await app.openDocument(valleyPost.title);
  await app.tag(courier.title, SOURCE, 'Source');
  await app.tag(courier.title, CLAIM, 'Claim');
  await app.tag(courier.title, 'Okafor said a steering fault sent the ferry onto the shoal', 'Claim');
  await app.tag(courier.title, 'Divers inspected the hull on Tuesday afternoon', 'Claim');
  await app.tag(courier.title, 'The ferry had left Saltmere at half past five', 'Claim');
  await app.tag(valleyPost.title, OTHER_CLAIM, 'Claim');
  await app.createClaimGroup('Passengers were taken off by lifeboat', [{ quote: CLAIM }, { quote: OTHER_CLAIM }]);
  await app.selectAnnotation('Okafor said a steering fault sent the ferry onto the shoal');
  await app.relateClaims('Contradicts', 'Divers inspected');
  await app.selectAnnotation(OTHER_CLAIM);
  await app.search('ferry');
  await app.showSuggestions();

  const looks = {
    claim: await app.lookOf(app.highlights(courier.title, 'Claim').filter({ hasText: 'Saltmere' })),
    source: await app.lookOf(app.highlights(courier.title, 'Source')),
    contradiction: await app.lookOf(app.marks(courier.title, 'contradiction')),
    'group member': await app.lookOf(app.marks(courier.title, 'group member')),
    'search hit': await app.lookOf(app.marks(courier.title, 'search hit')),
    suggestion: await app.lookOf(app.marks(courier.title, 'suggestion')),
  };
  const kinds = Object.keys(looks) as Array<keyof typeof looks>;
  for (const a of kinds)
    for (const b of kinds) if (a < b) expect(looks[a], `${a} and ${b} look different`).not.toBe(looks[b]);
  expect(looks['group member'], 'a group member is not drawn like a conflict').not.toContain('wavy');
  expect(looks.contradiction).toContain('wavy');
  expect(looks['search hit'], 'a search hit is not filled like a claim').toContain('fill rgba(0, 0, 0, 0)');

  for (const scheme of ['light', 'dark'] as const) {
    await app.useColourScheme(scheme);
    await app.legendButton().hover();
    await expect(app.legend()).toBeVisible();
    for (const meaning of ['Claim', 'Source', 'contradicting', 'claim group', 'search hit', 'suggestion'])
      await expect(app.legend()).toContainText(meaning);
    expect(await app.accessibilityProblems(), `legend open (${scheme})`).toEqual([]);
    await app.page.mouse.move(700, 500);
    await expect(app.legend()).toBeHidden();
  }
  await app.legendButton().focus();
  await expect(app.legend()).toBeVisible();
  await expect(app.legendButton()).toHaveAttribute('aria-describedby', /.+/);
  await app.page.keyboard.press('Escape');
  await expect(app.legend()).toBeHidden();
});

test.describe('first run', () => {
  test.use({ firstRun: true });

  test('a new user gets a short tour once; ? lists every shortcut and reopens the tour', async ({ app }) => {
    await expect(app.tour()).toBeVisible();
    await expect(app.tour()).toHaveAccessibleName(/step 1 of 3: Select, then press a key/);
    await expect(app.tour()).toContainText('c for Claim');
    await app.tour().getByRole('button', { name: 'Next' }).click();
    await expect(app.tour()).toHaveAccessibleName(/step 2 of 3: Link a claim to its source/);
    await app.tour().getByRole('button', { name: 'Next' }).click();
    await expect(app.tour()).toHaveAccessibleName(/step 3 of 3: Group the same claim across articles/);
    await app.tour().getByRole('button', { name: 'Done' }).click();
    await expect(app.tour()).toHaveCount(0);

    await app.reload();
    await expect(app.tour()).toHaveCount(0);

    await app.pressKey('?');
    await expect(app.shortcutSheet()).toBeVisible();
    const keys = await app.shortcutKeys();
    for (const key of [...Object.keys(COMMAND_KEYS), 'c', 's', 'u', 'Ctrl+Z', 'Delete', 'Escape'])
      expect(keys, `the sheet lists ${key}`).toContain(key);
    await app.shortcutSheet().getByRole('button', { name: 'Show the tour' }).click();
    await expect(app.shortcutSheet()).toHaveCount(0);
    await expect(app.tour()).toHaveAccessibleName(/step 1 of 3/);
    await app.page.keyboard.press('Escape');
    await expect(app.tour()).toHaveCount(0);
  });
});

test('the source picker fits its popover at 1280×800 with many sources, and scrolls to the last', async ({
  app,
}, testInfo) => {
  await app.page.setViewportSize(LAPTOP);
  const article = writeWitnessArticle(testInfo.outputPath('articles'), 18);
  await app.importFiles(article.path);
  await app.openDocument(article.title);
  for (const witness of article.witnesses) await app.tag(article.title, witness, 'Source');
  await app.tag(article.title, 'The ferry was evacuated by lifeboat', 'Claim');
  await app.selectAnnotation('The ferry was evacuated by lifeboat');
  await app.pressKey('a');
  const list = app.page.getByRole('listbox', { name: 'Attribute to source' });
  const dialog = app.page.getByRole('dialog').filter({ has: list });
  await expect(list.getByRole('option')).toHaveCount(article.witnesses.length);
  const viewport = app.page.viewportSize()!;
  const box = (await dialog.boundingBox())!;
  expect(box.y >= 0 && box.y + box.height <= viewport.height, 'the popover inside the window').toBe(true);
  expect(await app.liesInside(list, dialog), 'the list inside its popover').toBe(true);
  await app.page.keyboard.press('End');
  const last = list.getByRole('option', { selected: true });
  await expect(last).toContainText(article.witnesses.at(-1)!);
  await expect(last).toBeInViewport();
  expect(await app.liesInside(last, list), 'the last source scrolled into the list').toBe(true);
});
