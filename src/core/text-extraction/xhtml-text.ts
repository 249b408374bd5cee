import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS, collapseHtmlSpace } from './html-elements';
import type { TextLines } from './text-lines';
import type { XmlHandler } from './xml-stream';

/** An element's name without its namespace prefix, lower case (as a DOM's `localName` read case-blind). */
const localName = (name: string): string => name.slice(name.indexOf(':') + 1).toLowerCase();

/**
 * The text of an XHTML document read as a stream of XML events (an EPUB chapter), as lines, with
 * the same rules as the HTML page reader: each paragraph, heading, list item or other block is one
 * line, `<br/>` starts a new line, `<pre>` keeps its lines, and scripts, styles, the head, embedded
 * objects, form controls and hidden elements contribute nothing. No tree is built: the lines go to
 * `lines` as the chapter is unpacked. Only text is read, never attributes.
 */
export class XhtmlText implements XmlHandler {
  /** The text of the block being read, in pieces. */
  private current: string[] = [];
  /** How many elements deep inside a skipped (or hidden) element, 0 outside one. */
  private skipped = 0;
  /** How many elements deep inside a `<pre>`, 0 outside one; its text is kept whole, elements ignored. */
  private preformatted = 0;
  private preText: string[] = [];

  constructor(private readonly lines: Pick<TextLines, 'push'>) {}

  open(name: string, attributes: Record<string, string>): void {
    if (this.skipped > 0) {
      this.skipped++;
      return;
    }
    if (this.preformatted > 0) {
      this.preformatted++;
      return;
    }
    const tag = localName(name);
    if (SKIPPED_ELEMENTS.has(tag) || 'hidden' in attributes || attributes['aria-hidden'] === 'true') {
      this.skipped = 1;
      return;
    }
    if (tag === 'br' || tag === 'pre' || BLOCK_ELEMENTS.has(tag)) this.flush();
    // A line break ends the line, and anything written inside one is not read (as in a DOM reader).
    if (tag === 'br') this.skipped = 1;
    if (tag === 'pre') this.preformatted = 1;
  }

  close(name: string): void {
    if (this.skipped > 0) {
      this.skipped--;
      return;
    }
    if (this.preformatted > 0) {
      if (--this.preformatted === 0) this.flushPre();
      return;
    }
    if (BLOCK_ELEMENTS.has(localName(name))) this.flush();
  }

  text(text: string): void {
    if (this.skipped > 0) return;
    if (this.preformatted > 0) this.preText.push(text);
    else this.current.push(text);
  }

  /** Ends the document: passes on the last block's text. */
  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.current.length === 0) return;
    const line = collapseHtmlSpace(this.current.join(''));
    this.current = [];
    if (line !== '') this.lines.push(line);
  }

  private flushPre(): void {
    const text = this.preText.join('');
    this.preText = [];
    for (const line of text.split('\n')) if (line.trim() !== '') this.lines.push(line.replace(/\s+$/, ''));
  }
}
