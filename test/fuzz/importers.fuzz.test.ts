import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../src/core/text-extraction/importable-formats';
import type { Result } from '../../src/core/result';
import { importFile } from '../../src/service/document-import/index';
import { docxParagraph, makeDocx } from '../fixtures/import/make-docx';
import { makeEpub, xhtmlPage } from '../fixtures/import/make-epub';
import { makePdf } from '../fixtures/import/make-pdf';
import { FUZZ_RUNS } from './fuzz-runs';

/*
 * Inputs per run of this file: FUZZ_RUNS (random bytes) + FUZZ_RUNS / 5 (damaged HTML: jsdom and
 * Readability take ~0.1 s a page) + FUZZ_RUNS / 20 (long HTML pages, streamed, ~0.3 s each) +
 * FUZZ_RUNS (DOCX) + FUZZ_RUNS / 2 (EPUB) + FUZZ_RUNS / 10 (PDF, pdf.js is slow) + FUZZ_RUNS / 5
 * (random markup) ≈ 3 × FUZZ_RUNS: 610 in `npm test`, 7,625 with FUZZ_RUNS=2500. With the other
 * fuzz files (text import 2×, re-anchoring 2×, workspace reader ½×, annotation import 3.5×) the
 * folder runs 11 × FUZZ_RUNS generated inputs: 2,200 in `npm test`, 27,500 in `npm run test:fuzz`.
 */

const TIME_LIMIT = 15_000;
/** Per property: the long run's properties take minutes, past the suite's 60 s default. */
const PROPERTY_TIMEOUT = Math.max(60_000, FUZZ_RUNS * 200);

/** importFile, or a failure if it has not settled within the time limit (a hang). */
async function importWithin(name: string, bytes: Uint8Array): Promise<Result<ImportedDocument>> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`importFile(${name}) did not settle within ${TIME_LIMIT} ms`)),
      TIME_LIMIT,
    );
  });
  try {
    return await Promise.race([importFile(name, bytes), hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** What every import must give: a failure with a reason, or LF text whose ranges lie inside it. */
async function checkImport(name: string, bytes: Uint8Array): Promise<void> {
  const result = await importWithin(name, bytes);
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(result.error.message.length).toBeGreaterThan(0);
    return;
  }
  const { text, pages, boilerplate } = result.value;
  expect(text).not.toContain('\r');
  expect(text.trim()).not.toBe('');
  for (const range of [...(pages ?? []), ...(boilerplate ?? [])]) {
    expect(Number.isInteger(range.start) && Number.isInteger(range.end)).toBe(true);
    expect(range.start).toBeGreaterThanOrEqual(0);
    expect(range.end).toBeGreaterThanOrEqual(range.start);
    expect(range.end).toBeLessThanOrEqual(text.length);
  }
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

/** Damage as files get it: bytes overwritten, cut short, runs deleted, random or copied bytes spliced in. */
type Mutation = (bytes: Uint8Array) => Uint8Array;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
    .map((flips) => (b: Uint8Array) => {
      const out = new Uint8Array(b);
      for (const [at, value] of flips) if (out.length > 0) out[at % out.length] = value;
      return out;
    }),
  fc.nat().map((at) => (b: Uint8Array) => b.subarray(0, at % (b.length + 1))),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 64 })).map(([at, n]) => (b: Uint8Array) => {
    const i = at % (b.length + 1);
    return concat(b.subarray(0, i), b.subarray(i + n));
  }),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 32 })).map(([at, insert]) => (b: Uint8Array) => {
    const i = at % (b.length + 1);
    return concat(b.subarray(0, i), insert, b.subarray(i));
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 256 })).map(([to, from, n]) => (b: Uint8Array) => {
    const i = to % (b.length + 1);
    const j = from % (b.length + 1);
    return concat(b.subarray(0, i), b.subarray(j, j + n), b.subarray(i));
  }),
);
const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });
const damage = (bytes: Uint8Array, ms: Mutation[]): Uint8Array => ms.reduce((b, m) => m(b), bytes);

const ARTICLE_HTML = readFileSync(new URL('../fixtures/import/article.html', import.meta.url));
const SIMPLE_HTML = utf8(
  '<!doctype html><html><head><title>T</title></head><body><article><h1>Head</h1><p>One paragraph, the official said.</p><p>Two.</p></article></body></html>',
);
/** Over 200 KB of text: read as a stream, without a DOM (src/service/document-import/long-html-page.ts). */
const LONG_HTML = utf8(
  `<!doctype html><html><head><title>Long</title><meta name="author" content="A"></head><body><nav><a href="/">Home</a></nav><article><h1>Head</h1>${Array.from({ length: 6000 }, (_, i) => `<p>Paragraph ${i}, the <em>official</em> said &amp; left.`).join('')}</article></body></html>`,
);
const DOCX = makeDocx(
  docxParagraph('Title here', 'Title') +
    docxParagraph('A first paragraph, said the minister.') +
    '<w:p><w:r><w:t>Note</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>',
  {
    footnotesXml: '<w:footnote w:id="1"><w:p><w:r><w:t>The footnote.</w:t></w:r></w:p></w:footnote>',
    title: 'Doc title',
  },
);
const EPUB = makeEpub(
  [
    { href: 'c1.xhtml', xhtml: xhtmlPage('<h1>Chapter one</h1><p>It began, she said.</p>') },
    { href: 'c2.xhtml', xhtml: xhtmlPage('<p>Second chapter text.</p><p>Sign up for our newsletter</p>') },
  ],
  ['c2.xhtml', 'c1.xhtml'],
  { title: 'Book', creator: 'Author', publisher: 'Press', date: '2024-01-01' },
);
const PDF = makePdf(
  [
    {
      runs: [
        { x: 72, y: 720, text: 'First page heading', size: 16 },
        { x: 72, y: 690, text: 'The council said the re-' },
        { x: 72, y: 676, text: 'pairs were done.' },
        { x: 300, y: 40, text: '1' },
      ],
    },
    {
      runs: [
        { x: 72, y: 720, text: 'Second page, left column.' },
        { x: 320, y: 720, text: 'Right column.' },
        { x: 300, y: 40, text: '2' },
      ],
    },
  ],
  { title: 'Report', author: 'Someone' },
);

describe('fuzz: document importers', () => {
  it(
    'turn random bytes under any importable name into a result, never a throw or a hang',
    async () => {
      const names = fc.constantFrom('a.html', 'a.htm', 'a.xhtml', 'a.docx', 'a.epub', 'a.pdf', 'a.txt', 'a.md');
      const body = fc.uint8Array({ maxLength: 2048 });
      const magic = fc.constantFrom(
        new Uint8Array(0),
        utf8('PK\u0003\u0004'),
        utf8('PK\u0005\u0006'),
        utf8('%PDF-1.4\n'),
        utf8('<html><body>'),
        new Uint8Array([0xef, 0xbb, 0xbf]),
      );
      await fc.assert(
        fc.asyncProperty(names, magic, body, async (name, head, tail) => checkImport(name, concat(head, tail))),
        { numRuns: FUZZ_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'read damaged HTML pages',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(ARTICLE_HTML, SIMPLE_HTML), mutations, async (page, ms) =>
          checkImport('page.html', damage(new Uint8Array(page), ms)),
        ),
        { numRuns: Math.ceil(FUZZ_RUNS / 5) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'read damaged long HTML pages',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutations, async (ms) => checkImport('long.html', damage(LONG_HTML, ms))),
        { numRuns: Math.ceil(FUZZ_RUNS / 20) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'read damaged DOCX files (zip directory, compressed data, XML)',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutations, async (ms) => checkImport('doc.docx', damage(DOCX, ms))),
        { numRuns: FUZZ_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'read damaged EPUB books',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutations, async (ms) => checkImport('book.epub', damage(EPUB, ms))),
        { numRuns: Math.ceil(FUZZ_RUNS / 2) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'read damaged PDF files',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutations, async (ms) => checkImport('report.pdf', damage(PDF, ms))),
        { numRuns: Math.ceil(FUZZ_RUNS / 10) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'read well-zipped DOCX, EPUB and HTML whose markup is random',
    async () => {
      const piece = fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        fc.constantFrom(
          '<p>',
          '</p>',
          '<div>',
          '</div>',
          '<br/>',
          '<b>',
          '</b>',
          '<![CDATA[x]]>',
          '<!-- c -->',
          '&amp;',
          '&#x1F600;',
          '&bogus;',
          '<',
          '>',
          '"',
          '\r\n',
          '\r',
          '<script>x</script>',
          '<pre>\r\na\r\n</pre>',
        ),
        fc.constantFrom(
          '<w:p>',
          '</w:p>',
          '<w:r>',
          '</w:r>',
          '<w:t>',
          '</w:t>',
          '<w:br/>',
          '<w:tab/>',
          '<w:footnoteReference w:id="1"/>',
          '<w:t xml:space="preserve">',
        ),
      );
      const markup = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('docx', 'epub', 'html'), markup, async (kind, m) => {
          if (kind === 'docx')
            return checkImport('r.docx', makeDocx(m, { footnotesXml: `<w:footnote w:id="1">${m}</w:footnote>` }));
          if (kind === 'epub')
            return checkImport(
              'r.epub',
              makeEpub([{ href: 'c.xhtml', xhtml: xhtmlPage(m) }], ['c.xhtml'], {
                title: 't',
                creator: 'c',
                publisher: 'p',
                date: 'd',
              }),
            );
          return checkImport('r.html', utf8(`<html><body>${m}</body></html>`));
        }),
        { numRuns: Math.ceil(FUZZ_RUNS / 5) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
