import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initWorkspace } from '../src/service/init-workspace';
import { bytesOf } from '../src/service/test-workspace';
import { WorkspaceService } from '../src/service/workspace-service';
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

/**
 * Two annotators' layers with links, written as a Collate JSONL file to import: both tag the two
 * claims and both sources alike; Ana attributes the flood claim to "Officials", Ben to "the agency";
 * Ana groups the flood claim alone, Ben with the repairs claim.
 */
async function linkedLayersFile(dir: string): Promise<string> {
  const root = join(dir, 'source-workspace');
  await initWorkspace(root);
  const as = async (author: string, work: (s: WorkspaceService) => Promise<void>): Promise<void> => {
    const service = await WorkspaceService.open(root, { author });
    try {
      await work(service);
    } finally {
      service.close();
    }
  };
  const at = (phrase: string) => ({ start: TEXT.indexOf(phrase), end: TEXT.indexOf(phrase) + phrase.length });
  await as('lead', async (s) => void (await s.importFiles([{ name: 'harbour-flood.txt', bytes: bytesOf(TEXT) }])));
  for (const [who, source, grouped] of [
    ['ana', 'Officials', false],
    ['ben', 'the agency', true],
  ] as const) {
    await as(who, async (s) => {
      const documentId = s.listDocuments()[0]!.id;
      const tag = (label: string, phrase: string) => s.createAnnotation({ documentId, label, ...at(phrase) });
      const flood = await tag('Claim', '2,400 homes were flooded on Monday');
      const repairs = await tag('Claim', 'repairs would take a month');
      const officials = await tag('Source', 'Officials');
      const agency = await tag('Source', 'the agency');
      const to = source === 'Officials' ? officials : agency;
      await s.createRelation({ type: 'attributed-to', from: flood.id, to: to.id });
      await s.saveClaimGroup({ statement: 'flood damage', members: grouped ? [flood.id, repairs.id] : [flood.id] });
    });
  }
  const service = await WorkspaceService.open(root, { readOnly: true });
  try {
    const { files } = await service.exportDatasetFiles({ format: 'collate-jsonl', layer: 'all' });
    const file = files.find((f) => f.path.endsWith('.jsonl'))!;
    const path = join(dir, 'harbour-flood.jsonl');
    writeFileSync(path, file.content);
    return path;
  } finally {
    service.close();
  }
}

test('adjudicate a relation and a claim group by keyboard and undo one decision', async ({ app }, testInfo) => {
  await app.page.setViewportSize({ width: 1280, height: 800 });
  const dir = testInfo.outputPath('linked-layers');
  mkdirSync(dir, { recursive: true });
  await app.importFiles(await linkedLayersFile(dir));
  const title = (await app.documentList().getByRole('option').first().getAttribute('aria-label'))!;

  await app.openCuration(title);
  await expect(app.curationProgress()).toHaveText('0 of 2 disagreements resolved');
  await expect(app.disagreements()).toHaveCount(2);
  await expect(app.disagreements().nth(0)).toContainText('relation · ana: Claim');
  await expect(app.disagreements().nth(0)).toContainText('attributed-to Source “Officials”');
  await expect(app.disagreements().nth(1)).toContainText('claim group · ana: group “flood damage”');
  await expect(app.laneSpans('curated')).toHaveText(['Officials', '2,400 homes were flooded on Monday', 'the agency']);
  await expect(app.curatedLinks()).toContainText('curated: none yet');

  // Ben's attribution, then Ana's group; one Ctrl+Z takes the group back; Ben's group instead.
  await app.curateByKeyboard('b', 'a');
  await expect(app.curationProgress()).toHaveText('2 of 2 disagreements resolved');
  await app.undoByKeyboard();
  await expect(app.curationProgress()).toHaveText('1 of 2 disagreements resolved');
  await expect(app.disagreements().nth(1)).toContainText('open');
  await expect(app.disagreements().nth(1)).toHaveAttribute('aria-selected', 'true');
  await app.curateByKeyboard('b');
  await expect(app.curationProgress()).toHaveText('2 of 2 disagreements resolved');
  await expect(app.disagreements().nth(0)).toContainText('resolved: took ben');
  await expect(app.disagreements().nth(1)).toContainText('resolved: took ben');
  await expect(app.curatedLinks()).toContainText(
    'group “flood damage”: Claim “2,400 homes were flooded on Monday”, Claim “repairs would take a month”',
  );
  await app.curateByKeyboard('p');
  await expect(app.curatedLinks()).toContainText(
    'Claim “2,400 homes were flooded on Monday” attributed-to Source “the agency”',
  );
  expect(await app.accessibilityProblems(), 'curation of links').toEqual([]);
  await app.page.screenshot({ path: testInfo.outputPath('curation-links-light.png') });
  await app.page.emulateMedia({ colorScheme: 'dark' });
  expect(await app.accessibilityProblems(), 'curation of links, dark').toEqual([]);
  await app.page.screenshot({ path: testInfo.outputPath('curation-links-dark.png') });
});
