import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const TEXT =
  'Harbour flood note\n\nOfficials said 2,400 homes were flooded on Monday, the agency reported. ' +
  'The mayor said repairs would take a month.\n';

/** A brat standoff line for a phrase of TEXT. */
function standoff(id: string, label: string, phrase: string): string {
  const start = TEXT.indexOf(phrase);
  return `${id}\t${label} ${start} ${start + phrase.length}\t${phrase}\n`;
}

test('adjudicate two annotators by keyboard and export the curated layer', async ({ app }, testInfo) => {
  await app.page.setViewportSize({ width: 1280, height: 800 });
  const dir = testInfo.outputPath('two-annotators');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'harbour-flood.txt'), TEXT);
  writeFileSync(
    join(dir, 'harbour-flood_ana.ann'),
    standoff('T1', 'Source', 'Officials') +
      standoff('T2', 'Content', '2,400 homes were flooded on Monday') +
      standoff('T3', 'Source', 'the agency') +
      standoff('T4', 'Content', 'repairs would take a month'),
  );
  writeFileSync(
    join(dir, 'harbour-flood_ben.ann'),
    standoff('T1', 'Cue', 'Officials') +
      standoff('T2', 'Content', '2,400 homes were flooded on Monday') +
      standoff('T3', 'Content', 'would take a month'),
  );
  await app.importFiles(
    ...['harbour-flood.txt', 'harbour-flood_ana.ann', 'harbour-flood_ben.ann'].map((f) => join(dir, f)),
  );
  await expect(app.importResults()).toContainText('1 imported, 0 duplicates, 0 failed');
  const title = (await app.documentList().getByRole('option').first().getAttribute('aria-label'))!;

  await app.openCuration(title);
  await expect(app.curationProgress()).toHaveText('0 of 3 disagreements resolved');
  await expect(app.disagreements()).toHaveCount(3);
  await expect(app.disagreements().nth(0)).toContainText('ana: Source · ben: Cue');
  await expect(app.laneSpans('curated')).toHaveText(['2,400 homes were flooded on Monday']);
  await expect(app.laneSpans('ana')).toHaveText(['Officials', '2,400 homes were flooded on Monday', 'the agency']);
  await expect(app.laneSpans('ben')).toHaveText(['Officials', '2,400 homes were flooded on Monday']);

  // Ben's Cue for "Officials"; reject "the agency"; there and back; Ana's longer claim.
  await app.curateByKeyboard('b', 'r', 'p', 'n', 'a');
  await expect(app.curationProgress()).toHaveText('3 of 3 disagreements resolved');
  await expect(app.disagreements().nth(0)).toContainText('resolved: took ben');
  await expect(app.disagreements().nth(1)).toContainText('resolved: rejected');
  await expect(app.disagreements().nth(2)).toContainText('resolved: took ana');
  await expect(app.curation().getByRole('toolbar', { name: 'Decide' })).toBeInViewport();
  await expect(app.laneSpans('curated')).toHaveText(['were flooded on Monday', 'repairs would take a month']);
  expect(await app.accessibilityProblems(), 'curation view').toEqual([]);
  await app.page.screenshot({ path: testInfo.outputPath('curation-light.png') });
  await app.page.emulateMedia({ colorScheme: 'dark' });
  expect(await app.accessibilityProblems(), 'curation view, dark').toEqual([]);
  await app.page.screenshot({ path: testInfo.outputPath('curation-dark.png') });
  await app.page.emulateMedia({ colorScheme: 'light' });

  const { files } = await app.exportDataset('jsonl', { layer: 'curated' });
  const jsonl = Object.entries(files).find(([path]) => path.endsWith('.jsonl'))![1];
  const record = JSON.parse(jsonl.trim()) as {
    text: string;
    spans: Array<{ start: number; end: number; label: string }>;
  };
  const spans = record.spans.map((s) => [s.label, [...record.text].slice(s.start, s.end).join('')]);
  expect(spans).toEqual([
    ['Cue', 'Officials'],
    ['Claim', '2,400 homes were flooded on Monday'],
    ['Claim', 'repairs would take a month'],
  ]);
  expect(files['README.md']).toContain('Layer exported: the curated (adjudicated) layer');
  expect(files['README.md']).toMatch(/\| ana \| 4 \|\n\| ben \| 3 \|\n\| curated \| 3 \|/);
});
