declare const TextEncoder: new () => {
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
};
declare const TextDecoder: new (label: string) => { decode(input: Uint8Array): string };

/** How many characters of lines are gathered before they are joined into one block. */
const BLOCK_CHARS = 64 * 1024;

/**
 * The lines of a document's text as an importer finds them, kept compact and outside the
 * JavaScript heap: every 64K characters the lines gathered so far are joined and written as UTF-8
 * into one growing byte buffer, so the pieces of the source they were cut from (a chunk of unpacked
 * XML) are let go as reading goes on, and no string of the text outlives a few lines: the garbage
 * collector's young generation does not grow to hold the document (its pages would stay resident),
 * and the whole text is decoded once, at the end.
 */
export class TextLines {
  private bytes = new Uint8Array(0);
  private used = 0;
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
    return this.used + this.pendingChars;
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
    if (this.used > 0) this.write('\n', 1);
    this.reserve(other.used);
    this.bytes.set(other.bytes.subarray(0, other.used), this.used);
    this.used += other.used;
    this.count += other.count;
    other.bytes = new Uint8Array(0);
    other.used = 0;
    other.count = 0;
  }

  /** The lines, joined by "\n". */
  text(): string {
    this.seal();
    return new TextDecoder('utf-8').decode(this.bytes.subarray(0, this.used));
  }

  private seal(): void {
    if (this.pending.length === 0) return;
    const block = (this.used > 0 ? '\n' : '') + this.pending.join('\n');
    this.pending = [];
    this.pendingChars = 0;
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    this.write(block, block.length * 3);
  }

  private write(text: string, most: number): void {
    this.reserve(most);
    this.used += this.encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
  }

  /** Makes room for `more` bytes, growing by half again so that copies stay linear in all. */
  private reserve(more: number): void {
    if (this.used + more <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.used + more, Math.ceil(this.bytes.length * 1.5), 64 * 1024));
    grown.set(this.bytes.subarray(0, this.used));
    this.bytes = grown;
  }
}
