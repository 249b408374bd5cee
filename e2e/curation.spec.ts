import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { defaultSchema } from '../src/core/default-schema';
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
 * Two annotators' layers with links, as a Collate JSONL file to import: both tag the two claims and
 * both sources alike; Ana attributes the flood claim to "Officials", Ben to "the agency"; Ana groups
 * the flood claim alone, Ben with the repairs claim.
 */
function linkedLayersFile(dir: string): string {
  const stamp = '2026-01-01T00:00:00.000Z';
  const sha = createHash('sha256').update(TEXT).digest('hex');
  const spans: object[] = [];
  const links: object[] = [];
  for (const [who, source, grouped] of [
    ['ana', 'Officials', false],
    ['ben', 'the agency', true],
  ] as const) {
    const tag = (key: string, label: string, phrase: string): string => {
      const start = TEXT.indexOf(phrase);
      const [prefix, suffix] = [
        TEXT.slice(Math.max(0, start - 32), start),
        TEXT.slice(start + phrase.length).slice(0, 32),
      ];
      const id = `s-${who}-${key}`;
      spans.push({
        id,
        label,
        start,
        end: start + phrase.length,
        text: phrase,
        prefix,
        suffix,
        attributes: {},
        author: who,
        created: stamp,
        modified: stamp,
      });
      return id;
    };
    const flood = tag('flood', 'Claim', '2,400 homes were flooded on Monday');
    const repairs = tag('repairs', 'Claim', 'repairs would take a month');
    const officials = tag('officials', 'Source', 'Officials');
    const agency = tag('agency', 'Source', 'the agency');
    const to = source === 'Officials' ? officials : agency;
    links.push({
      record: 'relation',
      id: `r-${who}`,
      type: 'attributed-to',
      from: flood,
      to,
      author: who,
      created: stamp,
    });
    const members = grouped ? [flood, repairs] : [flood];
    links.push({
      record: 'claim_group',
      id: `g-${who}`,
      statement: 'flood damage',
      members,
      author: who,
      created: stamp,
      modified: stamp,
    });
  }
  const document = {
    record: 'document',
    id: 'd-harbourflood',
    title: 'Harbour flood note',
    source: 'harbour-flood.txt',
    format: 'txt',
    encoding: 'utf-8',
    sha256: sha,
    textSha256: sha,
    importedAt: stamp,
    notes: [],
    text: TEXT,
    spans,
  };
  const header = { record: 'header', format: 'collate-jsonl', version: 2, offset_unit: 'utf16', schema: defaultSchema };
  const path = join(dir, 'harbour-flood.jsonl');
  writeFileSync(path, [header, document, ...links].map((line) => JSON.stringify(line)).join('\n') + '\n');
  return path;
}

test('adjudicate a relation and a claim group by keyboard and undo one decision', async ({ app }, testInfo) => {
  await app.page.setViewportSize({ width: 1280, height: 800 });
  const dir = testInfo.outputPath('linked-layers');
  mkdirSync(dir, { recursive: true });
  await app.importFiles(linkedLayersFile(dir));
  await expect(app.importResults()).toContainText('1 imported');
  const title = (await app.documentList().getByRole('option').first().getAttribute('aria-label'))!;

  await app.openCuration(title);
  await expect(app.curationProgress()).toHaveText('0 of 2 disagreements resolved');
  await expect(app.disagreements()).toHaveCount(2);
  await expect(app.disagreements().nth(0)).toContainText('relation · ana: Claim');
  await expect(app.disagreements().nth(0)).toContainText('attributed-to Source “Officials”');
  await expect(app.disagreements().nth(1)).toContainText('claim group · ana: group “flood damage”');
  await expect(app.laneSpans('curated')).toHaveText([
    'Officials',
    '2,400 homes were flooded on Monday',
    'the agency',
    'repairs would take a month',
  ]);
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
