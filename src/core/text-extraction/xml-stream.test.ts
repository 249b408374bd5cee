import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml, XmlTreeBuilder } from './parse-xml';
import { XmlStream } from './xml-stream';

/** Parses `xml` fed in pieces cut at `cuts`. */
function parseInPieces(xml: string, cuts: number[]) {
  const tree = new XmlTreeBuilder();
  const stream = new XmlStream(tree);
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    stream.write(xml.slice(from, cut));
    from = cut;
  }
  stream.write(xml.slice(from));
  const problem = stream.end();
  return problem === null ? { ok: true, value: tree.documentElement } : { ok: false, problem };
}

const SAMPLES = [
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "v">]><!-- c -- > --><a:root a:k="1 &amp; 2 >" b=\'q"\'><x>T&lt;&#233;&#x1F600;<![CDATA[<raw> ]] ]>]]>tail</x><y/><z  q = "1" /></a:root>',
  '<w:document><w:body><w:p><w:r><w:t xml:space="preserve"> A &amp; B </w:t></w:r></w:p><w:sectPr/></w:body></w:document>',
  '<!DOCTYPE html><r><?pi data?>text &unknown; &#0; more</r>',
  '<a><b></a>',
  '<a><b>',
  '<a><!-- open',
  '<a><![CDATA[ open',
  '<a b="1" c></a>',
  '<a></b>',
  '< a/>',
  '<a/><!',
];

describe('XmlStream', () => {
  it('gives the same tree, or the same failure, however the XML is cut into pieces', () => {
    for (const xml of SAMPLES) {
      const whole = parseXml(xml);
      const expected = whole.ok
        ? { ok: true, value: whole.value }
        : { ok: false, problem: whole.error.message.replace(/^The XML is malformed: (.*)\.$/, '$1') };
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: xml.length }), { maxLength: 12 }), (cuts) => {
          expect(parseInPieces(xml, cuts)).toEqual(expected);
        }),
        { numRuns: 300 },
      );
      // Every single character as its own piece.
      expect(
        parseInPieces(
          xml,
          Array.from({ length: xml.length }, (_, i) => i),
        ),
      ).toEqual(expected);
    }
  });

  it('passes a long text on in pieces without cutting an entity in two', () => {
    const pieces: string[] = [];
    const stream = new XmlStream({ open: () => undefined, close: () => undefined, text: (t) => pieces.push(t) });
    const body = 'word &amp; '.repeat(20_000);
    stream.write('<r>');
    for (let at = 0; at < body.length; at += 1000) stream.write(body.slice(at, at + 1000));
    stream.write('</r>');
    expect(stream.end()).toBeNull();
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe('word & '.repeat(20_000));
  });

  it('refuses elements nested deeper than the limit, naming it', () => {
    const deep = '<a>'.repeat(1_001) + '</a>'.repeat(1_001);
    expect(parseXml(deep)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/more than 1000 levels deep/) },
    });
  });
});
