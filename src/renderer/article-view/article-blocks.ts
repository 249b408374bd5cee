import { lineLength, lineOfOffset, type LineIndex } from './offsets';
import { plainLine } from './paint-line';
import { offsetInLine, pointInLine } from './line-dom';

/**
 * Lines are grouped in blocks; a long text lays out only the blocks near the viewport (CSS
 * content-visibility on a few dozen blocks, not on thousands of paragraphs, whose visibility
 * checks would cost more on every scrolled frame than they save).
 */
export const BLOCK_LINES = 16;
/** Characters above which blocks off screen skip layout (CSS content-visibility) and stay plain text until drawn on. */
const LONG_TEXT = 60_000;
/** For a block's height before it is first laid out: characters per visual line and pixels per line. */
const EST_CHARS_PER_ROW = 70;
const EST_ROW_PX = 25.6;

/** A block as one text node; a line break closes it when its last line is empty, so that line keeps its height. */
function plainBlock(block: HTMLElement, text: string): void {
  const nodes: Node[] = text ? [document.createTextNode(text)] : [];
  if (text === '' || text.endsWith('\n')) nodes.push(document.createElement('br'));
  block.replaceChildren(...nodes);
}

/** Lines by the block holding them. */
export function byBlock(lines: readonly number[]): Map<number, number[]> {
  const blocks = new Map<number, number[]>();
  for (const k of lines) {
    const b = Math.floor(k / BLOCK_LINES);
    const list = blocks.get(b);
    if (list) list.push(k);
    else blocks.set(b, [k]);
  }
  return blocks;
}

/**
 * The article's DOM: the text in blocks of lines, and offsets to and from DOM points. In a long text
 * a block holds its text as one text node (white space kept, so its lines break where the text does)
 * until a line of it is to be painted; it then holds one paragraph per line, as every block of a
 * short text does. Line k holds text[starts[k], starts[k] + length).
 */
export class ArticleBlocks {
  readonly dom: HTMLDivElement;
  readonly long: boolean;
  /** Line k's paragraph, while its block is split into paragraphs. */
  private readonly lines: Array<HTMLParagraphElement | undefined>;
  private readonly blocks: HTMLDivElement[] = [];
  private readonly split: boolean[] = [];
  private readonly lineOf = new WeakMap<Node, number>();
  private readonly blockOf = new WeakMap<Node, number>();

  constructor(
    readonly text: string,
    readonly index: LineIndex,
  ) {
    const count = index.starts.length;
    this.lines = new Array<HTMLParagraphElement | undefined>(count);
    this.long = text.length > LONG_TEXT;
    const dom = document.createElement('div');
    dom.className = this.long ? 'article-text is-long' : 'article-text';
    dom.setAttribute('role', 'document');
    dom.setAttribute('aria-label', 'Article text');
    dom.setAttribute('spellcheck', 'false');
    dom.setAttribute('translate', 'no');
    for (let first = 0; first < count; first += BLOCK_LINES) {
      const block = document.createElement('div');
      block.className = 'article-block';
      let height = 0;
      for (let k = first; k < Math.min(count, first + BLOCK_LINES); k++) {
        height += Math.max(1, Math.ceil(lineLength(index, k) / EST_CHARS_PER_ROW)) * EST_ROW_PX;
      }
      plainBlock(block, this.blockText(this.blocks.length));
      block.style.setProperty('contain-intrinsic-size', `auto ${Math.round(height)}px`);
      this.blockOf.set(block, this.blocks.length);
      this.blocks.push(block);
      this.split.push(false);
    }
    dom.append(...this.blocks);
    this.dom = dom;
    // A short text is small enough to keep one paragraph per line throughout.
    if (!this.long) for (let b = 0; b < this.blocks.length; b++) this.splitBlock(b);
  }

  get lineCount(): number {
    return this.lines.length;
  }

  get blockCount(): number {
    return this.blocks.length;
  }

  /** The bottom edge of block b on screen (asking it lays out that block only). */
  blockBottom(b: number): number {
    return this.blocks[b]!.getBoundingClientRect().bottom;
  }

  /** Line k's paragraph, its block split into paragraphs first if it was one text node. */
  paragraph(k: number): HTMLParagraphElement {
    this.splitBlock(Math.floor(k / BLOCK_LINES));
    return this.lines[k]!;
  }

  /** Redraws a block's lines plain: the block joined back to one text node when `painted` holds none of them. */
  clear(b: number, lines: readonly number[], painted: (k: number) => boolean): void {
    if (this.joinBlock(b, painted)) return;
    for (const k of lines) plainLine(this.lines[k]!, this.lineText(k));
  }

  lineText(k: number): string {
    const start = this.index.starts[k]!;
    return this.text.slice(start, start + lineLength(this.index, k));
  }

  /** The text offset of a DOM point, or null when the point is not in this text. */
  offsetOf(node: Node, offset: number): number | null {
    const { starts } = this.index;
    const count = this.lines.length;
    if (node === this.dom) return offset * BLOCK_LINES >= count ? this.text.length : starts[offset * BLOCK_LINES]!;
    const parent = node.parentNode;
    const inBlock = parent && node.nodeType === Node.TEXT_NODE ? this.blockOf.get(parent) : undefined;
    const b = this.blockOf.get(node) ?? inBlock;
    if (b !== undefined) {
      const start = starts[b * BLOCK_LINES]!;
      if (node.nodeType === Node.TEXT_NODE) return start + offset;
      if (!this.split[b]) return offset === 0 ? start : this.blockEnd(b);
      const line = b * BLOCK_LINES + offset;
      return line >= Math.min(count, (b + 1) * BLOCK_LINES) ? this.blockEnd(b) : starts[line]!;
    }
    const k = this.lineIndexOf(node);
    if (k === null) return null;
    return starts[k]! + Math.min(offsetInLine(this.lines[k]!, node, offset), lineLength(this.index, k));
  }

  /** The DOM point at a text offset. */
  pointAt(offset: number): { node: Node; offset: number } {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const k = lineOfOffset(this.index, at);
    const p = this.lines[k];
    if (p) return pointInLine(p, at - this.index.starts[k]!);
    const block = this.blocks[Math.floor(k / BLOCK_LINES)]!;
    const start = this.index.starts[Math.floor(k / BLOCK_LINES) * BLOCK_LINES]!;
    if (block.firstChild instanceof Text) return { node: block.firstChild, offset: at - start };
    return { node: block, offset: 0 };
  }

  /** Where block b's text ends (before the line break that ends its last line). */
  private blockEnd(b: number): number {
    const last = Math.min(this.lines.length, (b + 1) * BLOCK_LINES) - 1;
    return this.index.starts[last]! + lineLength(this.index, last);
  }

  private blockText(b: number): string {
    return this.text.slice(this.index.starts[b * BLOCK_LINES]!, this.blockEnd(b));
  }

  /** Gives each line of block b a paragraph of its own, to paint on. */
  private splitBlock(b: number): void {
    if (this.split[b]) return;
    this.split[b] = true;
    const ps: HTMLParagraphElement[] = [];
    for (let k = b * BLOCK_LINES; k < Math.min(this.lines.length, (b + 1) * BLOCK_LINES); k++) {
      const p = document.createElement('p');
      plainLine(p, this.lineText(k));
      this.lines[k] = p;
      this.lineOf.set(p, k);
      ps.push(p);
    }
    this.blocks[b]!.replaceChildren(...ps);
  }

  /** Puts block b of a long text back to one text node when none of its lines is painted; whether it did. */
  private joinBlock(b: number, painted: (k: number) => boolean): boolean {
    if (!this.split[b] || !this.long) return false;
    const end = Math.min(this.lines.length, (b + 1) * BLOCK_LINES);
    for (let k = b * BLOCK_LINES; k < end; k++) if (painted(k)) return false;
    this.split[b] = false;
    for (let k = b * BLOCK_LINES; k < end; k++) this.lines[k] = undefined;
    plainBlock(this.blocks[b]!, this.blockText(b));
    return true;
  }

  private lineIndexOf(node: Node): number | null {
    for (let n: Node | null = node; n && n !== this.dom; n = n.parentNode) {
      const k = this.lineOf.get(n);
      if (k !== undefined) return k;
    }
    return null;
  }
}
