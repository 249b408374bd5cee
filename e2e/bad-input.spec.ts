import { writeFileSync } from 'node:fs';
import { writeBadFiles } from './articles';
import { harbourLedger } from './articles';
import { expect, test } from './fixtures';

test('bad files fail with a reason while good files in the same batch import', async ({ app }, testInfo) => {
  const files = writeBadFiles(testInfo.outputPath('imports'));

  await test.step('a batch of an empty file, a binary file and a Windows-1252 file', async () => {
    await app.importFiles(files.empty, files.binary, files.windows1252.path);
    const empty = await app.importResult(files.empty);
    expect(empty).toContain('failed:');
    expect(empty).toMatch(/empty/i);
    const binary = await app.importResult(files.binary);
    expect(binary).toContain('failed:');
    expect(binary).toMatch(/binary/i);
    expect(await app.importResult(files.windows1252.path)).toContain('imported');
  });

  await test.step('the good file is listed, its curly quotes decoded', async () => {
    await app.expectImported(files.windows1252.title);
    await expect(app.documentList().getByRole('option')).toHaveCount(1);
    await app.openDocument(files.windows1252.title);
    await app.expectPaneShows(
      files.windows1252.title,
      'The editor\u2019s reply \u2014 printed in the caf\u00e9 edition',
    );
  });

  await test.step('a file over the 50 MB limit is refused by name, without being read', async () => {
    const huge = testInfo.outputPath('imports', 'archive-dump.txt');
    writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 0x61));
    await app.importFiles(huge);
    expect(await app.importResult(huge)).toMatch(/failed: The file is 51\.0 MB; Collate imports files up to 50 MB/);
    await expect(app.documentList().getByRole('option')).toHaveCount(1);
  });

  await test.step('importing the same file again says duplicate', async () => {
    await app.importFiles(files.windows1252.path, harbourLedger.path);
    expect(await app.importResult(files.windows1252.path)).toMatch(/duplicate/i);
    expect(await app.importResult(harbourLedger.path)).toContain('imported');
    await expect(app.documentList().getByRole('option')).toHaveCount(2);
  });
});
