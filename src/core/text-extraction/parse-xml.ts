import { fail, ok, type Result } from '../result';

export interface XmlElement {
  /** The qualified name as written ("w:p"). */
  name: string;
  /** The name without its prefix ("p"). */
  local: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces XML's predefined and numeric character references; unknown ones stay as written. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
/** Package parts nest a few dozen levels; deeper nesting is hostile, and the readers of the tree recurse. */
export const MAX_XML_DEPTH = 1_000;
const NAME = /[^\s/>]+/y;
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/**
 * A small non-validating XML parser for the package formats Collate reads (DOCX parts, EPUB
 * container and package files). It keeps elements and text, skips comments, processing
 * instructions and the doctype, and fails plainly on mismatched tags.
 */
export function parseXml(xml: string): Result<XmlElement> {
  const root: XmlElement = { name: '#document', local: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  const broken = (why: string): Result<XmlElement> => fail('bad-xml', `The XML is malformed: ${why}.`);
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const top = stack[stack.length - 1]!;
    if (lt < 0 || lt > at) {
      const text = xml.slice(at, lt < 0 ? xml.length : lt);
      if (stack.length > 1) top.children.push(decodeXmlEntities(text));
      if (lt < 0) break;
      at = lt;
      continue;
    }
    if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at + 4);
      if (end < 0) return broken('a comment is not closed');
      at = end + 3;
    } else if (xml.startsWith('<![CDATA[', at)) {
      const end = xml.indexOf(']]>', at + 9);
      if (end < 0) return broken('a CDATA section is not closed');
      top.children.push(xml.slice(at + 9, end));
      at = end + 3;
    } else if (xml.startsWith('<?', at)) {
      const end = xml.indexOf('?>', at + 2);
      if (end < 0) return broken('a processing instruction is not closed');
      at = end + 2;
    } else if (xml.startsWith('<!', at)) {
      const bracket = xml.indexOf('[', at);
      const close = xml.indexOf('>', at);
      const end = bracket >= 0 && bracket < close ? xml.indexOf(']>', bracket) + 1 : close;
      if (end <= 0) return broken('the doctype is not closed');
      at = end + 1;
    } else if (xml.startsWith('</', at)) {
      const end = xml.indexOf('>', at);
      if (end < 0) return broken('a closing tag is not closed');
      const name = xml.slice(at + 2, end).trim();
      if (stack.length < 2 || top.name !== name) return broken(`</${name}> does not match <${top.name}>`);
      stack.pop();
      at = end + 1;
    } else {
      NAME.lastIndex = at + 1;
      const name = NAME.exec(xml)?.[0];
      if (!name) return broken('a tag has no name');
      const element: XmlElement = { name, local: localName(name), attributes: {}, children: [] };
      let cursor = at + 1 + name.length;
      for (;;) {
        ATTRIBUTE.lastIndex = cursor;
        const match = ATTRIBUTE.exec(xml);
        if (!match) break;
        element.attributes[match[1]!] = decodeXmlEntities(match[2] ?? match[3] ?? '');
        cursor = ATTRIBUTE.lastIndex;
      }
      const end = xml.indexOf('>', cursor);
      if (end < 0) return broken(`<${name}> is not closed`);
      const between = xml.slice(cursor, end).trim();
      if (between !== '' && between !== '/') return broken(`<${name}> has a malformed attribute`);
      top.children.push(element);
      if (between !== '/') {
        if (stack.length > MAX_XML_DEPTH) return broken(`elements are nested more than ${MAX_XML_DEPTH} levels deep`);
        stack.push(element);
      }
      at = end + 1;
    }
  }
  if (stack.length > 1) return broken(`<${stack[stack.length - 1]!.name}> is not closed`);
  const documentElement = root.children.find((c): c is XmlElement => typeof c !== 'string');
  return documentElement ? ok(documentElement) : broken('there is no root element');
}

export const childElements = (element: XmlElement, local?: string): XmlElement[] =>
  element.children.filter((c): c is XmlElement => typeof c !== 'string' && (local === undefined || c.local === local));

/** The first descendant (depth first) with this local name. */
export function findElement(element: XmlElement, local: string): XmlElement | undefined {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.local === local) return child;
    const found = findElement(child, local);
    if (found) return found;
  }
  return undefined;
}

/** An attribute by its local name, whatever its prefix ("w:val" or "val"). */
export function attribute(element: XmlElement, local: string): string | undefined {
  for (const [name, value] of Object.entries(element.attributes)) if (localName(name) === local) return value;
  return undefined;
}

/** All the text inside an element. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
