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
