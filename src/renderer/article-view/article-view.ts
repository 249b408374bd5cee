import { buildLineIndex, lineLength, lineOfOffset, type LineIndex } from './offsets';
import { paintLine, plainLine, type LineItem, type LineWidget } from './paint-line';
import { offsetInLine, pointInLine } from './line-dom';
import { firstLineBelow, inWindow, nextWindow, stepToward, type LineWindow } from './line-window';
import { showLabelColours } from './label-styles';
import { piecesOf, spanAttrs, spanClass, suggestionAttrs, type HighlightSpan, type SpanFlags, type SuggestionHighlight } from './span-decorations';
import { SpanLines } from './span-lines';

/**
 * A document with more spans than this draws its spans only on the lines near the viewport,
 * redrawn as the pane scrolls; a smaller one draws them all.
 */
export const WINDOW_MIN_SPANS = 2000;
/** Characters above which blocks off screen skip layout (CSS content-visibility) and stay plain text until drawn on. */
const LONG_TEXT = 60_000;
/**
 * Lines are grouped in blocks; a long text lays out only the blocks near the viewport (CSS
 * content-visibility on a few dozen blocks, not on thousands of paragraphs, whose visibility
 * checks would cost more on every scrolled frame than they save).
 */
const BLOCK_LINES = 16;
/** Lines drawn above and below the blocks on screen. */
const WINDOW_MARGIN_LINES = BLOCK_LINES;
/** New lines drawn on in one frame. */
const LINES_DRAWN_PER_FRAME = BLOCK_LINES;
/**
 * Lines that leave the window stay drawn until they are this far from it (redrawing them plain
 * while they are near the viewport would make the browser lay their blocks out again), and are
 * then redrawn plain when the page is idle, not in the frame that scrolls.
 */
const KEEP_DRAWN_LINES = 3 * BLOCK_LINES;
const TRIM_TIMEOUT_MS = 1000;
/** Idle time a block's redraw may need. */
const TRIM_SLICE_MS = 3;
/**
 * A scroll further than this many pane heights in one frame is fast (a fling, a jump to the end,
 * a scroll-bar drag): no new line is drawn on until the pane has settled for SETTLE_MS, so the
 * lines a fling passes cost no more than plain text, and those it stops at are drawn then.
 */
const FAST_SCREENS = 0.5;
const SETTLE_MS = 100;
/** For a block's height before it is first laid out: characters per visual line and pixels per line. */
const EST_CHARS_PER_ROW = 70;
const EST_ROW_PX = 25.6;

/** A range drawn over the text that is not a span: a search hit, boilerplate, a pending fragment. */
export interface TextMark {
  readonly start: number;
  readonly end: number;
  readonly attrs: Readonly<Record<string, string>>;
}

export interface KeyboardMarks {
  readonly anchor: number;
  readonly head: number;
}

/** A block as one text node; a line break closes it when its last line is empty, so that line keeps its height. */
function plainBlock(block: HTMLElement, text: string): void {
  const nodes: Node[] = text ? [document.createTextNode(text)] : [];
  if (text === '' || text.endsWith('\n')) nodes.push(document.createElement('br'));
  block.replaceChildren(...nodes);
}

/** Lines by the block holding them. */
function byBlock(lines: readonly number[]): Map<number, number[]> {
  const blocks = new Map<number, number[]>();
  for (const k of lines) {
    const b = Math.floor(k / BLOCK_LINES);
    const list = blocks.get(b);
    if (list) list.push(k);
    else blocks.set(b, [k]);
  }
  return blocks;
}

const NO_FLAGS: SpanFlags = { selectedId: null, peerIds: new Set(), linkedIds: new Set() };
const KBD_SELECTION = { class: 'kbd-selection' };
const KBD_CARET = { class: 'kbd-caret', 'aria-hidden': 'true' };

interface SavedSelection {
  readonly anchorNode: Node;
  readonly anchorOffset: number;
  readonly focusNode: Node;
  readonly focusOffset: number;
  readonly anchor: number | null;
  readonly focus: number | null;
}

/**
 * The read-only article text, in blocks of lines. In a long text a block holds its text as one
 * text node (white space kept, so its lines break where the text does) until something is drawn
 * on one of its lines; it then holds one paragraph per line, as every block of a short text does. Spans, suggestions and marks are painted
 * per line, and only the lines whose drawing changed are repainted, so tagging one span touches
 * one or two paragraphs. In a heavily tagged document only the lines near the viewport carry
 * span elements. Offsets are the text's own (UTF-16): line k holds text[starts[k], starts[k] + length).
 */
export class ArticleView {
  readonly dom: HTMLDivElement;
  readonly index: LineIndex;
  /** Line k's paragraph, while its block is split into paragraphs. */
  private readonly lines: Array<HTMLParagraphElement | undefined>;
  private readonly blocks: HTMLDivElement[] = [];
  private readonly split: boolean[] = [];
  private readonly long: boolean;
  private readonly lineOf = new WeakMap<Node, number>();
  private readonly blockOf = new WeakMap<Node, number>();
  private readonly spans: SpanLines;
  private flags: SpanFlags = NO_FLAGS;
  private colours: ReadonlyMap<string, string> = new Map();
  private suggestions: readonly SuggestionHighlight[] = [];
  private suggestionLines = new Map<number, SuggestionHighlight[]>();
  private marks: readonly TextMark[] = [];
  private markLines = new Map<number, TextMark[]>();
  private keyboard: KeyboardMarks | null = null;
  private keyboardLines = new Set<number>();
  private readonly painted = new Set<number>();
  private windowed = false;
  private window: LineWindow;
  private scroller: HTMLElement | null = null;
  private frame = 0;
  private lastScrollTop = 0;
  private fastUntil = 0;
  private trimming = 0;
  /**
   * Whether the reader's selection may have an end in this text, as of the last selectionchange
   * (none in a text just made). A selection made since then, in the same task, by script, is not
   * kept across a repaint; the reader's own selections always come with their event first.
   */
  private selectionMayBeInside = false;
  /** Whether the window has followed a laid-out viewport yet (until then it is the text's start). */
  private measured = false;

  constructor(readonly text: string) {
    this.index = buildLineIndex(text);
    const count = this.index.starts.length;
    this.window = { first: 0, last: count - 1 };
    this.spans = new SpanLines(count, (span, visit) => this.forLines(span, visit));
    this.lines = new Array<HTMLParagraphElement | undefined>(count);
    const dom = document.createElement('div');
    dom.className = text.length > LONG_TEXT ? 'article-text is-long' : 'article-text';
    dom.setAttribute('role', 'document');
    dom.setAttribute('aria-label', 'Article text');
    dom.setAttribute('spellcheck', 'false');
    dom.setAttribute('translate', 'no');
    for (let first = 0; first < count; first += BLOCK_LINES) {
      const block = document.createElement('div');
      block.className = 'article-block';
      let height = 0;
      for (let k = first; k < Math.min(count, first + BLOCK_LINES); k++) height += Math.max(1, Math.ceil(lineLength(this.index, k) / EST_CHARS_PER_ROW)) * EST_ROW_PX;
      plainBlock(block, this.blockText(this.blocks.length));
      block.style.setProperty('contain-intrinsic-size', `auto ${Math.round(height)}px`);
      this.blockOf.set(block, this.blocks.length);
      this.blocks.push(block);
      this.split.push(false);
    }
    dom.append(...this.blocks);
    this.dom = dom;
    // A short text is small enough to keep one paragraph per line throughout.
    this.long = text.length > LONG_TEXT;
    if (!this.long) for (let b = 0; b < this.blocks.length; b++) this.splitBlock(b);
  }

  /** Starts following the scroll position of the pane the text was mounted in. */
  attach(): () => void {
    const scroller = this.dom.closest<HTMLElement>('.pane-scroll');
    this.scroller = scroller;
    const schedule = (): void => {
      if (!this.frame) this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.updateWindow();
      });
    };
    scroller?.addEventListener('scroll', schedule, { passive: true });
    const selectionChanged = (): void => {
      const selection = document.getSelection();
      const inside = (node: Node | null | undefined): boolean => !!node && this.dom.contains(node);
      this.selectionMayBeInside = inside(selection?.anchorNode) || inside(selection?.focusNode);
    };
    document.addEventListener('selectionchange', selectionChanged);
    const resized = typeof ResizeObserver === 'function' && scroller ? new ResizeObserver(schedule) : null;
    if (resized && scroller) resized.observe(scroller);
    schedule();
    return () => {
      scroller?.removeEventListener('scroll', schedule);
      document.removeEventListener('selectionchange', selectionChanged);
      resized?.disconnect();
      if (this.frame) cancelAnimationFrame(this.frame);
      if (this.trimming) cancelIdleCallback(this.trimming);
      this.frame = 0;
      this.trimming = 0;
      this.scroller = null;
    };
  }

  span(id: string): HighlightSpan | undefined {
    return this.spans.span(id);
  }

  /** New spans, flags or label colours, repainting each line they change once. */
  update(spans: readonly HighlightSpan[], flags: SpanFlags, colours: ReadonlyMap<string, string>): void {
    this.colours = colours;
    showLabelColours(colours);
    const dirty = new Set<number>();
    this.flagsChanged(flags, dirty);
    if (!this.spansChanged(spans, dirty)) return;
    this.flush(dirty);
  }

  /**
   * Draws a span list with one span selected ahead of the app's next update, which then finds
   * nothing to change: a span just made (in no group or relation yet) shows in the next frame.
   */
  preview(spans: readonly HighlightSpan[], selectedId: string | null): void {
    this.update(spans, { ...NO_FLAGS, selectedId }, this.colours);
  }

  /** Notes the lines a new span list changes; false when it redrew everything itself. */
  private spansChanged(next: readonly HighlightSpan[], dirty: Set<number>): boolean {
    if (this.spans.list === next) return true;
    const windowed = next.length > WINDOW_MIN_SPANS;
    const wasWindowed = this.windowed;
    if (this.spans.update(next, (k) => dirty.add(k), windowed !== wasWindowed)) return true;
    this.windowed = windowed;
    this.window = this.computeWindow(wasWindowed);
    for (let k = 0; k < this.lines.length; k++) if (this.painted.has(k) || this.needsPaint(k)) dirty.add(k);
    this.flush(dirty);
    return false;
  }

  private flagsChanged(next: SpanFlags, dirty: Set<number>): void {
    const prev = this.flags;
    if (prev === next) return;
    this.flags = next;
    const ids = new Set<string>();
    if (prev.selectedId !== next.selectedId) {
      if (prev.selectedId) ids.add(prev.selectedId);
      if (next.selectedId) ids.add(next.selectedId);
    }
    for (const [a, b] of [
      [prev.peerIds, next.peerIds],
      [prev.linkedIds, next.linkedIds],
    ] as const) {
      if (a === b) continue;
      for (const id of a) if (!b.has(id)) ids.add(id);
      for (const id of b) if (!a.has(id)) ids.add(id);
    }
    for (const id of ids) {
      const span = this.spans.span(id);
      if (span && !span.orphaned) this.forLines(span, (k) => dirty.add(k));
    }
  }

  setSuggestions(next: readonly SuggestionHighlight[]): void {
    if (this.suggestions === next) return;
    this.suggestions = next;
    const dirty = new Set(this.suggestionLines.keys());
    this.suggestionLines = this.byLine(next, dirty);
    this.flush(dirty);
  }

  /** Search hits, boilerplate and pending fragments: drawn wherever they are, near the viewport or not. */
  setMarks(next: readonly TextMark[]): void {
    if (this.marks === next) return;
    this.marks = next;
    const dirty = new Set(this.markLines.keys());
    this.markLines = this.byLine(next, dirty);
    this.flush(dirty);
  }

  /** Ranges by the lines they touch (each line once per range), adding those lines to `dirty`. */
  private byLine<T extends { start: number; end: number; fragments?: ReadonlyArray<{ start: number; end: number }> }>(ranges: readonly T[], dirty: Set<number>): Map<number, T[]> {
    const lines = new Map<number, T[]>();
    for (const range of ranges) {
      this.forLines(range, (k) => {
        const list = lines.get(k);
        if (list) list.push(range);
        else lines.set(k, [range]);
        dirty.add(k);
      });
    }
    return lines;
  }

  /** The keyboard caret and the selection it extends. */
  setKeyboard(next: KeyboardMarks | null): void {
    const prev = this.keyboard;
    if (prev === next || (prev && next && prev.anchor === next.anchor && prev.head === next.head)) return;
    this.keyboard = next;
    const dirty = new Set(this.keyboardLines);
    this.keyboardLines = new Set();
    if (next) {
      const add = (k: number): void => {
        this.keyboardLines.add(k);
        dirty.add(k);
      };
      add(lineOfOffset(this.index, next.head));
      if (next.anchor !== next.head) this.forLines({ start: Math.min(next.anchor, next.head), end: Math.max(next.anchor, next.head) }, add);
    }
    this.flush(dirty);
  }

  /** Removes the reader's selection when it is in this text. */
  clearSelection(): void {
    const selection = document.getSelection();
    if (selection && selection.rangeCount > 0 && selection.getRangeAt(0).intersectsNode(this.dom)) selection.removeAllRanges();
    this.selectionMayBeInside = false;
  }

  /** The text offset of a DOM point, or null when the point is not in this text. */
  offsetOf(node: Node, offset: number): number | null {
    const { starts } = this.index;
    const count = this.lines.length;
    if (node === this.dom) return offset * BLOCK_LINES >= count ? this.text.length : starts[offset * BLOCK_LINES]!;
    const parent = node.parentNode;
    const b = this.blockOf.get(node) ?? (parent && node.nodeType === Node.TEXT_NODE ? this.blockOf.get(parent) : undefined);
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
    return block.firstChild instanceof Text ? { node: block.firstChild, offset: at - start } : { node: block, offset: 0 };
  }

  /** The text offset under a point of the window (a click), or null outside the text. */
  offsetAtPoint(x: number, y: number): number | null {
    const position = document.caretPositionFromPoint?.(x, y);
    if (position) return this.offsetOf(position.offsetNode, position.offset);
    const range = document.caretRangeFromPoint?.(x, y);
    return range ? this.offsetOf(range.startContainer, range.startOffset) : null;
  }

  /** The text offset at the top left of what the pane shows, where a fresh keyboard caret starts. */
  firstVisibleOffset(): number {
    const rect = this.dom.getBoundingClientRect();
    const top = Math.max(rect.top, this.scroller?.getBoundingClientRect().top ?? rect.top) + 4;
    const at = this.offsetAtPoint(rect.left + 2, top);
    if (at !== null) return at;
    const visible = this.visibleLines();
    return visible ? this.index.starts[visible.first]! : 0;
  }

  /** Scrolls a span (or, when it is not drawn, the line holding `start`) into the middle of the pane. */
  scrollToSpan(spanId: string, start: number | undefined, behavior: ScrollBehavior): void {
    const find = (): Element | null => this.dom.querySelector(`[data-span-id="${CSS.escape(spanId)}"]`);
    let el = find();
    if (!el && start !== undefined && this.windowed) {
      const k = lineOfOffset(this.index, start);
      this.setWindow(nextWindow(null, { first: k, last: k }, WINDOW_MARGIN_LINES, this.lines.length));
      el = find();
    }
    if (el) return el.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
    if (start === undefined) return;
    const range = document.createRange();
    const at = this.pointAt(start);
    range.setStart(at.node, at.offset);
    const box = range.getBoundingClientRect();
    const scroller = this.scroller;
    if (scroller) scroller.scrollTop += box.top - scroller.getBoundingClientRect().top - scroller.clientHeight / 2;
  }

  private lineText(k: number): string {
    const start = this.index.starts[k]!;
    return this.text.slice(start, start + lineLength(this.index, k));
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
  private joinBlock(b: number): boolean {
    if (!this.split[b] || !this.long) return false;
    for (let k = b * BLOCK_LINES; k < Math.min(this.lines.length, (b + 1) * BLOCK_LINES); k++) if (this.painted.has(k)) return false;
    this.split[b] = false;
    for (let k = b * BLOCK_LINES; k < Math.min(this.lines.length, (b + 1) * BLOCK_LINES); k++) this.lines[k] = undefined;
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

  /** Calls `visit` with each line a range (or each piece of a discontinuous one) touches. */
  private forLines(range: { start: number; end: number; fragments?: ReadonlyArray<{ start: number; end: number }> }, visit: (k: number) => void): void {
    let previous = -1;
    for (const piece of piecesOf(range)) {
      const from = Math.max(0, piece.start);
      const to = Math.min(piece.end, this.text.length);
      if (to <= from) continue;
      const last = lineOfOffset(this.index, to - 1);
      for (let k = Math.max(lineOfOffset(this.index, from), previous + 1); k <= last; k++) visit(k);
      previous = Math.max(previous, last);
    }
  }

  private needsPaint(k: number): boolean {
    if (this.markLines.has(k) || this.keyboardLines.has(k)) return true;
    return inWindow(this.window, k) && (this.spans.has(k) || this.suggestionLines.has(k));
  }

  private visibleLines(): (LineWindow & { centre: number }) | null {
    const scroller = this.scroller;
    if (!scroller || !this.dom.isConnected) return null;
    const box = scroller.getBoundingClientRect();
    if (box.height === 0) return null;
    // By blocks: asking a line inside a block that is not laid out would lay it out.
    const n = this.blocks.length;
    const bottomOf = (i: number): number => this.blocks[i]!.getBoundingClientRect().bottom;
    const block = (y: number): number => Math.min(n - 1, firstLineBelow(n, y, bottomOf));
    const first = block(box.top);
    const last = block(box.bottom);
    return {
      first: first * BLOCK_LINES,
      last: Math.min(this.lines.length - 1, (last + 1) * BLOCK_LINES - 1),
      centre: block((box.top + box.bottom) / 2) * BLOCK_LINES,
    };
  }

  /** The lines to draw spans on; `fromWindow` when the current window followed the viewport already. */
  private computeWindow(fromWindow: boolean, visible?: LineWindow): LineWindow {
    const count = this.lines.length;
    if (!this.windowed) return { first: 0, last: count - 1 };
    // Until the first frame, the first block: asking the layout now would lay out everything at once.
    if (!this.measured) return { first: 0, last: Math.min(count, BLOCK_LINES) - 1 };
    return nextWindow(fromWindow ? this.window : null, visible ?? this.visibleLines() ?? { first: 0, last: 0 }, WINDOW_MARGIN_LINES, count);
  }

  private updateWindow(): void {
    const scroller = this.scroller;
    const top = scroller?.scrollTop ?? 0;
    const now = performance.now();
    if (this.windowed && scroller && Math.abs(top - this.lastScrollTop) > FAST_SCREENS * scroller.clientHeight) this.fastUntil = now + SETTLE_MS;
    this.lastScrollTop = top;
    if (this.windowed && now < this.fastUntil) return this.updateNextFrame();
    this.measured = true;
    const visible = this.windowed ? this.visibleLines() : null;
    if (!visible) return this.setWindow(this.computeWindow(this.windowed));
    const next = this.computeWindow(true, visible);
    // A block of lines' highlights per frame at most, the middle of the view first, so that a fast scroll spreads its drawing over frames.
    const step = stepToward(this.window, next, visible, visible.centre, LINES_DRAWN_PER_FRAME);
    this.setWindow(step);
    if (step !== next) this.updateNextFrame();
  }

  private updateNextFrame(): void {
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.updateWindow();
    });
  }

  private setWindow(next: LineWindow): void {
    const prev = this.window;
    if (prev.first === next.first && prev.last === next.last) return;
    this.window = next;
    const dirty: number[] = [];
    for (let k = next.first; k <= next.last; k++) if (!inWindow(prev, k) && (this.spans.has(k) || this.suggestionLines.has(k))) dirty.push(k);
    this.flush(dirty);
    this.trimWhenIdle();
  }

  private trimWhenIdle(): void {
    if (!this.trimming && this.scroller) this.trimming = requestIdleCallback((deadline) => this.trim(deadline), { timeout: TRIM_TIMEOUT_MS });
  }

  /** Redraws plain the lines drawn for a window the reader has scrolled far from, a block at a time while the page is idle. */
  private trim(deadline: IdleDeadline): void {
    this.trimming = 0;
    const { first, last } = this.window;
    const far = byBlock([...this.painted].filter((k) => (k < first - KEEP_DRAWN_LINES || k > last + KEEP_DRAWN_LINES) && !this.needsPaint(k)));
    for (const [b, lines] of far) {
      if (deadline.timeRemaining() < TRIM_SLICE_MS && !deadline.didTimeout) return this.trimWhenIdle();
      this.flush(lines);
      far.delete(b);
      if (deadline.didTimeout && far.size > 0) return this.trimWhenIdle();
    }
  }

  private flush(dirty: Iterable<number>): void {
    const lines = dirty instanceof Set ? dirty : new Set(dirty);
    if (lines.size === 0) return;
    const saved = this.saveSelection();
    const cleared: number[] = [];
    for (const k of lines) {
      if (k < 0 || k >= this.lines.length) continue;
      if (this.needsPaint(k)) {
        this.splitBlock(Math.floor(k / BLOCK_LINES));
        this.paint(k, this.lines[k]!);
        this.painted.add(k);
      } else if (this.painted.delete(k)) cleared.push(k);
    }
    // A block left with no line drawn is joined whole, its lines not redrawn one by one.
    for (const [b, ks] of byBlock(cleared)) if (!this.joinBlock(b)) for (const k of ks) plainLine(this.lines[k]!, this.lineText(k));
    if (saved) this.restoreSelection(saved);
  }

  private paint(k: number, p: HTMLElement): void {
    const start = this.index.starts[k]!;
    const end = start + lineLength(this.index, k);
    const items: LineItem[] = [];
    const clip = (from: number, to: number, attrs: Readonly<Record<string, string>>, rank: number): void => {
      const a = Math.max(from, start) - start;
      const b = Math.min(to, end) - start;
      if (b > a) items.push({ from: a, to: b, attrs, rank });
    };
    for (const m of this.markLines.get(k) ?? []) clip(m.start, m.end, m.attrs, 0);
    const kbd = this.keyboard;
    if (kbd && kbd.anchor !== kbd.head) clip(Math.min(kbd.anchor, kbd.head), Math.max(kbd.anchor, kbd.head), KBD_SELECTION, 0);
    if (inWindow(this.window, k)) {
      for (const span of this.spans.on(k)) {
        const attrs = spanAttrs(span, this.spans.lane(span.id), spanClass(span, this.flags));
        for (const piece of piecesOf(span)) clip(piece.start, piece.end, attrs, 1);
      }
      for (const s of this.suggestionLines.get(k) ?? []) {
        const attrs = suggestionAttrs(s);
        for (const piece of piecesOf(s)) clip(piece.start, piece.end, attrs, 2);
      }
    }
    const widgets: LineWidget[] = kbd && lineOfOffset(this.index, kbd.head) === k ? [{ at: kbd.head - start, attrs: KBD_CARET }] : [];
    paintLine(p, this.text.slice(start, end), items, widgets);
  }

  /** The reader's selection, by text offsets for its ends in this text, to put back after a repaint. */
  private saveSelection(): SavedSelection | null {
    // Asking the selection lays out the page when a repaint has just changed it: ask only when it may be here.
    if (!this.selectionMayBeInside) return null;
    const selection = document.getSelection();
    if (!selection || !selection.anchorNode || !selection.focusNode) return null;
    const { anchorNode, anchorOffset, focusNode, focusOffset } = selection;
    const inside = (node: Node): boolean => this.dom.contains(node);
    if (!inside(anchorNode) && !inside(focusNode)) return null;
    return {
      anchorNode,
      anchorOffset,
      focusNode,
      focusOffset,
      anchor: inside(anchorNode) ? this.offsetOf(anchorNode, anchorOffset) : null,
      focus: inside(focusNode) ? this.offsetOf(focusNode, focusOffset) : null,
    };
  }

  /** Puts the selection back where a repaint removed the nodes it was in. */
  private restoreSelection(saved: SavedSelection): void {
    if (saved.anchorNode.isConnected && saved.focusNode.isConnected) return;
    const a = saved.anchor === null ? { node: saved.anchorNode, offset: saved.anchorOffset } : this.pointAt(saved.anchor);
    const f = saved.focus === null ? { node: saved.focusNode, offset: saved.focusOffset } : this.pointAt(saved.focus);
    try {
      document.getSelection()?.setBaseAndExtent(a.node, a.offset, f.node, f.offset);
    } catch {
      // A point that left the document: the selection is gone, as it would be after any redraw.
    }
  }
}

