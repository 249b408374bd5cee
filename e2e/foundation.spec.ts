import { defaultSchema } from '../src/core/default-schema';
import type { App, ExportedRecord, LabelName } from './app';
import { harbourLedger as ledger, tideTables as tides } from './articles';
import { expect, test } from './fixtures';

// Phrases of the fixtures, each within one paragraph. The ledger line holds 😀 and the ZWJ family
// 👩‍👩‍👧 (1 + 5 code points, 2 + 8 UTF-16 units) before AFTER_EMOJI.
const AFTER_EMOJI = 'the harbour master confirmed the delay';
const AROUND_EMOJI = 'laughed 😀 and the family';
const CJK = 'read 港口今日关闭';
const COMBINING = 'Ren\u0065\u0301e, said the boats would return by noon';
const MD_SOURCE = 'port authority';
const MD_LIST = 'the ferry office drifts in winter';

function rgbOf(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`Not a colour: ${colour}`);
}

const labelColour = (label: LabelName): [number, number, number] =>
  rgbOf(defaultSchema.labels.find((l) => l.name === label)!.colour);

async function expectHighlight(app: App, title: string, label: LabelName, quote: string): Promise<void> {
  const highlight = app.highlights(title, label).filter({ hasText: quote });
  await expect(highlight.first()).toBeVisible();
  // The pane may redraw its highlights as the save settles; a replaced element has no computed style.
  await expect
    .poll(async () => rgbOf((await app.backgroundOf(highlight.first())) || 'rgb(0, 0, 0)'), {
      message: `${label} highlight colour`,
    })
    .toEqual(labelColour(label));
}

const codePointSlice = (text: string, start: number, end: number): string =>
  Array.from(text).slice(start, end).join('');

test('import, read side by side, tag, delete, reload and export', async ({ app }) => {
  await test.step('import two files', async () => {
    await app.importFiles(ledger.path, tides.path);
    await app.expectImported(ledger.title);
    await app.expectImported(tides.title);
    expect(await app.importResult(ledger.path)).toContain('imported');
    expect(await app.importResult(tides.path)).toContain('imported');
  });

  await test.step('open both side by side, each scrolling on its own', async () => {
    await app.openDocument(ledger.title);
    await app.openDocument(tides.title);
    await expect(app.panes()).toHaveCount(2);
    const [left, right] = [await app.pane(ledger.title).boundingBox(), await app.pane(tides.title).boundingBox()];
    expect(
      left && right && (left.x + left.width <= right.x + 1 || right.x + right.width <= left.x + 1),
      'panes side by side',
    ).toBe(true);

    expect((await app.paneScroll(ledger.title)).scrollable, 'the ledger pane has room to scroll').toBeGreaterThan(0);
    await app.scrollPane(ledger.title, 400);
    await expect.poll(async () => (await app.paneScroll(ledger.title)).top).toBeGreaterThan(0);
    expect((await app.paneScroll(tides.title)).top, 'the other pane did not move').toBe(0);
    expect(await app.windowScrollY(), 'the window did not move').toBe(0);
  });

  await test.step('tag a claim with the mouse and the Claim button', async () => {
    await app.selectText(ledger.title, AFTER_EMOJI);
    await app.tagSelection('Claim');
    await expectHighlight(app, ledger.title, 'Claim', AFTER_EMOJI);
    await app.expectSaved();
  });

  await test.step('tag a source with the mouse and the key s', async () => {
    await app.selectText(tides.title, MD_SOURCE);
    await app.pressKey('s');
    await expectHighlight(app, tides.title, 'Source', MD_SOURCE);
    await app.expectSaved();
  });

  await test.step('the annotations panel lists both', async () => {
    await expect(app.annotations()).toHaveCount(2);
    await expect(app.annotation(AFTER_EMOJI)).toContainText('Claim');
    await expect(app.annotation(MD_SOURCE)).toContainText('Source');
  });

  await test.step('delete one with the button and the other with the Delete key', async () => {
    await app.selectAnnotation(AFTER_EMOJI);
    await app.deleteSelectedAnnotation('button');
    await expect(app.annotations()).toHaveCount(1);
    await expect(app.highlights(ledger.title)).toHaveCount(0);
    await app.expectSaved();

    await app.selectAnnotation(MD_SOURCE);
    await app.deleteSelectedAnnotation('key');
    await expect(app.annotations()).toHaveCount(0);
    await expect(app.highlights(tides.title)).toHaveCount(0);
    await app.expectSaved();
  });

  const tagged: Array<[string, LabelName, string]> = [
    [ledger.title, 'Claim', AFTER_EMOJI],
    [ledger.title, 'Cue', AROUND_EMOJI],
    [ledger.title, 'Cue', CJK],
    [ledger.title, 'Claim', COMBINING],
    [tides.title, 'Source', MD_LIST],
  ];

  await test.step('tag again, by buttons and keys', async () => {
    const keys: Record<LabelName, string> = { Claim: 'c', Source: 's', Cue: 'u' };
    for (const [i, [title, label, quote]] of tagged.entries()) {
      await app.selectText(title, quote);
      if (i % 2 === 0) await app.tagSelection(label);
      else await app.pressKey(keys[label]);
      await expectHighlight(app, title, label, quote);
      await app.expectSaved();
    }
    await expect(app.annotations()).toHaveCount(tagged.length);
  });

  await test.step('after a reload, the same annotations and panes', async () => {
    await app.reload();
    await expect(app.panes()).toHaveCount(2);
    await expect(app.pane(ledger.title)).toBeVisible();
    await expect(app.pane(tides.title)).toBeVisible();
    await expect(app.annotations()).toHaveCount(tagged.length);
    for (const [title, label, quote] of tagged) {
      await expect(app.annotation(quote)).toHaveCount(1);
      await expectHighlight(app, title, label, quote);
    }
  });

  await test.step('export JSONL: code point offsets that slice to each quote', async () => {
    const { fileName, records } = await app.exportJsonl();
    expect(fileName).toMatch(/\.jsonl$/);
    expect(records).toHaveLength(2);
    const byTitle = new Map(records.map((r) => [r.title, r] as [string, ExportedRecord]));
    const ledgerRecord = byTitle.get(ledger.title)!;
    const tidesRecord = byTitle.get(tides.title)!;
    expect(ledgerRecord, 'a record for the ledger').toBeTruthy();
    expect(tidesRecord, 'a record for the tide tables').toBeTruthy();

    for (const record of records) {
      expect(record.offset_unit).toBe('codepoint');
      for (const span of record.spans) {
        expect(codePointSlice(record.text, span.start, span.end), `span ${span.id} of ${record.title}`).toBe(span.text);
      }
    }
    expect(ledgerRecord.text.includes('\r'), 'CRLF became LF').toBe(false);
    expect(ledgerRecord.spans.map((s) => [s.label, s.text]).sort()).toEqual(
      tagged
        .filter(([t]) => t === ledger.title)
        .map(([, label, quote]) => [label, quote])
        .sort(),
    );
    expect(tidesRecord.spans.map((s) => [s.label, s.text])).toEqual([['Source', MD_LIST]]);

    // Offsets after astral characters: code points, not UTF-16 units.
    const after = ledgerRecord.spans.find((s) => s.text === AFTER_EMOJI)!;
    const utf16Start = ledgerRecord.text.indexOf(AFTER_EMOJI);
    expect(after.start).toBe(Array.from(ledgerRecord.text.slice(0, utf16Start)).length);
    expect(utf16Start - after.start, '😀 and 👩‍👩‍👧 add 4 UTF-16 units').toBe(4);
    expect(after.end - after.start).toBe(Array.from(AFTER_EMOJI).length);

    const around = ledgerRecord.spans.find((s) => s.text === AROUND_EMOJI)!;
    expect(around.end - around.start, 'a span holding 😀 counts it once').toBe(AROUND_EMOJI.length - 1);

    const combining = ledgerRecord.spans.find((s) => s.text === COMBINING)!;
    expect(combining.text.normalize('NFC') === combining.text, 'combining accent kept as typed (not NFC)').toBe(false);
  });
});
