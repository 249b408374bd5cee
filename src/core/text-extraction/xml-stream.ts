/**
 * A small non-validating XML tokenizer for the package formats Collate reads (DOCX parts, EPUB
 * container and package files), fed in pieces: a part can be read while it is being unpacked,
 * without its whole text or a tree of it in memory. It reports elements and text, skips comments,
 * processing instructions and the doctype, and fails plainly on mismatched tags. A token that spans
 * pieces is kept as a list of pieces and joined once, so a huge one costs linear time.
 */

/** What the tokenizer reports, in document order. */
export interface XmlHandler {
  /** An element starts; a self-closing one is closed at once. */
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  /** Text inside the root element, entities decoded; one text node may come in several pieces. */
  text(text: string): void;
}

/** Package parts nest a few dozen levels; deeper nesting is hostile, and the readers of the tree recurse. */
export const MAX_XML_DEPTH = 1_000;

const PREDEFINED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** The text a named entity beyond XML's five stands for (XHTML's `&nbsp;` and the like), if known. */
export type NamedEntities = (name: string) => string | undefined;

/**
 * Replaces XML's predefined and numeric character references, and the named ones `named` knows;
 * unknown ones stay as written.
 */
export function decodeXmlEntities(text: string, named?: NamedEntities): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED.get(ref) ?? named?.(ref) ?? whole;
  });
}

const NAME = /[^\s/>]+/y;
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
/** Text pending longer than this is passed on before its node ends (keeping a possible entity whole). */
const TEXT_PIECE = 64 * 1024;
const LONGEST_ENTITY = 32;

/** What is being read: text, or the markup that follows a "<". */
type Mode = 'text' | 'head' | 'comment' | 'cdata' | 'pi' | 'doctype' | 'subset' | 'close' | 'tag';

/** Where each kind of markup ends, and what to say when the XML ends inside it. */
const ENDS: Partial<Record<Mode, { end: string; unclosed: string }>> = {
  comment: { end: '-->', unclosed: 'a comment is not closed' },
  cdata: { end: ']]>', unclosed: 'a CDATA section is not closed' },
  pi: { end: '?>', unclosed: 'a processing instruction is not closed' },
  subset: { end: ']>', unclosed: 'the doctype is not closed' },
  close: { end: '>', unclosed: 'a closing tag is not closed' },
};

export class XmlStream {
  private mode: Mode = 'text';
  private pieces: string[] = [];
  private pendingLength = 0;
  /** Inside a tag: the quote character of the attribute value being read, if any. */
  private quote = '';
  /** The last characters of a comment, CDATA section or the like, which may begin its end. */
  private carry = '';
  private readonly open: string[] = [];
  private sawRoot = false;
  private problem: string | null = null;
  private nestedTooDeep = false;

  /** `named` decodes entities beyond XML's five (the tokenizer reads no DTD). */
  constructor(
    private readonly handler: XmlHandler,
    private readonly named?: NamedEntities,
  ) {}

  /** Why the XML is malformed, once it is known; the rest is then ignored. */
  get failure(): string | null {
    return this.problem;
  }

  /** Whether the XML failed by nesting elements deeper than `MAX_XML_DEPTH` (hostile, not merely malformed). */
  get tooDeep(): boolean {
    return this.nestedTooDeep;
  }

  /** Reads the next piece; returns false once the XML is known to be malformed. */
  write(chunk: string): boolean {
    let at = 0;
    while (at < chunk.length && this.problem === null) at = this.step(chunk, at);
    return this.problem === null;
  }

  /** Ends the XML; returns why it is malformed, or null. */
  end(): string | null {
    if (this.problem !== null) return this.problem;
    if (this.mode === 'text') this.flushText();
    else if (this.mode === 'tag') {
      NAME.lastIndex = 0;
      const name = NAME.exec(this.pieces.join(''))?.[0];
      return this.fail(name ? `<${name}> is not closed` : 'a tag has no name');
    } else if (this.mode === 'head')
      return this.fail(this.pieces.length > 0 ? 'the doctype is not closed' : 'a tag has no name');
    else if (this.mode === 'doctype') return this.fail('the doctype is not closed');
    else return this.fail(ENDS[this.mode]!.unclosed);
    if (this.open.length > 0) return this.fail(`<${this.open[this.open.length - 1]!}> is not closed`);
    if (!this.sawRoot) return this.fail('there is no root element');
    return null;
  }

  private fail(why: string): string {
    this.problem ??= why;
    return this.problem;
  }

  private keep(piece: string): void {
    if (piece === '') return;
    this.pieces.push(piece);
    this.pendingLength += piece.length;
  }

  private take(): string {
    const whole = this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join('');
    this.pieces = [];
    this.pendingLength = 0;
    return whole;
  }

  /** Reads from `at` as far as the current token goes; returns where reading stopped. */
  private step(chunk: string, at: number): number {
    switch (this.mode) {
      case 'text':
        return this.readText(chunk, at);
      case 'head':
        return this.readHead(chunk, at);
      case 'tag':
        return this.readTag(chunk, at);
      case 'doctype':
        return this.readDoctype(chunk, at);
      default:
        return this.readUntil(chunk, at, ENDS[this.mode]!.end);
    }
  }

  private readText(chunk: string, at: number): number {
    const lt = chunk.indexOf('<', at);
    const inside = this.open.length > 0;
    if (inside) this.keep(chunk.slice(at, lt < 0 ? chunk.length : lt));
    if (lt < 0) {
      if (this.pendingLength > TEXT_PIECE) this.flushText(true);
      return chunk.length;
    }
    this.flushText();
    this.mode = 'head';
    return lt + 1;
  }

  /** Passes on the pending text; `partial` keeps back a trailing "&…" that may be an entity cut in two. */
  private flushText(partial = false): void {
    if (this.pendingLength === 0) return;
    let text = this.take();
    let rest = '';
    if (partial) {
      const amp = text.lastIndexOf('&');
      if (amp >= 0 && !text.includes(';', amp) && text.length - amp < LONGEST_ENTITY) {
        rest = text.slice(amp);
        text = text.slice(0, amp);
      }
    }
    if (text !== '') this.handler.text(decodeXmlEntities(text, this.named));
    this.keep(rest);
  }

  /** After "<": reads just enough to know what kind of markup follows. */
  private readHead(chunk: string, at: number): number {
    this.keep(chunk[at]!);
    const head = this.pieces.join('');
    if (head === '/' || head === '?') this.mode = head === '/' ? 'close' : 'pi';
    else if (!head.startsWith('!')) this.mode = 'tag';
    else if (head === '!--') this.mode = 'comment';
    else if (head === '![CDATA[') this.mode = 'cdata';
    else if ('!--'.startsWith(head) || '![CDATA['.startsWith(head)) return at + 1;
    else this.mode = 'doctype';
    this.take();
    this.carry = '';
    this.quote = '';
    // The character read belongs to the tag's name; what followed "<!" in a doctype is read as its own.
    if (this.mode === 'tag') return at;
    if (this.mode === 'doctype') this.write(head.slice(1));
    return at + 1;
  }

  /** Collects the current token until `end` (a comment's or instruction's content is not kept); then finishes it. */
  private readUntil(chunk: string, at: number, end: string): number {
    const keepContent = this.mode !== 'comment' && this.mode !== 'pi';
    // Read as if the characters carried from the last chunk (fewer than `end`'s) came first.
    const carried = this.carry;
    this.carry = '';
    let found = (carried + chunk.slice(at, at + end.length - 1)).indexOf(end);
    if (found < 0) {
      const inChunk = chunk.indexOf(end, at);
      found = inChunk < 0 ? -1 : inChunk - at + carried.length;
    }
    if (found < 0) {
      const rest = carried + chunk.slice(at);
      const held = Math.max(0, rest.length - (end.length - 1));
      if (keepContent) this.keep(rest.slice(0, held));
      this.carry = rest.slice(held);
      return chunk.length;
    }
    if (keepContent) {
      this.keep(
        found <= carried.length ? carried.slice(0, found) : carried + chunk.slice(at, at + found - carried.length),
      );
    }
    this.finishToken();
    return at + found + end.length - carried.length;
  }

  private readDoctype(chunk: string, at: number): number {
    for (let i = at; i < chunk.length; i++) {
      if (chunk[i] === '>') {
        this.take();
        this.mode = 'text';
        return i + 1;
      }
      if (chunk[i] === '[') {
        this.take();
        this.mode = 'subset';
        return i + 1;
      }
    }
    return chunk.length;
  }

  private readTag(chunk: string, at: number): number {
    for (let i = at; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.quote !== '') {
        if (c === this.quote) this.quote = '';
      } else if (c === '"' || c === "'") this.quote = c;
      else if (c === '>') {
        this.keep(chunk.slice(at, i));
        this.openTag(this.take());
        this.mode = 'text';
        return i + 1;
      }
    }
    this.keep(chunk.slice(at));
    return chunk.length;
  }

  private finishToken(): void {
    const content = this.take();
    const mode = this.mode;
    this.mode = 'text';
    if (mode === 'cdata') {
      if (this.open.length > 0 && content !== '') this.handler.text(content);
    } else if (mode === 'close') {
      const name = content.trim();
      const top = this.open[this.open.length - 1];
      if (top !== name) {
        this.fail(`</${name}> does not match <${top ?? '#document'}>`);
        return;
      }
      this.open.pop();
      this.handler.close(name);
    }
  }

  private openTag(tag: string): void {
    NAME.lastIndex = 0;
    const name = NAME.exec(tag)?.[0];
    if (!name) {
      this.fail('a tag has no name');
      return;
    }
    const attributes: Record<string, string> = {};
    let cursor = name.length;
    for (;;) {
      ATTRIBUTE.lastIndex = cursor;
      const match = ATTRIBUTE.exec(tag);
      if (!match) break;
      attributes[match[1]!] = decodeXmlEntities(match[2] ?? match[3] ?? '', this.named);
      cursor = ATTRIBUTE.lastIndex;
    }
    const between = tag.slice(cursor).trim();
    if (between !== '' && between !== '/') {
      this.fail(`<${name}> has a malformed attribute`);
      return;
    }
    const selfClosing = between === '/';
    if (!selfClosing && this.open.length >= MAX_XML_DEPTH) {
      this.nestedTooDeep = this.problem === null;
      this.fail(`elements are nested more than ${MAX_XML_DEPTH} levels deep`);
      return;
    }
    this.sawRoot = true;
    this.handler.open(name, attributes);
    if (selfClosing) this.handler.close(name);
    else this.open.push(name);
  }
}
