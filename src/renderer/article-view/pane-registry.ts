import type { ArticleView } from './article-view';
import type { HighlightSpan } from './span-decorations';
import { trimRange } from '../state/annotation-list';
import { nextSentenceEnd, nextWordEnd, previousSentenceStart, previousWordStart } from './text-navigation';

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A selection made from the keyboard: the anchor stays, the head moves. */
export interface KeyboardSelection {
  readonly anchor: number;
  readonly head: number;
}

interface PaneEntry {
  readonly view: ArticleView;
  readonly text: string;
  /** The last non-empty text selection made in this pane, kept while focus moves to a toolbar. */
  lastRange: TextRange | null;
  /** When lastRange (mouse) and kbd last changed: the newer one is the selection to tag. */
  mouseAt: number;
  kbd: KeyboardSelection | null;
  kbdAt: number;
  /** Redraws the pane's caret and keyboard selection. */
  onKeyboardChange: (() => void) | null;
}

/**
 * The mounted editors by document id, and which pane the user last selected text in. Selection
 * lives here rather than in app state: it changes on every mouse move and nothing re-renders on it.
 */
const panes = new Map<string, PaneEntry>();
let activeDocumentId: string | null = null;
let clock = 0;
let lastDomSelection = '';

export function registerPane(documentId: string, view: ArticleView): () => void {
  const entry: PaneEntry = {
    view,
    text: view.text,
    lastRange: null,
    mouseAt: 0,
    kbd: null,
    kbdAt: 0,
    onKeyboardChange: null,
  };
  panes.set(documentId, entry);
  return () => {
    if (panes.get(documentId) === entry) panes.delete(documentId);
    if (activeDocumentId === documentId && !panes.has(documentId)) activeDocumentId = null;
  };
}

export function onKeyboardSelection(documentId: string, listener: () => void): () => void {
  const entry = panes.get(documentId);
  if (!entry) return () => {};
  entry.onKeyboardChange = listener;
  return () => {
    if (entry.onKeyboardChange === listener) entry.onKeyboardChange = null;
  };
}

export function keyboardSelection(documentId: string): KeyboardSelection | null {
  return panes.get(documentId)?.kbd ?? null;
}

/** Maps a DOM range to text offsets in a pane (possibly empty); ends outside the pane clamp to its start or end. */
function mapRange(view: ArticleView, range: Range): TextRange {
  const start = view.offsetOf(range.startContainer, range.startOffset) ?? 0;
  const end = view.offsetOf(range.endContainer, range.endOffset) ?? view.text.length;
  return { start, end };
}

function onSelectionChange(): void {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) {
    lastDomSelection = '';
    return;
  }
  const range = selection.getRangeAt(0);
  let chosen: [string, PaneEntry] | null = null;
  for (const pair of panes) {
    const dom = pair[1].view.dom;
    if (!range.intersectsNode(dom)) continue;
    if (!chosen || (selection.anchorNode && dom.contains(selection.anchorNode))) chosen = pair;
  }
  if (!chosen) return;
  const [documentId, entry] = chosen;
  // Called again before every tag: a selection that did not change since must not override newer keyboard moves.
  // Compared by text offsets, so a selection kept across a repaint of its lines is the same selection.
  // (Selection.toString() would force a layout of the whole text.)
  const mapped = mapRange(entry.view, range);
  const key = `${documentId}|${mapped.start}|${mapped.end}|${range.collapsed}`;
  const same = key === lastDomSelection;
  lastDomSelection = key;
  if (same) return;
  activeDocumentId = documentId;
  entry.mouseAt = ++clock;
  if (range.collapsed || mapped.end <= mapped.start) {
    entry.lastRange = null;
    return;
  }
  const trimmed = trimRange(entry.text, mapped.start, mapped.end);
  entry.lastRange = trimmed.end > trimmed.start ? trimmed : null;
}

let listening = false;
export function startSelectionTracking(): () => void {
  if (listening) return () => {};
  listening = true;
  document.addEventListener('selectionchange', onSelectionChange);
  return () => {
    listening = false;
    document.removeEventListener('selectionchange', onSelectionChange);
  };
}

const kbdRange = (kbd: KeyboardSelection | null): TextRange | null =>
  kbd && kbd.anchor !== kbd.head
    ? { start: Math.min(kbd.anchor, kbd.head), end: Math.max(kbd.anchor, kbd.head) }
    : null;

/** The selection to tag: in the pane the user last selected in, by mouse or keyboard, whichever is newer. */
export function currentSelection(): { documentId: string; range: TextRange } | null {
  // selectionchange arrives as a later task: read the live selection too, in case it is newer.
  onSelectionChange();
  if (!activeDocumentId) return null;
  const entry = panes.get(activeDocumentId);
  if (!entry) return null;
  let range: TextRange | null;
  if (entry.kbdAt > entry.mouseAt) {
    const k = kbdRange(entry.kbd);
    range = k ? trimRange(entry.text, k.start, k.end) : null;
    if (range && range.end <= range.start) range = null;
  } else range = entry.lastRange;
  return range ? { documentId: activeDocumentId, range } : null;
}

/** Draws a document's spans in its pane now, ahead of the window's next render (see ArticleView.preview). */
export function previewSpans(documentId: string, spans: readonly HighlightSpan[], selectedId: string | null): void {
  panes.get(documentId)?.view.preview(spans, selectedId);
}

export function clearSelection(documentId: string): void {
  const entry = panes.get(documentId);
  lastDomSelection = '';
  if (entry) {
    // The selection first: asked after the keyboard marks are redrawn, it would lay out the page.
    entry.view.clearSelection();
    entry.lastRange = null;
    if (entry.kbd) {
      entry.kbd = { anchor: entry.kbd.head, head: entry.kbd.head };
      entry.onKeyboardChange?.();
    }
  }
}

/** Puts the keyboard caret at a text offset (a click in the text). */
export function setCaret(documentId: string, at: number): void {
  const entry = panes.get(documentId);
  if (!entry) return;
  entry.kbd = { anchor: at, head: at };
  activeDocumentId = documentId;
  entry.onKeyboardChange?.();
}

export type CaretMove = 'char' | 'word' | 'sentence' | 'document';

/** Moves the caret (or extends the selection) by a character, a word or a sentence. */
export function moveCaret(
  documentId: string,
  move: CaretMove,
  direction: 1 | -1,
  extend: boolean,
): KeyboardSelection | null {
  const entry = panes.get(documentId);
  if (!entry) return null;
  let kbd = entry.kbd;
  if (entry.mouseAt > entry.kbdAt && entry.lastRange)
    kbd = { anchor: entry.lastRange.start, head: entry.lastRange.end };
  if (!kbd) {
    const at = entry.view.firstVisibleOffset();
    kbd = { anchor: at, head: at };
    if (!extend) {
      entry.kbd = kbd;
      entry.kbdAt = ++clock;
      activeDocumentId = documentId;
      entry.onKeyboardChange?.();
      return kbd;
    }
  }
  const { text } = entry;
  let head = kbd.head;
  if (move === 'char') {
    const step =
      direction === 1
        ? (text.codePointAt(head) ?? 0) > 0xffff
          ? 2
          : 1
        : head >= 2 && /[\udc00-\udfff]/.test(text[head - 1] ?? '')
          ? 2
          : 1;
    head = Math.max(0, Math.min(text.length, head + direction * step));
  } else if (move === 'document') head = direction === 1 ? text.length : 0;
  else if (move === 'word') head = direction === 1 ? nextWordEnd(text, head) : previousWordStart(text, head);
  else {
    if (direction === 1) {
      // A fresh caret at a sentence's start extends over that sentence.
      head = nextSentenceEnd(text, head);
    } else head = previousSentenceStart(text, head);
  }
  entry.kbd = extend ? { anchor: kbd.anchor, head } : { anchor: head, head };
  entry.kbdAt = ++clock;
  activeDocumentId = documentId;
  entry.onKeyboardChange?.();
  scrollCaretIntoView(entry);
  return entry.kbd;
}

function scrollCaretIntoView(entry: PaneEntry): void {
  const kbd = entry.kbd;
  if (!kbd) return;
  requestAnimationFrame(() => {
    const el = entry.view.dom.querySelector('.kbd-caret');
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}

/** The caret's text offset in a pane, if it has one. */
export function caretOffset(documentId: string): number | null {
  return panes.get(documentId)?.kbd?.head ?? null;
}

export function clearKeyboardSelection(documentId: string): void {
  const entry = panes.get(documentId);
  if (!entry?.kbd) return;
  entry.kbd = null;
  entry.onKeyboardChange?.();
}

/**
 * Scrolls a span into the middle of its pane. A long document draws only the highlights near the
 * viewport, so when the span has no element yet, its start offset finds its line.
 */
export function scrollToSpan(
  documentId: string,
  spanId: string,
  behavior: ScrollBehavior = 'smooth',
  start?: number,
): void {
  panes.get(documentId)?.view.scrollToSpan(spanId, start, behavior);
}

export function scrollToOffset(documentId: string, selector: string): void {
  const entry = panes.get(documentId);
  entry?.view.dom.querySelector(selector)?.scrollIntoView({ block: 'center', inline: 'nearest' });
}

/** Text offset of a point in a pane (a click), or null outside its text. */
export function offsetAtPoint(documentId: string, x: number, y: number): number | null {
  const entry = panes.get(documentId);
  if (!entry) return null;
  return entry.view.offsetAtPoint(x, y);
}
