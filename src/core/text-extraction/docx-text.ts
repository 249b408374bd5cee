import { fail, ok, type Result } from '../result';
import { DocxNumbering, formatNumber } from './docx-numbering';
import { DocxStyles } from './docx-styles';
import { symbolText } from './docx-symbols';
import { TextLines } from './text-lines';
import { attribute, childElements, findElement, parseXml, textOf, XmlTreeBuilder, type XmlElement } from './parse-xml';
import { XmlStream, type XmlHandler } from './xml-stream';

export interface DocxText {
  /** Headings and paragraphs one per line, in order, then the footnotes as "[n] text" and the endnotes as "[i] text". */
  text: string;
  footnoteCount: number;
  endnoteCount: number;
  /** Symbols (w:sym, list bullets) whose font glyph has no Unicode equivalent, kept as their code point. */
  unmappedSymbols: number;
  title?: string;
}

/** Elements whose content is not part of the visible text: deletions, field codes, the fallback copy of a drawing. */
const SKIPPED = new Set([
  'del',
  'moveFrom',
  'instrText',
  'delText',
  'delInstrText',
  'Fallback',
  'pPr',
  'rPr',
  'sectPr',
  'footnotePr',
  'endnotePr',
]);
const NOTE_SEPARATORS = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

/** Where a walk puts the lines it finds: the document's text, or a note's lines. */
interface LineSink {
  push(line: string): void;
  readonly length: number;
}

interface Walk {
  lines: LineSink;
  /** Footnote id → its number, in the order of first reference. */
  footnoteNumbers: Map<string, number>;
  /** Endnote id → its number, in the order of first reference (written i, ii, iii as Word does). */
  endnoteNumbers: Map<string, number>;
  numbering: DocxNumbering;
  styles: DocxStyles;
  unmappedSymbols: number;
}

function noteNumber(numbers: Map<string, number>, id: string): number {
  let number = numbers.get(id);
  if (number === undefined) {
    number = numbers.size + 1;
    numbers.set(id, number);
  }
  return number;
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
        case 'footnoteReference':
          text += `[${noteNumber(walk.footnoteNumbers, attribute(child, 'id') ?? '')}]`;
          break;
        case 'endnoteReference':
          text += `[${formatNumber(noteNumber(walk.endnoteNumbers, attribute(child, 'id') ?? ''), 'lowerRoman')}]`;
          break;
        case 'sym': {
          const symbol = symbolText(attribute(child, 'font'), attribute(child, 'char') ?? '');
          if (!symbol.mapped) walk.unmappedSymbols++;
          text += symbol.text;
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

function pushLines(text: string, lines: LineSink): void {
  for (const line of text.split('\n')) if (line.trim() !== '') lines.push(line.trim());
}

/**
 * The list number or bullet of a paragraph, as text ('' for none): from its own w:numPr, else from its
 * paragraph style's. The level is the paragraph's, else the style's, else the list level tied to the
 * style (w:lvl/w:pStyle), else 0. numId 0 switches numbering off, also one a style would give.
 */
function listPrefix(paragraph: XmlElement, walk: Walk): string {
  const properties = childElements(paragraph, 'pPr')[0];
  const child = (element: XmlElement | undefined, local: string): XmlElement | undefined =>
    element ? childElements(element, local)[0] : undefined;
  const val = (element: XmlElement | undefined, local: string): string | undefined => {
    const found = child(element, local);
    return found ? attribute(found, 'val') : undefined;
  };
  const numPr = child(properties, 'numPr');
  const styleId = val(properties, 'pStyle');
  const fromStyle = styleId !== undefined ? walk.styles.numbering(styleId) : {};
  const numId = val(numPr, 'numId') ?? fromStyle.numId;
  if (numId === undefined || numId === '0') return '';
  const ownLevel = val(numPr, 'ilvl');
  const ilvl =
    ownLevel !== undefined
      ? Number(ownLevel)
      : (fromStyle.ilvl ?? (styleId !== undefined ? walk.numbering.levelOfStyle(numId, styleId) : undefined) ?? 0);
  return Number.isInteger(ilvl) && ilvl >= 0 && ilvl <= 8 ? walk.numbering.prefix(numId, ilvl) : '';
}

/** A paragraph's line (with its list number), then the text boxes inside it. */
function walkParagraph(paragraph: XmlElement, walk: Walk): void {
  const nested: XmlElement[] = [];
  pushLines(listPrefix(paragraph, walk) + paragraphText(paragraph, walk, nested), walk.lines);
  for (const box of nested) walkBlocks(box, walk);
}

/** Walks body-like content (body, table cells, content controls, text boxes) paragraph by paragraph. */
function walkBlocks(container: XmlElement, walk: Walk): void {
  for (const child of childElements(container)) {
    if (SKIPPED.has(child.local)) continue;
    if (child.local === 'p') walkParagraph(child, walk);
    else {
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

/** The parts of a .docx that give text; only `document` is required. */
export interface DocxParts {
  document: string;
  footnotes?: string;
  endnotes?: string;
  numbering?: string;
  styles?: string;
  core?: string;
}

/** Appends the referenced notes of one kind as "[n] text", in the order of their first reference. */
function appendNotes(
  xml: string | undefined,
  kind: 'footnote' | 'endnote',
  numbers: Map<string, number>,
  label: (n: number) => string,
  walk: Walk,
): void {
  const notes = xml ? parseXml(xml) : undefined;
  if (!notes?.ok) return;
  const byId = new Map<string, XmlElement>();
  for (const note of childElements(notes.value, kind)) {
    if (NOTE_SEPARATORS.has(attribute(note, 'type') ?? '')) continue;
    byId.set(attribute(note, 'id') ?? '', note);
  }
  for (const [id, number] of [...numbers]) {
    const note = byId.get(id);
    if (!note) continue;
    const noteLines: string[] = [];
    const noteWalk: Walk = { ...walk, lines: noteLines };
    walkBlocks(note, noteWalk);
    walk.unmappedSymbols = noteWalk.unmappedSymbols;
    const text = noteLines.join(' ').trim();
    walk.lines.push(text ? `[${label(number)}] ${text}` : `[${label(number)}]`);
  }
}

/**
 * Walks word/document.xml as it is read, as walkBlocks walks a tree: the first w:body, skipping what
 * SKIPPED names, each paragraph built as a tree of its own and walked once it closes. Only one
 * paragraph is ever held.
 */
class BodyReader implements XmlHandler {
  private depth = 0;
  private bodyDepth = -1;
  private skipDepth = -1;
  private paragraphDepth = -1;
  private paragraph: XmlTreeBuilder | null = null;
  sawBody = false;

  constructor(private readonly walk: Walk) {}

  open(name: string, attributes: Record<string, string>): void {
    this.depth++;
    if (this.paragraph) return this.paragraph.open(name, attributes);
    const local = name.slice(name.indexOf(':') + 1);
    if (this.bodyDepth < 0) {
      if (!this.sawBody && local === 'body') [this.bodyDepth, this.sawBody] = [this.depth, true];
    } else if (this.skipDepth >= 0) return;
    else if (SKIPPED.has(local)) this.skipDepth = this.depth;
    else if (local === 'p') {
      this.paragraph = new XmlTreeBuilder();
      this.paragraph.open(name, attributes);
      this.paragraphDepth = this.depth;
    }
  }

  close(): void {
    if (this.paragraph) {
      this.paragraph.close();
      if (this.depth === this.paragraphDepth) {
        walkParagraph(this.paragraph.documentElement!, this.walk);
        this.paragraph = null;
      }
    } else if (this.depth === this.skipDepth) this.skipDepth = -1;
    else if (this.depth === this.bodyDepth) this.bodyDepth = -1;
    this.depth--;
  }

  text(text: string): void {
    this.paragraph?.text(text);
  }
}

/**
 * The text of a Word document, read from `word/document.xml` in pieces as it is unpacked (`write`),
 * with its other parts given whole: headings and paragraphs one per line (a line break inside a
 * paragraph starts a new line); footnotes from `word/footnotes.xml` follow at the end as "[n] text",
 * numbered in order of reference, the same "[n]" marking each reference in the text; endnotes
 * (`word/endnotes.xml`) after them the same way, numbered "[i]", "[ii]"… as Word numbers them. A list
 * paragraph starts with its number or bullet (`word/numbering.xml`), whether the paragraph or its style
 * (`word/styles.xml`) puts it in the list; a `w:sym` symbol becomes its Unicode character.
 * `docProps/core.xml` gives the title.
 */
export class DocxReader {
  private readonly walk: Walk;
  private readonly lines = new TextLines();
  private readonly body: BodyReader;
  private readonly stream: XmlStream;

  constructor(private readonly parts: Omit<DocxParts, 'document'>) {
    this.walk = {
      lines: this.lines,
      footnoteNumbers: new Map(),
      endnoteNumbers: new Map(),
      numbering: new DocxNumbering(parts.numbering),
      styles: new DocxStyles(parts.styles),
      unmappedSymbols: 0,
    };
    this.body = new BodyReader(this.walk);
    this.stream = new XmlStream(this.body);
  }

  /** Reads the next piece of word/document.xml; false once it is known to be damaged. */
  write(chunk: string): boolean {
    return this.stream.write(chunk);
  }

  end(): Result<DocxText> {
    const problem = this.stream.end();
    if (problem !== null)
      return fail('bad-docx', `The document's word/document.xml is damaged: The XML is malformed: ${problem}.`);
    if (!this.body.sawBody) return fail('bad-docx', 'The document has no body (word/document.xml holds no w:body).');
    const { walk, parts } = this;
    const bodyLineCount = walk.lines.length;
    appendNotes(parts.footnotes, 'footnote', walk.footnoteNumbers, (n) => String(n), walk);
    const footnoteCount = walk.lines.length - bodyLineCount;
    appendNotes(parts.endnotes, 'endnote', walk.endnoteNumbers, (n) => formatNumber(n, 'lowerRoman'), walk);
    const result: DocxText = {
      text: this.lines.text(),
      footnoteCount,
      endnoteCount: walk.lines.length - bodyLineCount - footnoteCount,
      unmappedSymbols: walk.unmappedSymbols + walk.numbering.unmappedSymbols,
    };
    const title = coreProperty(parts.core, 'title');
    if (title) result.title = title;
    return ok(result);
  }
}

/** The text of a Word document from its parts held whole (see DocxReader). */
export function docxText(parts: DocxParts): Result<DocxText> {
  const reader = new DocxReader(parts);
  reader.write(parts.document);
  return reader.end();
}
