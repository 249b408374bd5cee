/** How many characters of lines are gathered before they are joined into one block. */
const BLOCK_CHARS = 64 * 1024;

/**
 * The lines of a document's text as an importer finds them, kept compact: every 64K characters the
 * lines gathered so far are joined into one block of text, so the pieces of the source they were
 * cut from (a chunk of unpacked XML) are let go as reading goes on instead of being held to the end,
 * and the whole text is joined once, from the blocks.
 */
export class TextLines {
  private readonly blocks: string[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  private count = 0;

  /** How many lines were pushed. */
  get length(): number {
    return this.count;
  }

  push(line: string): void {
    this.pending.push(line);
    this.pendingChars += line.length + 1;
    this.count++;
    if (this.pendingChars >= BLOCK_CHARS) this.seal();
  }

  /** Adds `other`'s lines after these (an EPUB chapter read whole before it is kept); `other` is emptied. */
  append(other: TextLines): void {
    other.seal();
    if (other.count === 0) return;
    this.seal();
    this.blocks.push(...other.blocks);
    this.count += other.count;
    other.blocks.length = 0;
    other.count = 0;
  }

  /** The lines, joined by "\n". */
  text(): string {
    this.seal();
    return this.blocks.join('\n');
  }

  private seal(): void {
    if (this.pending.length === 0) return;
    this.blocks.push(this.pending.join('\n'));
    this.pending = [];
    this.pendingChars = 0;
  }
}
