import { describe, expect, it } from 'vitest';
import { TextLines } from './text-lines';
import { XhtmlText } from './xhtml-text';
import { decodeXmlEntities, XmlStream } from './xml-stream';

const NAMED: Record<string, string> = { nbsp: '\u00a0', mdash: '—', eacute: 'é' };
const named = (name: string): string | undefined => (Object.keys(NAMED).includes(name) ? NAMED[name] : undefined);

/** The chapter's text as the EPUB importer reads it, fed in pieces of `piece` characters. */
function read(xhtml: string, piece = xhtml.length): { text: string; failure: string | null; tooDeep: boolean } {
  const lines = new TextLines();
  const reader = new XhtmlText(lines);
  const stream = new XmlStream(reader, named);
  for (let at = 0; at < xhtml.length; at += piece) stream.write(xhtml.slice(at, at + piece));
  const failure = stream.end();
  reader.end();
  return { text: lines.text(), failure, tooDeep: stream.tooDeep };
}

const page = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>TITLE</title><style>p{}</style></head><body>${body}</body></html>`;

describe('XhtmlText: an XHTML chapter as lines', () => {
  const chapter = page(
    '<h1>One</h1><div id="a"/><p>First <em>chapter</em>\n   text.</p>' +
      '<ul><li>item <b>one</b></li><li>two</li></ul><p>a<br/>b</p>' +
      '<pre>  code  line\n\n<b>kept</b> <br/>too  \n</pre>' +
      '<script>BAD()</script><p hidden="hidden">HIDDEN</p><div aria-hidden="true"><p>ARIA</p></div>' +
      '<p aria-hidden="false">shown</p><svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:text>SVG</svg:text></svg:svg>' +
      '<epub:switch><P>upper case</P></epub:switch><!-- COMMENT --><p><![CDATA[a <raw> ]]>cdata</p>' +
      '<table><tr><td>cell 1</td><td>cell 2</td></tr></table><p>\u00a0 </p><p>end</p>',
  );
  const expected = [
    'One',
    'First chapter text.',
    'item one',
    'two',
    'a',
    'b',
    '  code  line',
    'kept too',
    'shown',
    'upper case',
    'a <raw> cdata',
    'cell 1',
    'cell 2',
    'end',
  ].join('\n');

  it('puts each block on its own line, keeps <pre> lines, and leaves out the head, scripts, hidden and embedded content', () => {
    expect(read(chapter)).toEqual({ text: expected, failure: null, tooDeep: false });
  });

  it('reads the same text however the chapter is cut into pieces', () => {
    for (const piece of [1, 2, 3, 7, 64]) expect(read(chapter, piece).text).toBe(expected);
  });

  it("decodes XML's, numeric and HTML's named entities in text, and leaves unknown ones as written", () => {
    const { text, failure } = read(
      page('<p>caf&eacute; &amp; bar&nbsp;&mdash; &#233;&#x1F600; &lt;b&gt; &amp;nbsp; &unknown; &constructor;</p>'),
    );
    expect(failure).toBeNull();
    expect(text).toBe('café & bar\u00a0— é😀 <b> &nbsp; &unknown; &constructor;');
  });

  it('fails on markup that is not well-formed, saying why, and on nesting past the limit as too deep', () => {
    expect(read(page('<p>a<br>b</p>'))).toMatchObject({ failure: '</p> does not match <br>', tooDeep: false });
    expect(read(page('<p>open'))).toMatchObject({ failure: '</body> does not match <p>', tooDeep: false });
    expect(read(page(`${'<div>'.repeat(2_000)}x${'</div>'.repeat(2_000)}`))).toMatchObject({
      failure: 'elements are nested more than 1000 levels deep',
      tooDeep: true,
    });
  });
});

describe('decodeXmlEntities', () => {
  it("never reads a name from an object's prototype", () => {
    expect(decodeXmlEntities('&constructor; &toString; &amp;')).toBe('&constructor; &toString; &');
  });
});

describe('TextLines.append', () => {
  it("adds another's lines after its own, and an empty one adds nothing", () => {
    const book = new TextLines();
    book.push('a');
    const chapter = new TextLines();
    for (let i = 0; i < 10_000; i++) chapter.push(`line ${i} ${'x'.repeat(i % 13)}`);
    const expected = ['a', ...Array.from({ length: 10_000 }, (_, i) => `line ${i} ${'x'.repeat(i % 13)}`), 'z'];
    book.append(chapter);
    book.append(new TextLines());
    book.push('z');
    expect(book.length).toBe(expected.length);
    expect(book.text()).toBe(expected.join('\n'));
    expect(chapter.text()).toBe('');
  });
});
