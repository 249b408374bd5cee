import { describe, expect, it } from 'vitest';
import { parseXml, textOf } from './parse-xml';

describe('parseXml', () => {
  it('keeps elements, attributes and text, decoding entities and CDATA and skipping comments and the doctype', () => {
    const result = parseXml(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "v">]><!-- c --><a:root a:k="1 &amp; 2" b=\'q\'><x>T&lt;&#233;&#x1F600;<![CDATA[<raw>]]></x><y/></a:root>',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ name: 'a:root', local: 'root', attributes: { 'a:k': '1 & 2', b: 'q' } });
    expect(textOf(result.value)).toBe('T<é😀<raw>');
    expect(result.value.children.map((c) => (typeof c === 'string' ? c : c.name))).toEqual(['x', 'y']);
  });

  it('fails plainly on mismatched or unclosed tags', () => {
    expect(parseXml('<a><b></a>')).toEqual({
      ok: false,
      error: { code: 'bad-xml', message: 'The XML is malformed: </a> does not match <b>.' },
    });
    expect(parseXml('<a><b>')).toEqual({
      ok: false,
      error: { code: 'bad-xml', message: 'The XML is malformed: <b> is not closed.' },
    });
  });
});
