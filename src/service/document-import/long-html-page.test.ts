import { describe, expect, it } from 'vitest';
import { htmlBlocks } from './html-blocks';
import { importFile } from './index';
import { inertDom } from './inert-dom';
import { LONG_PAGE_BYTES, longPageLines } from './long-html-page';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Enough paragraphs (of about 40 bytes) to pass LONG_PAGE_BYTES. */
const longParagraphs = (prefix: string): string[] =>
  Array.from({ length: Math.ceil(LONG_PAGE_BYTES / 30) }, (_, i) => `${prefix} ${i} reopened the harbour bridge.`);

async function imported(name: string, html: string) {
  const result = await importFile(name, utf8(html));
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

describe('importFile: a long HTML page', () => {
  it('is read without a DOM: its article only, one block per line, with the metadata the page states', async () => {
    const paragraphs = longParagraphs('Crew');
    const html = `<!DOCTYPE html><html><head><title>Ignored title</title>
      <meta name="author" content="Mara Ellison"><meta property="og:site_name" content="The Courier"></head>
      <body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav><h1>Bridge   reopens</h1></header>
      <article><p>First &amp; foremost<br>a new line</p><script>document.write('BAD')</script>
      <div hidden>Hidden text</div><ul><li>One<li>Two</ul>
      ${paragraphs.map((p) => `<p>${p}`).join('\n')}
      <script type="application/ld+json">{"datePublished": "2024-11-12"}</script></article>
      <footer>© The Courier</footer></body></html>`;
    const doc = await imported('long.html', html);
    expect(doc.text.split('\n').slice(0, 6)).toEqual([
      'Bridge reopens',
      'First & foremost',
      'a new line',
      'One',
      'Two',
      paragraphs[0],
    ]);
    expect(doc.text.split('\n')).toHaveLength(paragraphs.length + 5);
    expect(doc.text).not.toMatch(/BAD|Hidden|Home|©/);
    expect(doc).toMatchObject({
      title: 'Bridge reopens',
      author: 'Mara Ellison',
      outlet: 'The Courier',
      published: '2024-11-12',
      format: 'html',
    });
    expect(doc.notes.map((n) => n.message)).toContain(
      'The page has more than 200 KB of text (about 30,000 words), so it was read without the article detection shorter pages get; only its <article> element was kept, without markup or scripts.',
    );
  });

  it('keeps all of its text when its <article> holds less than half of it', async () => {
    const paragraphs = longParagraphs('Section');
    const html = `<html><body><article><p>A teaser.</p></article><div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const doc = await imported('sections.html', html);
    expect(doc.text.split('\n')).toEqual(['A teaser.', ...paragraphs]);
    expect(doc.notes.map((n) => n.message).join(' ')).toContain('all of its text was kept');
  });

  it('gives the same lines as the DOM reader of shorter pages', async () => {
    // Few elements with long text, so that jsdom reads the page quickly.
    const blocks = Array.from({ length: 800 }, (_, i) => {
      const p = `Block ${i} reopened the harbour bridge. `.repeat(8);
      return [
        `<p>${p} <em>emphasis</em>&nbsp;and <a href="#">a link</a></p>`,
        `<h2>Heading ${i}</h2><ol><li>${p}<li>Second item</ol>`,
        `<pre>  line one\n  line two  </pre><table><tr><td>${p}</td><td>cell</td></tr></table>`,
        `<div>${p}<div>nested</div>tail<img src="x.png" alt="not text"><br>after</div>`,
        `<p>${p}<style>p{}</style><noscript>no</noscript><span aria-hidden="true">aria</span></p>`,
      ][i % 5];
    });
    const html = `<html><body><main>${blocks.join('\n')}</main></body></html>`;
    const streamed = longPageLines(html);
    expect(streamed?.scope).toBe('main');
    const dom = (await inertDom(html)).window.document;
    expect(streamed?.lines.text()).toBe(htmlBlocks(dom.querySelector('main')!).join('\n'));
  });

  it('is not what a page of ordinary length goes through', () => {
    expect(
      longPageLines(
        `<html><body><article>${longParagraphs('Short').slice(0, 100).join('<p>')}</article></body></html>`,
      ),
    ).toBeNull();
  });
});
