import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxParagraph, makeDocx } from '../../../test/fixtures/import/make-docx';
import { makeEpub, xhtmlPage } from '../../../test/fixtures/import/make-epub';
import { makePdf } from '../../../test/fixtures/import/make-pdf';
import { IMPORT_ACCEPT, importFile } from './index';
import { importDocx } from './docx-importer';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/import/${name}`, import.meta.url)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function imported(name: string, bytes: Uint8Array) {
  const result = await importFile(name, bytes);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

const slices = (doc: {
  text: string;
  boilerplate?: Array<{ start: number; end: number; reason: string }>;
}): Array<[string, string]> => (doc.boilerplate ?? []).map((b) => [b.reason, doc.text.slice(b.start, b.end)]);

describe('importFile: HTML', () => {
  it('extracts the article, one block per line, with metadata, and nothing of scripts, styles, frames or handlers', async () => {
    const doc = await imported('bridge.html', fixture('article.html'));
    expect(doc).toMatchObject({
      title: 'Harbour bridge reopens after repairs',
      author: 'Mara Ellison',
      outlet: 'The Lakeside Courier',
      published: '2024-11-12T08:30:00Z',
      format: 'html',
      encoding: 'utf-8',
    });
    expect(doc.text).toBe(
      [
        'Harbour bridge reopens after repairs',
        'By Mara Ellison · 12 November 2024',
        'The harbour bridge reopened to traffic on Tuesday after eight months of repairs, the city council said, ending detours that had added up to forty minutes to commutes & deliveries.',
        'Council engineer Tomas Reyes said the deck had been “fully replaced” and that the bridge would carry 1,200 vehicles an hour at peak — more than before the closure.',
        'Residents had complained about the noise of night work, which the council said would not be repeated.',
        'A second phase, on the approach roads, is planned for spring.',
        'Sign up for the Courier Morning newsletter',
        "Get the day's top stories delivered to your inbox.",
        'Photo: Courier staff',
        'The repairs cost 14 million euros, about 2 million more than planned, according to figures released by the council in October and reviewed by the Courier.',
        'Read more: Ferry timetable to change next month',
      ].join('\n'),
    );
    for (const leak of [
      'HACKED',
      'INJECTED',
      'IFRAME',
      'STYLE TEXT',
      'NOSCRIPT',
      'ALT TEXT',
      'steal',
      'alert',
      'Home',
      '©',
    ])
      expect(doc.text).not.toContain(leak);
    expect(slices(doc)).toEqual([
      [
        'newsletter sign-up',
        "Sign up for the Courier Morning newsletter\nGet the day's top stories delivered to your inbox.",
      ],
      ['photo caption or credit', 'Photo: Courier staff'],
      ['related-article link', 'Read more: Ferry timetable to change next month'],
    ]);
  });

  it('respects a non-UTF-8 charset, decodes entities and falls back to the whole page when no article stands out', async () => {
    const head = utf8('<html><head><meta charset="windows-1251"><title>t</title></head><body><p>&laquo;');
    const body = new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    const tail = utf8('&raquo; &amp; &#x1F600;</p><time datetime="2021-03-04">4 March</time></body></html>');
    const doc = await imported('short.htm', new Uint8Array([...head, ...body, ...tail]));
    expect(doc).toMatchObject({
      encoding: 'windows-1251',
      text: '«Привет» & 😀\n4 March',
      published: '2021-03-04',
      format: 'html',
    });
  });

  it('refuses binary data named .html', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await importFile('photo.html', png)).toEqual({
      ok: false,
      error: { code: 'binary', message: 'The file holds binary data, not an HTML page.' },
    });
  });
});

describe('importFile: DOCX', () => {
  const body = [
    docxParagraph('Council approves budget', 'Heading1'),
    docxParagraph('The council approved the budget on Monday.'),
    '<w:p><w:r><w:t>Spending rises by 4 per cent.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>',
    docxParagraph('Sign up for our newsletter'),
    docxParagraph('Zoë said 😀 &amp; left.'),
  ].join('');
  const footnotesXml =
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Council minutes, p. 3.</w:t></w:r></w:p></w:footnote>';

  it('gives headings and paragraphs one per line with footnotes at the end', async () => {
    const doc = await imported('budget.docx', makeDocx(body, { footnotesXml, title: 'Budget story' }));
    expect(doc).toMatchObject({
      title: 'Budget story',
      format: 'docx',
      text: 'Council approves budget\nThe council approved the budget on Monday.\nSpending rises by 4 per cent.[1]\nSign up for our newsletter\nZoë said 😀 & left.\n[1] Council minutes, p. 3.',
      boilerplate: [{ start: 100, end: 126, reason: 'newsletter sign-up' }],
    });
    expect(doc.notes).toContainEqual({ kind: 'content', message: '1 footnote was appended at the end as "[n] …".' });
  });

  it('keeps list numbers, symbols and endnotes as text, and says what it appended', async () => {
    const numbered = (text: string): string =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const numberingXml =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>' +
      '<w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const listBody = [
      numbered('Wages'),
      numbered('Rents'),
      '<w:p><w:r><w:t>Costs rose</w:t><w:sym w:font="Symbol" w:char="F0AE"/><w:sym w:font="Symbol" w:char="F0FF"/></w:r>' +
        '<w:r><w:endnoteReference w:id="2"/></w:r></w:p>',
    ].join('');
    const endnotesXml = '<w:endnote w:id="2"><w:p><w:r><w:t>Index of 2024.</w:t></w:r></w:p></w:endnote>';
    const doc = await imported('lists.docx', makeDocx(listBody, { numberingXml, endnotesXml }));
    expect(doc.text).toBe('a)\tWages\nb)\tRents\nCosts rose→\uf0ff[i]\n[i] Index of 2024.');
    expect(doc.notes).toContainEqual({ kind: 'content', message: '1 endnote was appended at the end as "[i] …".' });
    expect(doc.notes).toContainEqual({
      kind: 'content',
      message: "1 symbol has no Unicode equivalent and kept the font's private-use code point.",
    });
  });

  it('names the problem of a file that is not a zip, a truncated zip, a password-protected file and a zip without a document', async () => {
    expect(await importFile('a.docx', utf8('Just some text pretending.'))).toEqual({
      ok: false,
      error: {
        code: 'not-docx',
        message: 'The file is not a Word .docx document (a .docx is a zip archive, and this file is not one).',
      },
    });
    const docx = makeDocx(body);
    expect(await importFile('a.docx', docx.subarray(0, Math.floor(docx.length / 2)))).toEqual({
      ok: false,
      error: { code: 'truncated', message: 'The zip archive is incomplete (it may be truncated or damaged).' },
    });
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from('EncryptedPackage', 'utf16le'), 1024);
    expect(await importFile('secret.docx', ole)).toMatchObject({
      ok: false,
      error: { code: 'encrypted', message: expect.stringMatching(/^The Word document is password-protected/) },
    });
    expect(await importFile('other.docx', zipSync({ 'x.txt': strToU8('x') }))).toMatchObject({
      ok: false,
      error: { message: 'The zip archive is not a Word document (it has no word/document.xml).' },
    });
  });

  it('refuses zip bombs: too large in total, an entry bigger than it declares, too many entries', async () => {
    const docx = makeDocx(body);
    expect(await importDocx('a.docx', docx, { maxEntries: 100, maxTotalBytes: 100 })).toEqual({
      ok: false,
      error: {
        code: 'zip-bomb',
        message:
          'The archive would unpack to more than 0.000095367431640625 MB; Collate refuses it as a possible zip bomb.',
      },
    });

    // 4 MB of zeros deflate to about 4 KB; the archive claims the entry holds 100 bytes.
    const zeros = deflateRawSync(Buffer.alloc(4 * 1024 * 1024));
    const lying = zipSync({ 'word/document.xml': [strToU8('<w:document/>'), { level: 0 }] });
    const bomb = replaceStoredEntry(lying, zeros, 100);
    expect(await importDocx('bomb.docx', bomb)).toEqual({
      ok: false,
      error: {
        code: 'zip-bomb',
        message:
          'The zip entry word/document.xml unpacks to more than the 100 bytes it declares; the archive is damaged or malicious.',
      },
    });

    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= 10_000; i++) many[`f${i}`] = new Uint8Array();
    expect(await importDocx('many.docx', zipSync(many))).toEqual({
      ok: false,
      error: {
        code: 'zip-bomb',
        message: 'The zip archive holds 10001 entries; Collate reads archives of up to 10000.',
      },
    });
  });
});

/** Rebuilds a one-entry zip so its entry holds `deflated` (method 8) while declaring `declaredSize`. */
function replaceStoredEntry(zip: Uint8Array, deflated: Uint8Array, declaredSize: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const oldSize = view.getUint32(18, true);
  const header = zip.slice(0, 30 + nameLength + extraLength);
  const central = zip.slice(30 + nameLength + extraLength + oldSize);
  const out = new Uint8Array(header.length + deflated.length + central.length);
  out.set(header);
  out.set(deflated, header.length);
  out.set(central, header.length + deflated.length);
  const o = new DataView(out.buffer);
  for (const [at, isLocal] of [
    [0, true],
    [header.length + deflated.length, false],
  ] as const) {
    o.setUint16(at + (isLocal ? 8 : 10), 8, true);
    o.setUint32(at + (isLocal ? 18 : 20), deflated.length, true);
    o.setUint32(at + (isLocal ? 22 : 24), declaredSize, true);
  }
  const eocd = out.length - 22;
  o.setUint32(eocd + 16, header.length + deflated.length, true);
  return out;
}

describe('importFile: PDF', () => {
  it('reads a two-column page in reading order, joins hyphenation, finds paragraphs and records pages', async () => {
    const pdf = makePdf(
      [
        {
          runs: [
            { x: 72, y: 720, text: 'Ferry Service Returns', size: 18 },
            { x: 72, y: 690, text: 'The ferry will run again' },
            { x: 72, y: 678, text: 'from May, the port said in an an-' },
            { x: 72, y: 666, text: 'nouncement on Friday.' },
            { x: 72, y: 640, text: 'Tickets go on sale soon.' },
            { x: 320, y: 690, text: 'Fares rise by ten per' },
            { x: 320, y: 678, text: 'cent, to 4 euros.' },
            { x: 300, y: 40, text: '1' },
          ],
        },
        { runs: [{ x: 72, y: 700, text: 'Page two is a well-known story.' }] },
      ],
      { title: 'Ferry report', author: 'Port Desk' },
    );
    const doc = await imported('ferry.pdf', pdf);
    expect(doc).toMatchObject({
      title: 'Ferry report',
      author: 'Port Desk',
      format: 'pdf',
      text: 'Ferry Service Returns\nThe ferry will run again from May, the port said in an announcement on Friday.\nTickets go on sale soon.\nFares rise by ten per cent, to 4 euros.\n1\nPage two is a well-known story.',
      pages: [
        { page: 1, start: 0, end: 167 },
        { page: 2, start: 168, end: 199 },
      ],
      boilerplate: [{ start: 166, end: 167, reason: 'page number' }],
    });
    expect(doc.notes.map((n) => n.kind)).toEqual(['markup', 'layout', 'boilerplate']);
  });

  it('says when a PDF has no text layer, is password-protected, or is damaged', async () => {
    const scan = makePdf([{ drawing: '0.5 g 72 72 468 648 re f' }]);
    expect(await importFile('scan.pdf', scan)).toEqual({
      ok: false,
      error: { code: 'no-text', message: 'This PDF has no text layer (it is a scanned image); run OCR first.' },
    });
    expect(await importFile('locked.pdf', fixture('password.pdf'))).toEqual({
      ok: false,
      error: {
        code: 'encrypted',
        message: 'The PDF is password-protected; open it, save a copy without the password and import that.',
      },
    });
    expect(await importFile('fake.pdf', utf8('not a pdf at all'))).toMatchObject({
      ok: false,
      error: { code: 'not-pdf' },
    });
    expect(await importFile('cut.pdf', fixture('password.pdf').subarray(0, 200))).toMatchObject({
      ok: false,
      error: { code: 'bad-pdf' },
    });
  });
});

describe('importFile: EPUB', () => {
  it('reads the chapters in spine order as text, with the book metadata', async () => {
    const epub = makeEpub(
      [
        { href: 'ch2.xhtml', xhtml: xhtmlPage('<h2>Two</h2><p>Second &amp; last.</p><script>BAD()</script>') },
        {
          href: 'ch1.xhtml',
          xhtml: xhtmlPage('<h1>One</h1><div id="anchor"/><p>First <em>chapter</em>\n text.</p><p>Photo: Archive</p>'),
        },
        { href: 'ch3.xhtml', xhtml: xhtmlPage('<p>Not well-formed&nbsp;XML<br>but read.</p>') },
      ],
      ['ch1.xhtml', 'ch2.xhtml', 'ch3.xhtml'],
      { title: 'Harbour Tales', creator: 'Ana Ruiz', publisher: 'Lakeside Press', date: '2019-05-01' },
    );
    const doc = await imported('tales.epub', epub);
    expect(doc).toMatchObject({
      title: 'Harbour Tales',
      author: 'Ana Ruiz',
      outlet: 'Lakeside Press',
      published: '2019-05-01',
      format: 'epub',
      text: 'One\nFirst chapter text.\nPhoto: Archive\nTwo\nSecond & last.\nNot well-formed\u00a0XML\nbut read.',
      boilerplate: [{ start: 24, end: 38, reason: 'photo caption or credit' }],
    });
  });

  it('names a file that is not an EPUB', async () => {
    expect(await importFile('x.epub', zipSync({ 'a.txt': strToU8('a') }))).toMatchObject({
      ok: false,
      error: { message: 'The zip archive is not an EPUB book (it has no META-INF/container.xml).' },
    });
  });
});

describe('importFile: dispatch', () => {
  it('keeps .txt and .md as before, now with boilerplate flagged, and reads .markdown as Markdown', async () => {
    expect(await imported('a.txt', utf8('Title line\r\nRead more\r\n'))).toMatchObject({
      text: 'Title line\nRead more\n',
      format: 'txt',
      boilerplate: [{ start: 11, end: 20, reason: 'related-article link' }],
    });
    expect(await imported('b.markdown', utf8('# Head\n\n*x*'))).toMatchObject({ text: 'Head\nx', format: 'md' });
  });

  it('names unsupported types and lists the supported ones', async () => {
    expect(IMPORT_ACCEPT).toBe('.txt,.md,.markdown,.html,.htm,.xhtml,.docx,.pdf,.epub');
    expect(await importFile('deck.pptx', utf8('x'))).toEqual({
      ok: false,
      error: {
        code: 'unsupported',
        message:
          'Files of type ".pptx" cannot be imported (supported: .txt, .md, .markdown, .html, .htm, .xhtml, .docx, .pdf, .epub).',
      },
    });
  });
});
