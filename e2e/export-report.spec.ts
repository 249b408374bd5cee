import { harbourLedger, tideTables } from './articles';
import { expect, test } from './fixtures';

const CLAIM = 'the harbour master confirmed the delay';
const SOURCE = 'Mira';

/** brat T lines of an .ann file: id, label, [start, end] pieces and quoted text. */
function textBounds(ann: string): Array<{ label: string; pieces: Array<[number, number]>; text: string }> {
  return ann
    .split('\n')
    .filter((line) => /^T\d+\t/.test(line))
    .map((line) => {
      const [, head, text] = line.split('\t') as [string, string, string];
      const [label, ...rest] = head.split(' ');
      const pieces = rest
        .join(' ')
        .split(';')
        .map((p) => p.trim().split(' ').map(Number) as [number, number]);
      return { label: label!, pieces, text };
    });
}

test('export a brat dataset, a split dataset, and the report', async ({ app }) => {
  await app.importFiles(harbourLedger.path, tideTables.path);
  await app.openDocument(harbourLedger.title);
  await app.tag(harbourLedger.title, CLAIM, 'Claim');
  await app.tag(harbourLedger.title, SOURCE, 'Source');

  await test.step("brat: each T line's code-point offsets slice the .txt to its quoted text", async () => {
    const { fileName, files } = await app.exportDataset('brat');
    expect(fileName).toMatch(/-brat\.zip$/);
    const anns = Object.keys(files).filter((p) => p.endsWith('.ann'));
    expect(anns.length).toBeGreaterThan(0);
    let checked = 0;
    const labels: string[] = [];
    for (const path of anns) {
      const text = files[path.replace(/\.ann$/, '.txt')];
      expect(text, `${path} has its .txt`).toBeDefined();
      const chars = Array.from(text!);
      for (const t of textBounds(files[path]!)) {
        expect(t.pieces.map(([s, e]) => chars.slice(s, e).join('')).join(' ')).toBe(t.text);
        labels.push(`${t.label}:${t.text}`);
        checked++;
      }
    }
    expect(checked).toBe(2);
    expect(labels).toContain(`Claim:${CLAIM}`);
    expect(labels).toContain(`Source:${SOURCE}`);
  });

  await test.step('a train/dev/test split puts every document in one part', async () => {
    const { files, warnings } = await app.exportDataset('brat', { split: { train: 1, dev: 1, test: 1, seed: 'e2e' } });
    const texts = Object.keys(files).filter((p) => p.endsWith('.txt'));
    expect(texts).toHaveLength(2);
    for (const path of texts) expect(path).toMatch(/^(train|dev|test)\//);
    expect(Object.keys(files)).toContain('README.md');
    expect(warnings.length).toBeGreaterThan(0);
  });

  await test.step('collate-jsonl offers the UTF-16 offset unit; brat does not', async () => {
    await app.toolbarCommand('Export dataset…');
    const dialog = app.exportDialog();
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('collate-jsonl');
    await expect(dialog.getByRole('radio', { name: 'UTF-16 code units' })).toBeEnabled();
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('brat');
    await expect(dialog.getByRole('radio', { name: 'UTF-16 code units' })).toBeDisabled();
    await expect(dialog.getByRole('radio', { name: 'Code points' })).toBeChecked();
    await app.page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  await test.step('the HTML report holds the claim and the source, and no script', async () => {
    const { fileName, content } = await app.downloadReport('html');
    expect(fileName).toMatch(/\.html?$/);
    expect(content).toContain(CLAIM);
    expect(content).toContain(SOURCE);
    expect(content.toLowerCase()).not.toContain('<script');
    const md = await app.downloadReport('md');
    expect(md.content).toContain(CLAIM);
  });
});

test('a long export or report shows its progress, and Cancel downloads nothing', async ({ app }, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    "slows the service through the browser shell's HTTP; the desktop window talks over IPC",
  );
  await app.importFiles(harbourLedger.path, tideTables.path);
  await app.expectImported(harbourLedger.title);

  await test.step('Export dataset…: progress shows, Cancel leaves no download', async () => {
    const { progress, downloads, alerts } = await app.startThenCancel({ dataset: 'brat' });
    expect(progress).not.toBe('');
    expect(downloads).toBe(0);
    expect(alerts).toBe(0);
  });

  await test.step('Report…: progress shows, Cancel leaves no download', async () => {
    const { progress, downloads, alerts } = await app.startThenCancel({ report: 'html' });
    expect(progress).not.toBe('');
    expect(downloads).toBe(0);
    expect(alerts).toBe(0);
  });

  await test.step('the next export, not cancelled, downloads its zip', async () => {
    const { files } = await app.exportDataset('brat');
    expect(Object.keys(files)).toContain('README.md');
  });
});
