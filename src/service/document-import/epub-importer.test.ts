import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { makeEpub, xhtmlPage } from '../../../test/fixtures/import/make-epub';
import { TextLines } from '../../core/text-extraction/text-lines';
import { XhtmlText } from '../../core/text-extraction/xhtml-text';
import { XmlStream } from '../../core/text-extraction/xml-stream';
import { htmlBlocks } from './html-blocks';
import { importFile } from './index';

const domUsed = vi.hoisted(() => ({ count: 0 }));
vi.mock('./inert-dom', async (importOriginal) => {
  const original = await importOriginal<typeof import('./inert-dom')>();
  return {
    ...original,
    inertDom: (html: string) => {
      domUsed.count++;
      return original.inertDom(html);
    },
  };
});

const META = { title: 'Book', creator: 'A', publisher: 'P', date: '2024' };
const book = (...chapters: string[]): Uint8Array =>
  makeEpub(
    chapters.map((xhtml, i) => ({ href: `c${i}.xhtml`, xhtml })),
    chapters.map((_, i) => `c${i}.xhtml`),
    META,
  );

async function importBook(epub: Uint8Array) {
  domUsed.count = 0;
  const result = await importFile('book.epub', epub);
  if (!result.ok) throw new Error(result.error.message);
  return { ...result.value, domUsed: domUsed.count };
}

describe('importEpub: chapters as streamed XHTML', () => {
  it("reads well-formed chapters without a DOM, HTML's named entities included", async () => {
    const doc = await importBook(
      book(xhtmlPage('<h1>Caf&eacute;</h1><p>A&nbsp;B &mdash; C &amp; D</p>'), xhtmlPage('<p>Two</p>')),
    );
    expect(doc.text).toBe('Café\nA\u00a0B — C & D\nTwo');
    expect(doc.domUsed).toBe(0);
    expect(doc.notes.map((n) => n.message).join(' ')).not.toMatch(/well-formed/);
  });

  it('reads a chapter that is not well-formed XHTML as an HTML page, and names the chapter and what is wrong', async () => {
    const doc = await importBook(book(xhtmlPage('<p>Fine.</p>'), xhtmlPage('<p>Broken<br>here.</p>')));
    expect(doc.text).toBe('Fine.\nBroken\nhere.');
    expect(doc.domUsed).toBe(1);
    expect(doc.notes).toContainEqual({
      kind: 'markup',
      message:
        'The chapter OEBPS/c1.xhtml is not well-formed XHTML (</p> does not match <br>); it was read as an HTML page, as a browser would.',
    });
    const two = await importBook(book(xhtmlPage('<p>a<br>b</p>'), xhtmlPage('<p>c'), xhtmlPage('<p>d</p>')));
    expect(two.text).toBe('a\nb\nc\nd');
    expect(two.notes).toContainEqual({
      kind: 'markup',
      message:
        '2 chapters are not well-formed XHTML and were read as HTML pages, as a browser would (the first, OEBPS/c0.xhtml: </p> does not match <br>).',
    });
  });

  it('refuses a chapter nested too deep, naming the chapter', async () => {
    const result = await importFile('deep.epub', book(xhtmlPage(`${'<div>'.repeat(1_500)}x${'</div>'.repeat(1_500)}`)));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'too-deep',
        message:
          'The chapter OEBPS/c0.xhtml has elements nested more than 1,000 levels deep; Collate reads markup nested up to 1,000 levels (deeper markup is damaged or hostile).',
      },
    });
  });
});

const ELEMENTS = ['p', 'div', 'span', 'em', 'h2', 'li', 'ul', 'pre', 'br', 'script', 'section', 'td', 'a', 'svg'];
const TEXTS = ['word', ' ', '\n  ', 'two words', '&amp;', '&#233;', '<![CDATA[raw <x>]]>', '<!-- c -->', 'a\u00a0b'];
const ATTRIBUTES = ['', ' hidden="hidden"', ' aria-hidden="true"', ' class="x"'];

/** Random well-formed XHTML bodies from a small grammar of the elements the reader treats differently. */
const body: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc
      .tuple(fc.constantFrom(...ELEMENTS), fc.constantFrom(...ATTRIBUTES), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, attrs, children]) =>
        children.length === 0 ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${children.join('')}</${tag}>`,
      ),
  ),
})).node;

describe('XhtmlText reads what the DOM reader read', () => {
  it('gives the same lines as jsdom parsing the chapter as XML and reading its body', () => {
    const window = new JSDOM('').window;
    const parser = new window.DOMParser();
    fc.assert(
      fc.property(fc.array(body, { maxLength: 6 }), fc.integer({ min: 1, max: 40 }), (nodes, piece) => {
        const xhtml = xhtmlPage(nodes.join(''));
        const document = parser.parseFromString(xhtml, 'application/xhtml+xml');
        const expected = htmlBlocks(document.body).join('\n');
        const lines = new TextLines();
        const reader = new XhtmlText(lines);
        const stream = new XmlStream(reader);
        for (let at = 0; at < xhtml.length; at += piece) stream.write(xhtml.slice(at, at + piece));
        expect(stream.end()).toBeNull();
        reader.end();
        expect(lines.text()).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
