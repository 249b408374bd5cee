import { fail, ok, type Result } from '../result';
import { attribute, childElements, findElement, parseXml, textOf, type XmlElement } from './parse-xml';

export interface DocxText {
  /** Headings and paragraphs, in order, then the footnotes as "[n] text". */
  lines: string[];
  footnoteCount: number;
  title?: string;
}

/** Elements whose content is not part of the visible text: deletions, field codes, the fallback copy of a drawing. */
const SKIPPED = new Set(['del', 'moveFrom', 'instrText', 'delText', 'delInstrText', 'Fallback', 'pPr', 'rPr', 'sectPr', 'footnotePr', 'endnotePr']);
const NOTE_SEPARATORS = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

interface Walk {
  lines: string[];
  /** Footnote id → its number, in the order of first reference. */
  footnoteNumbers: Map<string, number>;
}

function paragraphText(paragraph: XmlElement, walk: Walk, nested: XmlElement[]): string {
  let text = '';
  const visit = (element: XmlElement): void => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      switch (child.local) {
        case 't':
          text += textOf(child);
          break;
        case 'tab':
          text += '\t';
          break;
        case 'br':
        case 'cr':
          text += '\n';
          break;
        case 'noBreakHyphen':
          text += '\u2011';
          break;
        case 'footnoteReference': {
          const id = attribute(child, 'id') ?? '';
          let number = walk.footnoteNumbers.get(id);
          if (number === undefined) {
            number = walk.footnoteNumbers.size + 1;
            walk.footnoteNumbers.set(id, number);
          }
          text += `[${number}]`;
          break;
        }
        case 'txbxContent':
          nested.push(child);
          break;
        default:
          if (!SKIPPED.has(child.local)) visit(child);
      }
    }
  };
  visit(paragraph);
  return text;
}

function pushLines(text: string, lines: string[]): void {
  for (const line of text.split('\n')) if (line.trim() !== '') lines.push(line.trim());
}

/** Walks body-like content (body, table cells, content controls, text boxes) paragraph by paragraph. */
function walkBlocks(container: XmlElement, walk: Walk): void {
  for (const child of childElements(container)) {
    if (SKIPPED.has(child.local)) continue;
    if (child.local === 'p') {
      const nested: XmlElement[] = [];
      pushLines(paragraphText(child, walk, nested), walk.lines);
      for (const box of nested) walkBlocks(box, walk);
    } else {
      walkBlocks(child, walk);
    }
  }
}

function coreProperty(coreXml: string | undefined, local: string): string | undefined {
  if (!coreXml) return undefined;
  const parsed = parseXml(coreXml);
  if (!parsed.ok) return undefined;
  const element = findElement(parsed.value, local);
  const value = element ? textOf(element).trim() : '';
  return value || undefined;
}

/**
 * The text of a Word document from its parts: `word/document.xml` gives headings and paragraphs,
 * one per line (a line break inside a paragraph starts a new line); footnotes from
 * `word/footnotes.xml` follow at the end as "[n] text", numbered in order of reference, the same
 * "[n]" marking each reference in the text. `docProps/core.xml` gives the title.
 */
export function docxText(parts: { document: string; footnotes?: string; core?: string }): Result<DocxText> {
  const parsed = parseXml(parts.document);
  if (!parsed.ok) return fail('bad-docx', `The document's word/document.xml is damaged: ${parsed.error.message}`);
  const body = findElement(parsed.value, 'body');
  if (!body) return fail('bad-docx', 'The document has no body (word/document.xml holds no w:body).');
  const walk: Walk = { lines: [], footnoteNumbers: new Map() };
  walkBlocks(body, walk);

  const bodyLineCount = walk.lines.length;
  if (parts.footnotes) {
    const notes = parseXml(parts.footnotes);
    if (notes.ok) {
      const byId = new Map<string, XmlElement>();
      for (const note of childElements(notes.value, 'footnote')) {
        if (NOTE_SEPARATORS.has(attribute(note, 'type') ?? '')) continue;
        byId.set(attribute(note, 'id') ?? '', note);
      }
      for (const [id, number] of [...walk.footnoteNumbers]) {
        const note = byId.get(id);
        if (!note) continue;
        const noteWalk: Walk = { lines: [], footnoteNumbers: walk.footnoteNumbers };
        walkBlocks(note, noteWalk);
        const text = noteWalk.lines.join(' ').trim();
        walk.lines.push(text ? `[${number}] ${text}` : `[${number}]`);
      }
    }
  }
  const result: DocxText = { lines: walk.lines, footnoteCount: walk.lines.length - bodyLineCount };
  const title = coreProperty(parts.core, 'title');
  if (title) result.title = title;
  return ok(result);
}
