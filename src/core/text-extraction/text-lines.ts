declare const TextEncoder: new () => { encode(source: string): Uint8Array };
declare const TextDecoder: new (label: string) => { decode(input: Uint8Array): string };

/** How many characters of lines are gathered before they are joined into one block. */
const BLOCK_CHARS = 64 * 1024;
const NEWLINE = new Uint8Array([0x0a]);

/**
 * The lines of a document's text as an importer finds them, kept compact and outside the
 * JavaScript heap: every 64K characters the lines gathered so far are joined and written as one
 * block of UTF-8, so the pieces of the source they were cut from (a chunk of unpacked XML) are let
 * go as reading goes on, and no string of the text outlives a few lines: the garbage collector's
 * young generation does not grow to hold the document (its pages would stay resident). The blocks
 * are never copied into a growing buffer (whose outgrown copies would wait for a collection), only
 * once into the whole text's bytes, which are decoded once, at the end.
 */
export class TextLines {
  private blocks: Uint8Array[] = [];
  private bytes = 0;
  private pending: string[] = [];
  private pendingChars = 0;
  private count = 0;
  private readonly encoder = new TextEncoder();

  /** How many lines were pushed. */
  get length(): number {
    return this.count;
  }

  /** How long the text is so far in UTF-8 bytes (the lines not yet written counted by their characters). */
  get size(): number {
    return this.bytes + this.pendingChars;
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
    if (this.bytes > 0) this.add(NEWLINE);
    for (const block of other.blocks) this.add(block);
    this.count += other.count;
    other.blocks = [];
    other.bytes = 0;
    other.count = 0;
  }

  /** The lines, joined by "\n". */
  text(): string {
    this.seal();
    if (this.blocks.length > 1) {
      const whole = new Uint8Array(this.bytes);
      let at = 0;
      for (const block of this.blocks) {
        whole.set(block, at);
        at += block.length;
      }
      this.blocks = [whole];
    }
    return new TextDecoder('utf-8').decode(this.blocks[0] ?? new Uint8Array(0));
  }

  private seal(): void {
    if (this.pending.length === 0) return;
    const block = (this.bytes > 0 ? '\n' : '') + this.pending.join('\n');
    this.pending = [];
    this.pendingChars = 0;
    this.add(this.encoder.encode(block));
  }

  private add(block: Uint8Array): void {
    this.blocks.push(block);
    this.bytes += block.length;
  }
}
