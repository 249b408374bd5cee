// Long file: one class owns the painted lines, the scroll window and their timing; the blocks, range
// lines, saved selection and line window it drives are modules of their own.
import { buildLineIndex, lineLength, lineOfOffset, type LineIndex } from './offsets';
import { paintLine, type LineItem, type LineWidget } from './paint-line';
import { ArticleBlocks, BLOCK_LINES, byBlock } from './article-blocks';
import { firstLineBelow, inWindow, nextWindow, stepToward, type LineWindow } from './line-window';
import { showLabelColours } from './label-styles';
import {
  piecesOf,
  spanAttrs,
  spanClass,
  suggestionAttrs,
  type HighlightSpan,
  type SpanFlags,
  type SuggestionHighlight,
} from './span-decorations';
import { SpanLines } from './span-lines';
import { forEachLine, rangesByLine } from './range-lines';
import { restoreSelection, saveSelection } from './saved-selection';

/**
 * A document with more spans than this draws its spans only on the lines near the viewport,
 * redrawn as the pane scrolls; a smaller one draws them all.
 */
export const WINDOW_MIN_SPANS = 2000;
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

const NO_FLAGS: SpanFlags = { selectedId: null, peerIds: new Set(), linkedIds: new Set(), contradictedIds: new Set() };
const KBD_SELECTION = { class: 'kbd-selection' };
const KBD_CARET = { class: 'kbd-caret', 'aria-hidden': 'true' };

/**
 * The read-only article text (its DOM in ArticleBlocks). Spans, suggestions and marks are painted
 * per line, and only the lines whose drawing changed are repainted, so tagging one span touches
 * one or two paragraphs. In a heavily tagged document only the lines near the viewport carry
 * span elements, the window following the pane's scrolling. Offsets are the text's own (UTF-16).
 */
export class ArticleView {
  readonly dom: HTMLDivElement;
  readonly index: LineIndex;
  private readonly blocks: ArticleBlocks;
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
    this.spans = new SpanLines(count, (span, visit) => forEachLine(this.text, this.index, span, visit));
    this.blocks = new ArticleBlocks(text, this.index);
    this.dom = this.blocks.dom;
  }

  /** Starts following the scroll position of the pane the text was mounted in. */
  attach(): () => void {
    const scroller = this.dom.closest<HTMLElement>('.pane-scroll');
    this.scroller = scroller;
    const schedule = (): void => {
      if (!this.frame)
        this.frame = requestAnimationFrame(() => {
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
    for (let k = 0; k < this.blocks.lineCount; k++) if (this.painted.has(k) || this.needsPaint(k)) dirty.add(k);
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
      [prev.contradictedIds, next.contradictedIds],
    ] as const) {
      if (a === b) continue;
      for (const id of a) if (!b.has(id)) ids.add(id);
      for (const id of b) if (!a.has(id)) ids.add(id);
    }
    for (const id of ids) {
      const span = this.spans.span(id);
      if (span && !span.orphaned) forEachLine(this.text, this.index, span, (k) => dirty.add(k));
    }
  }

  setSuggestions(next: readonly SuggestionHighlight[]): void {
    if (this.suggestions === next) return;
    this.suggestions = next;
    const dirty = new Set(this.suggestionLines.keys());
    this.suggestionLines = rangesByLine(this.text, this.index, next, dirty);
    this.flush(dirty);
  }

  /** Search hits, boilerplate and pending fragments: drawn wherever they are, near the viewport or not. */
  setMarks(next: readonly TextMark[]): void {
    if (this.marks === next) return;
    this.marks = next;
    const dirty = new Set(this.markLines.keys());
    this.markLines = rangesByLine(this.text, this.index, next, dirty);
    this.flush(dirty);
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
      if (next.anchor !== next.head)
        forEachLine(
          this.text,
          this.index,
          { start: Math.min(next.anchor, next.head), end: Math.max(next.anchor, next.head) },
          add,
        );
    }
    this.flush(dirty);
  }

  /** Removes the reader's selection when it is in this text. */
  clearSelection(): void {
    const selection = document.getSelection();
    if (selection && selection.rangeCount > 0 && selection.getRangeAt(0).intersectsNode(this.dom))
      selection.removeAllRanges();
    this.selectionMayBeInside = false;
  }

  /** The text offset of a DOM point, or null when the point is not in this text. */
  offsetOf(node: Node, offset: number): number | null {
    return this.blocks.offsetOf(node, offset);
  }

  /** The DOM point at a text offset. */
  pointAt(offset: number): { node: Node; offset: number } {
    return this.blocks.pointAt(offset);
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
      this.setWindow(nextWindow(null, { first: k, last: k }, WINDOW_MARGIN_LINES, this.blocks.lineCount));
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
    const n = this.blocks.blockCount;
    const block = (y: number): number =>
      Math.min(
        n - 1,
        firstLineBelow(n, y, (b) => this.blocks.blockBottom(b)),
      );
    const first = block(box.top);
    const last = block(box.bottom);
    return {
      first: first * BLOCK_LINES,
      last: Math.min(this.blocks.lineCount - 1, (last + 1) * BLOCK_LINES - 1),
      centre: block((box.top + box.bottom) / 2) * BLOCK_LINES,
    };
  }

  /** The lines to draw spans on; `fromWindow` when the current window followed the viewport already. */
  private computeWindow(fromWindow: boolean, visible?: LineWindow): LineWindow {
    const count = this.blocks.lineCount;
    if (!this.windowed) return { first: 0, last: count - 1 };
    // Until the first frame, the first block: asking the layout now would lay out everything at once.
    if (!this.measured) return { first: 0, last: Math.min(count, BLOCK_LINES) - 1 };
    return nextWindow(
      fromWindow ? this.window : null,
      visible ?? this.visibleLines() ?? { first: 0, last: 0 },
      WINDOW_MARGIN_LINES,
      count,
    );
  }

  private updateWindow(): void {
    const scroller = this.scroller;
    const top = scroller?.scrollTop ?? 0;
    const now = performance.now();
    if (this.windowed && scroller && Math.abs(top - this.lastScrollTop) > FAST_SCREENS * scroller.clientHeight)
      this.fastUntil = now + SETTLE_MS;
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
    for (let k = next.first; k <= next.last; k++)
      if (!inWindow(prev, k) && (this.spans.has(k) || this.suggestionLines.has(k))) dirty.push(k);
    this.flush(dirty);
    this.trimWhenIdle();
  }

  private trimWhenIdle(): void {
    if (!this.trimming && this.scroller)
      this.trimming = requestIdleCallback((deadline) => this.trim(deadline), { timeout: TRIM_TIMEOUT_MS });
  }

  /** Redraws plain the lines drawn for a window the reader has scrolled far from, a block at a time while the page is idle. */
  private trim(deadline: IdleDeadline): void {
    this.trimming = 0;
    const { first, last } = this.window;
    const far = byBlock(
      [...this.painted].filter(
        (k) => (k < first - KEEP_DRAWN_LINES || k > last + KEEP_DRAWN_LINES) && !this.needsPaint(k),
      ),
    );
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
    // Asking the selection lays out the page when a repaint has just changed it: ask only when it may be here.
    const saved = this.selectionMayBeInside ? saveSelection(this) : null;
    const cleared: number[] = [];
    for (const k of lines) {
      if (k < 0 || k >= this.blocks.lineCount) continue;
      if (this.needsPaint(k)) {
        this.paint(k, this.blocks.paragraph(k));
        this.painted.add(k);
      } else if (this.painted.delete(k)) cleared.push(k);
    }
    // A block left with no line drawn is joined whole, its lines not redrawn one by one.
    for (const [b, ks] of byBlock(cleared)) this.blocks.clear(b, ks, (k) => this.painted.has(k));
    if (saved) restoreSelection(this, saved);
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
    if (kbd && kbd.anchor !== kbd.head)
      clip(Math.min(kbd.anchor, kbd.head), Math.max(kbd.anchor, kbd.head), KBD_SELECTION, 0);
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
    const widgets: LineWidget[] =
      kbd && lineOfOffset(this.index, kbd.head) === k ? [{ at: kbd.head - start, attrs: KBD_CARET }] : [];
    paintLine(p, this.text.slice(start, end), items, widgets);
  }
}
