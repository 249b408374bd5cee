/**
 * `npm run bench:import-memory`: the peak resident memory one import adds, and how long it takes,
 * each in a fresh process so that the peak (`maxRSS`) is this import's, measured cold (code loaded,
 * nothing imported before): large legitimate text, DOCX, EPUB and HTML files at 300k and 3M words
 * (compared with the text they produce; the aim is at most 10×; measured again with V8's young
 * generation in use), and the zip bombs and deeply nested markup of test/hostile, which must be
 * refused early (the aim: within 10 s each; the tests check only that they are refused and why).
 * See bench/README.md for the recorded figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { docxParagraph, makeDocx } from '../test/fixtures/import/make-docx';
import { makeEpub, xhtmlPage } from '../test/fixtures/import/make-epub';
import { deflated, DOCX_CONTENT_TYPES, docxDocument, stored, writeZip, type RawZipEntry } from '../test/hostile/zip';
import { generateArticle } from './article';

const MB = 1024 * 1024;
const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `size` bytes of spaces deflated 1 MB at a time, declared as `declared` bytes. */
function repeated(name: string, size: number, declared = size): RawZipEntry {
  const chunk = Buffer.alloc(MB, 0x20);
  const oneMb = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  let crc = 0;
  const parts: Buffer[] = [];
  for (let done = 0; done < size; done += MB) {
    parts.push(oneMb);
    crc = crc32(chunk, crc);
  }
  parts.push(Buffer.from([0x03, 0x00]));
  return { name, stored: new Uint8Array(Buffer.concat(parts)), method: 8, size: declared, crc };
}

const paragraphs = (words: number): string[] => generateArticle(words, 7).text.split(/\n+/).filter(Boolean);

const legitimateDocx = (words: number): { name: string; bytes: Uint8Array } => ({
  name: 'large.docx',
  bytes: writeZip([
    DOCX_CONTENT_TYPES,
    deflated(
      'word/document.xml',
      Buffer.from(
        docxDocument(
          paragraphs(words)
            .map((p) => `<w:p><w:r><w:t>${escapeXml(p)}</w:t></w:r></w:p>`)
            .join(''),
        ),
      ),
    ),
  ]),
});

const legitimateEpub = (words: number): { name: string; bytes: Uint8Array } => {
  const all = paragraphs(words);
  const per = Math.ceil(all.length / 30);
  const chapters = Array.from({ length: 30 }, (_, i) => ({
    href: `c${i}.xhtml`,
    xhtml: xhtmlPage(
      all
        .slice(i * per, (i + 1) * per)
        .map((p) => `<p>${escapeXml(p)}</p>`)
        .join(''),
    ),
  }));
  const meta = { title: 'Large book', creator: 'Bench', publisher: 'Bench', date: '2026-01-01' };
  return {
    name: 'large.epub',
    bytes: makeEpub(
      chapters,
      chapters.map((c) => c.href),
      meta,
    ),
  };
};

/** A news page as a browser saves it: navigation, the article's paragraphs, a footer. */
const legitimateHtml = (words: number): { name: string; bytes: Uint8Array } => {
  const nav = Array.from({ length: 40 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const body = paragraphs(words)
    .map((p) => `<p>${escapeXml(p)}</p>`)
    .join('\n');
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Large page</title><meta property="og:site_name" content="Bench"></head><body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>Large page</h1>${body}</article></main><footer><p>© Bench</p></footer></body></html>`;
  return { name: 'large.html', bytes: Buffer.from(html) };
};

const CASES: Record<string, () => { name: string; bytes: Uint8Array }> = {
  'legitimate text file (300k words)': () => ({
    name: 'large.txt',
    bytes: Buffer.from(paragraphs(300_000).join('\n')),
  }),
  'legitimate text file (3M words)': () => ({
    name: 'large.txt',
    bytes: Buffer.from(paragraphs(3_000_000).join('\n')),
  }),
  'legitimate DOCX (300k words)': () => legitimateDocx(300_000),
  'legitimate DOCX (3M words)': () => legitimateDocx(3_000_000),
  'legitimate EPUB (300k words, 30 chapters)': () => legitimateEpub(300_000),
  'legitimate EPUB (3M words, 30 chapters)': () => legitimateEpub(3_000_000),
  'legitimate HTML page (300k words)': () => legitimateHtml(300_000),
  'legitimate HTML page (3M words)': () => legitimateHtml(3_000_000),
  'bomb: 100 MB entry declaring 2 KB': () => ({
    name: 'lying.docx',
    bytes: writeZip([DOCX_CONTENT_TYPES, repeated('word/document.xml', 100 * MB, 2048)]),
  }),
  'bomb: honest 250 MB entry': () => ({
    name: 'honest.docx',
    bytes: writeZip([DOCX_CONTENT_TYPES, repeated('word/document.xml', 250 * MB)]),
  }),
  'bomb: 60 MB at 1000:1': () => ({
    name: 'ratio.docx',
    bytes: writeZip([DOCX_CONTENT_TYPES, repeated('word/document.xml', 60 * MB)]),
  }),
  'bomb: 40 entries over one 20 MB stream (EPUB)': () => {
    const first = repeated('OEBPS/c0.xhtml', 20 * MB);
    const others = Array.from({ length: 39 }, (_, i) => ({
      ...first,
      name: `OEBPS/c${i + 1}.xhtml`,
      sameDataAs: 'OEBPS/c0.xhtml',
    }));
    const hrefs = Array.from({ length: 40 }, (_, i) => `c${i}.xhtml`);
    const opf = `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata/><manifest>${hrefs.map((h, i) => `<item id="c${i}" href="${h}" media-type="application/xhtml+xml"/>`).join('')}</manifest><spine>${hrefs.map((_, i) => `<itemref idref="c${i}"/>`).join('')}</spine></package>`;
    const container =
      '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>';
    return {
      name: 'overlap.epub',
      bytes: writeZip([
        stored('mimetype', Buffer.from('application/epub+zip')),
        stored('META-INF/container.xml', Buffer.from(container)),
        stored('OEBPS/content.opf', Buffer.from(opf)),
        first,
        ...others,
      ]),
    };
  },
};

const NESTED = 100_000;
const nestedEpub = (xhtml: string): Uint8Array =>
  makeEpub([{ href: 'c1.xhtml', xhtml }], ['c1.xhtml'], { title: 't', creator: 'c', publisher: 'p', date: '2024' });
const DEEP_CASES: Record<string, () => { name: string; bytes: Uint8Array }> = {
  'deep: HTML of 100,000 nested <div>s': () => ({
    name: 'divs.html',
    bytes: Buffer.from(`<html><body><p>Text.</p>${'<div>'.repeat(NESTED)}deep${'</div>'.repeat(NESTED)}</body></html>`),
  }),
  'deep: EPUB chapter of 100,000 nested <div>s': () => ({
    name: 'deep.epub',
    bytes: nestedEpub(xhtmlPage(`<p>Text.</p>${'<div>'.repeat(NESTED)}deep${'</div>'.repeat(NESTED)}`)),
  }),
  'deep: EPUB chapter, 100,000 <div/>s as HTML': () => ({
    name: 'selfclosing.epub',
    bytes: nestedEpub(`<html><body><p>Text.</p><br>${'<div/>'.repeat(NESTED)}deep</body></html>`),
  }),
  'deep: DOCX of 100,000 nested runs': () => ({
    name: 'deep.docx',
    bytes: makeDocx(
      docxParagraph('Text.') + `<w:p>${'<w:r>'.repeat(NESTED)}<w:t>deep</w:t>${'</w:r>'.repeat(NESTED)}</w:p>`,
    ),
  }),
};

interface Measured {
  youngBefore: number;
  youngAfter: number;
  status: string;
  reason: string;
  added: number;
  textBytes: number;
  elapsed: number;
}

/** Measures one import in a fresh process; `v8Default` leaves its young generation as V8 sizes it. */
function runChild(file: string, name: string, mode: 'cold' | 'young', v8Default: boolean): Measured | null {
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      '--expose-gc',
      fileURLToPath(new URL('./import-memory-measure.ts', import.meta.url)),
      file,
      name,
      mode,
      ...(v8Default ? ['--v8-default'] : []),
    ],
    { encoding: 'utf8' },
  );
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    console.error(child.stderr);
    return null;
  }
  return JSON.parse(line) as Measured;
}

/**
 * `npm run bench:import-memory -- DOCX` measures only the cases whose label contains "DOCX";
 * `-- --v8-default` measures with V8's own young generation, not the shells' smaller one.
 */
async function main(only: string | undefined, v8Default: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'collate-membench-in-'));
  console.log(
    'Peak memory one import adds (a fresh process each, cold: its code loaded, nothing imported before; maxRSS − RSS just before the import)',
  );
  console.log(
    v8Default
      ? "Young generation: V8's own (up to 2 × 16 MB), as before the shells limited it"
      : "Young generation: the shells' (limitYoungGeneration, src/service/young-generation.ts)",
  );
  try {
    for (const [label, make] of Object.entries({ ...CASES, ...DEEP_CASES })) {
      if (only !== undefined && !label.includes(only)) continue;
      const { name, bytes } = make();
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const r = runChild(file, name, 'cold', v8Default);
      if (!r) {
        console.log(`${label}: the measuring process failed`);
        continue;
      }
      const mb = (n: number): string => `${(n / MB).toFixed(1)} MB`;
      const times = (added: number): string => `${(added / r.textBytes).toFixed(1)}×`;
      const ratio = r.textBytes > 0 ? ` = ${times(r.added)} the ${mb(r.textBytes)} of text it produced` : '';
      const outcome = r.status === 'imported' ? 'imported' : `${r.status}: ${r.reason.slice(0, 90)}`;
      console.log(
        `${label.padEnd(46)} file ${mb(bytes.length).padStart(8)} | peak added ${mb(r.added).padStart(9)}${ratio} | ${r.elapsed.toFixed(0)} ms | young generation ${mb(r.youngBefore)} → ${mb(r.youngAfter)} | ${outcome}`,
      );
      const warm = r.textBytes > 0 ? runChild(file, name, 'young', v8Default) : null;
      if (warm)
        console.log(`${''.padEnd(46)} young generation already in use: ${mb(warm.added)} = ${times(warm.added)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main(
  process.argv.slice(2).find((arg) => !arg.startsWith('--')),
  process.argv.includes('--v8-default'),
);
