import { fail, ok, type Result } from '../result';
import { XmlStream, type XmlHandler } from './xml-stream';

export interface XmlElement {
  /** The qualified name as written ("w:p"). */
  name: string;
  /** The name without its prefix ("p"). */
  local: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Builds the tree of what an XmlStream reports (adjacent pieces of text become one string). */
export class XmlTreeBuilder implements XmlHandler {
  readonly root: XmlElement = { name: '#document', local: '#document', attributes: {}, children: [] };
  private readonly stack: XmlElement[] = [this.root];

  open(name: string, attributes: Record<string, string>): void {
    const element: XmlElement = { name, local: localName(name), attributes, children: [] };
    this.stack[this.stack.length - 1]!.children.push(element);
    this.stack.push(element);
  }

  close(): void {
    this.stack.pop();
  }

  text(text: string): void {
    const children = this.stack[this.stack.length - 1]!.children;
    const last = children.length - 1;
    if (typeof children[last] === 'string') children[last] += text;
    else children.push(text);
  }

  /** The root element, once the stream has ended. */
  get documentElement(): XmlElement | undefined {
    return this.root.children.find((c): c is XmlElement => typeof c !== 'string');
  }
}

/**
 * Parses a whole package part (DOCX parts, EPUB container and package files) into a tree: elements
 * and text; comments, processing instructions and the doctype are skipped; mismatched tags fail plainly.
 */
export function parseXml(xml: string): Result<XmlElement> {
  const tree = new XmlTreeBuilder();
  const stream = new XmlStream(tree);
  stream.write(xml);
  const problem = stream.end();
  if (problem !== null) return fail('bad-xml', `The XML is malformed: ${problem}.`);
  return ok(tree.documentElement!);
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
