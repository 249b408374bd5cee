import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { harbourLedger, tideTables } from './articles';
import { expect, test } from './fixtures';

const BRAT = join(import.meta.dirname, 'fixtures', 'brat');
const TITLE = 'Lighthouse Brief: the keeper\u2019s account';
const CONTENT = 'the lamp failed twice before midnight';

test('import a brat pair with other files: progress, summary, spans with their labels', async ({ app }) => {
  const progress = await app.watchImportProgress();
  const files = [
    harbourLedger.path,
    tideTables.path,
    join(import.meta.dirname, 'fixtures', 'workbench', 'ledger.txt'),
    join(BRAT, 'lighthouse-brief.txt'),
    join(import.meta.dirname, 'fixtures', 'workbench', 'valley-post.txt'),
    join(BRAT, 'lighthouse-brief.ann'),
  ];
  await app.importFiles(...files);
  await expect(app.importResults()).toContainText('5 imported, 0 duplicates, 0 failed');
  await expect(app.importProgress()).toHaveCount(0);

  const seen = await progress();
  expect(seen.length).toBeGreaterThan(1);
  expect(seen.every(([, max]) => max === files.length)).toBe(true);
  expect(seen[seen.length - 1]).toEqual([files.length, files.length]);

  await app.openDocument(TITLE);
  await app.expectPaneShows(TITLE, '\u201cthe lamp failed');
  await expect(app.annotation(CONTENT)).toHaveCount(1);
  await expect(app.annotation(CONTENT)).toContainText('Claim');
  await expect(app.highlights(TITLE, 'Claim')).toHaveText([CONTENT]);
  await expect(app.highlights(TITLE, 'Source')).toHaveText(['the keeper']);
  await expect(app.highlights(TITLE, 'Cue')).toHaveText(['said']);
});

test('a long annotations list scrolls in its own panel, and every item is reached by wheel and by keyboard', async ({
  app,
}, testInfo) => {
  const notes = Array.from({ length: 200 }, (_, i) => `Note ${i + 1}: the clerk logged entry ${i + 1}.`);
  const text = `Ledger of two hundred notes\n\n${notes.join('\n')}\n`;
  const ann = notes
    .map((note, i) => `T${i + 1}\tContent ${text.indexOf(note)} ${text.indexOf(note) + note.length}\t${note}\n`)
    .join('');
  const dir = testInfo.outputPath('many-notes');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'ledger-notes.txt'), text);
  writeFileSync(join(dir, 'ledger-notes.ann'), ann);
  await app.importFiles(join(dir, 'ledger-notes.txt'), join(dir, 'ledger-notes.ann'));
  await app.openDocument('Ledger of two hundred notes');
  await expect(app.annotation('Note 1:')).toBeVisible();

  // The list keeps to its share of the side panel (the inspector below it stays clear) and renders only some rows.
  const list = app.annotationsPanel().getByRole('list', { name: 'Annotations list' });
  const panel = (await app.annotationsPanel().boundingBox())!;
  const listBox = (await list.boundingBox())!;
  expect(listBox.y + listBox.height).toBeLessThanOrEqual(panel.y + panel.height + 1);
  expect(await app.annotations().count()).toBeLessThan(notes.length);

  await list.hover();
  for (let i = 0; i < 10; i++) await app.page.mouse.wheel(0, 2000);
  await expect(app.annotation('Note 200:')).toBeInViewport();
  await expect(app.annotation('Note 1:')).toHaveCount(0);

  await app.annotation('Note 200:').getByRole('button').focus();
  await app.pressKey('Home');
  await expect(app.annotation('Note 1:').getByRole('button')).toBeFocused();
  await app.pressKey('End');
  await expect(app.annotation('Note 200:').getByRole('button')).toBeFocused();
  await expect(app.annotation('Note 200:')).toBeInViewport();
});
