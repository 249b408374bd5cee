import { constants, crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importEpub } from '../../src/service/document-import/epub-importer';
import { importFile } from '../../src/service/document-import/index';
import { makeEpub, xhtmlPage } from '../fixtures/import/make-epub';
import {
  deflated,
  DOCX_CONTENT_TYPES,
  docxDocument,
  EPUB_CONTAINER,
  epubOpf,
  stored,
  writeZip,
  type RawZipEntry,
} from './zip';

const MB = 1024 * 1024;
/** Only against a hang: the time a refusal takes is a benchmark's figure. */
const HANG_GUARD_MS = 180_000;
const VISIBLE = 'The regulator fined the bank for misleading savers, a spokesperson said.';

/** `size` bytes of one repeated byte, deflated in 1 MB steps (never holding them all), with their CRC. */
function repeated(name: string, size: number, byte = 0x20): RawZipEntry {
  const chunk = Buffer.alloc(MB, byte);
  const oneMb = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  let crc = 0;
  const parts: Buffer[] = [];
  for (let done = 0; done < size; done += MB) {
    parts.push(oneMb);
    crc = crc32(chunk, crc);
  }
  // An empty final block ends the stream.
  parts.push(Buffer.from([0x03, 0x00]));
  return { name, stored: new Uint8Array(Buffer.concat(parts)), method: 8, size, crc };
}

/** A zip bomb in the small: 100 MB of spaces that says it is 2 KB. */
const lying = (name: string): RawZipEntry => ({ ...repeated(name, 100 * MB), size: 2048 });

const docxWith = (...entries: RawZipEntry[]): Uint8Array => writeZip([DOCX_CONTENT_TYPES, ...entries]);
const goodDocument = (): RawZipEntry =>
  deflated('word/document.xml', Buffer.from(docxDocument(`<w:p><w:r><w:t>${VISIBLE}</w:t></w:r></w:p>`)));
const chapter = (name: string): RawZipEntry => deflated(name, Buffer.from(xhtmlPage(`<p>${VISIBLE}</p>`)));
const epubWith = (...entries: RawZipEntry[]): Uint8Array =>
  writeZip([stored('mimetype', Buffer.from('application/epub+zip')), EPUB_CONTAINER, ...entries]);

/**
 * Imports, checking the resident memory it adds at its peak. How long a refusal takes is measured
 * by `npm run bench:import-memory`, not here: a wall-clock limit fails on a loaded machine.
 */
async function timed(
  name: string,
  bytes: Uint8Array,
  importer: (name: string, bytes: Uint8Array) => ReturnType<typeof importFile> = importFile,
) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const result = await importer(name, bytes);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  expect(peak - before).toBeLessThan(1024 * MB);
  return result;
}

async function refused(name: string, bytes: Uint8Array, message: RegExp): Promise<void> {
  const result = await timed(name, bytes);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.message).toMatch(message);
}

describe('hostile DOCX: zip bombs', () => {
  it(
    'refuses an entry that unpacks to far more than it declares, without unpacking it',
    async () => {
      await refused(
        'lying.docx',
        docxWith(lying('word/document.xml')),
        /unpacks to more than the 2048 bytes it declares/,
      );
    },
    HANG_GUARD_MS,
  );

  it(
    'refuses an entry that honestly declares more than the archive budget (250 MB), before unpacking',
    async () => {
      await refused('huge.docx', docxWith(repeated('word/document.xml', 250 * MB)), /more than 200 MB.*zip bomb/);
    },
    HANG_GUARD_MS,
  );

  it(
    'refuses parts that together unpack past the budget, even when they overlap on the same bytes',
    async () => {
      const document = repeated('word/document.xml', 150 * MB);
      const footnotes: RawZipEntry = { ...document, name: 'word/footnotes.xml', sameDataAs: 'word/document.xml' };
      await refused('overlap.docx', docxWith(document, footnotes), /over the 64 MB allowed for one entry.*zip bomb/);
    },
    HANG_GUARD_MS,
  );

  it(
    'refuses an archive of too many entries',
    async () => {
      const many = Array.from({ length: 10_001 }, (_, i) => stored(`word/media/${i}.bin`, Buffer.from('x')));
      await refused('many.docx', docxWith(goodDocument(), ...many), /holds 1000\d entries/);
    },
    HANG_GUARD_MS,
  );

  it(
    'never opens a zip nested inside: an embedded zip bomb is left alone and the text imports',
    async () => {
      const inner = writeZip([lying('a.txt'), lying('b.txt'), lying('c.txt')]);
      const result = await timed(
        'nested.docx',
        docxWith(goodDocument(), stored('word/embeddings/oleObject1.zip', inner)),
      );
      expect(result).toMatchObject({ ok: true, value: { text: VISIBLE } });
    },
    HANG_GUARD_MS,
  );

  it(
    'refuses a document part that is itself a zip, as a damaged document',
    async () => {
      const inner = writeZip([lying('word/document.xml')]);
      await refused('inner.docx', docxWith(stored('word/document.xml', inner)), /damaged|malformed|not/i);
    },
    HANG_GUARD_MS,
  );
});

describe('hostile EPUB: zip bombs', () => {
  it(
    'refuses a chapter that unpacks to far more than it declares',
    async () => {
      await refused(
        'lying.epub',
        epubWith(epubOpf(['c1.xhtml']), lying('OEBPS/c1.xhtml')),
        /unpacks to more than the 2048 bytes it declares/,
      );
    },
    HANG_GUARD_MS,
  );

  it(
    'refuses a chapter that declares more than the budget',
    async () => {
      await refused(
        'huge.epub',
        epubWith(epubOpf(['c1.xhtml']), repeated('OEBPS/c1.xhtml', 250 * MB)),
        /more than 200 MB.*zip bomb/,
      );
    },
    HANG_GUARD_MS,
  );

  it(
    'refuses a package file that unpacks to more than it declares',
    async () => {
      await refused(
        'opf.epub',
        epubWith(lying('OEBPS/content.opf'), chapter('OEBPS/c1.xhtml')),
        /unpacks to more than the 2048 bytes it declares/,
      );
    },
    HANG_GUARD_MS,
  );

  it(
    'refuses a book of too many entries',
    async () => {
      const many = Array.from({ length: 10_001 }, (_, i) => stored(`OEBPS/img/${i}.png`, Buffer.from('x')));
      await refused(
        'many.epub',
        epubWith(epubOpf(['c1.xhtml']), chapter('OEBPS/c1.xhtml'), ...many),
        /holds 1000\d entries/,
      );
    },
    HANG_GUARD_MS,
  );

  it(
    'stops at the budget when many spine entries overlap on the same compressed bytes (a 42.zip-style quoted-overlap bomb)',
    async () => {
      // 300 spine entries pointing at one 1 MB chapter: 300 MB if each were unpacked. A 4 MB budget
      // stands in for the 200 MB one, so that the chapters parsed before the refusal stay few.
      const one = deflated('OEBPS/c0.xhtml', Buffer.from(xhtmlPage(`<p>${VISIBLE}</p>`.repeat(10_000))));
      const hrefs = Array.from({ length: 300 }, (_, i) => `c${i}.xhtml`);
      const overlapping = hrefs
        .slice(1)
        .map((h): RawZipEntry => ({ ...one, name: `OEBPS/${h}`, sameDataAs: 'OEBPS/c0.xhtml' }));
      const bytes = epubWith(epubOpf(hrefs), one, ...overlapping);
      const result = await timed('overlap.epub', bytes, (name, b) =>
        importEpub(name, b, { maxEntries: 10_000, maxTotalBytes: 4 * MB }),
      );
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error.message).toMatch(/(more than 4 MB|times its size, over the 100× allowed).*zip bomb/);
    },
    HANG_GUARD_MS,
  );

  it(
    'never opens a nested book or zip: a spine entry that is a zip bomb is not unpacked',
    async () => {
      const innerBomb = writeZip([lying('x.txt'), lying('y.txt')]);
      const innerBook = makeEpub([{ href: 'c.xhtml', xhtml: xhtmlPage('<p>INNER BOOK TEXT</p>') }], ['c.xhtml'], {
        title: 'i',
        creator: 'i',
        publisher: 'i',
        date: '2024',
      });
      const bytes = epubWith(
        epubOpf(['c1.xhtml', 'inner.epub', 'bomb.zip']),
        chapter('OEBPS/c1.xhtml'),
        stored('OEBPS/inner.epub', innerBook),
        stored('OEBPS/bomb.zip', innerBomb),
      );
      const result = await timed('nested.epub', bytes);
      if (result.ok) {
        expect(result.value.text).toContain(VISIBLE);
        expect(result.value.text).not.toContain('INNER BOOK TEXT');
        expect(result.value.text.length).toBeLessThan(100_000);
      } else expect(result.error.message.length).toBeGreaterThan(0);
    },
    HANG_GUARD_MS,
  );
});
