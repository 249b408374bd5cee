import type { EditorView } from '@tiptap/pm/view';
import { posToText, type LineIndex } from './offsets';
import { trimRange } from '../state/annotation-list';

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

interface PaneEntry {
  readonly view: EditorView;
  readonly index: LineIndex;
  readonly text: string;
  /** The last non-empty text selection made in this pane, kept while focus moves to a toolbar. */
  lastRange: TextRange | null;
}

/**
 * The mounted editors by document id, and which pane the user last selected text in. Selection
 * lives here rather than in app state: it changes on every mouse move and nothing re-renders on it.
 */
const panes = new Map<string, PaneEntry>();
let activeDocumentId: string | null = null;

export function registerPane(documentId: string, view: EditorView, index: LineIndex, text: string): () => void {
  const entry: PaneEntry = { view, index, text, lastRange: null };
  panes.set(documentId, entry);
  return () => {
    if (panes.get(documentId) === entry) panes.delete(documentId);
    if (activeDocumentId === documentId && !panes.has(documentId)) activeDocumentId = null;
  };
}

/** Maps a DOM range to text offsets in a pane; ends outside the pane clamp to its start or end. */
export function domRangeToText(entry: Pick<PaneEntry, 'view' | 'index'>, range: Range): TextRange | null {
  const { view, index } = entry;
  const dom = view.dom;
  try {
    const from = dom.contains(range.startContainer) ? view.posAtDOM(range.startContainer, range.startOffset) : 0;
    const to = dom.contains(range.endContainer)
      ? view.posAtDOM(range.endContainer, range.endOffset)
      : view.state.doc.content.size;
    const start = posToText(index, from);
    const end = posToText(index, to);
    return end > start ? { start, end } : null;
  } catch {
    return null;
  }
}

function onSelectionChange(): void {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const range = selection.getRangeAt(0);
  let chosen: [string, PaneEntry] | null = null;
  for (const pair of panes) {
    const dom = pair[1].view.dom;
    if (!range.intersectsNode(dom)) continue;
    if (!chosen || (selection.anchorNode && dom.contains(selection.anchorNode))) chosen = pair;
  }
  if (!chosen) return;
  const [documentId, entry] = chosen;
  activeDocumentId = documentId;
  if (range.collapsed) {
    entry.lastRange = null;
    return;
  }
  const mapped = domRangeToText(entry, range);
  if (!mapped) return;
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

/** The selection to tag: in the pane the user last selected in. */
export function currentSelection(): { documentId: string; range: TextRange } | null {
  // selectionchange arrives as a later task: read the live selection too, in case it is newer.
  onSelectionChange();
  if (!activeDocumentId) return null;
  const range = panes.get(activeDocumentId)?.lastRange;
  return range ? { documentId: activeDocumentId, range } : null;
}

export function clearSelection(documentId: string): void {
  const entry = panes.get(documentId);
  if (entry) entry.lastRange = null;
  const selection = document.getSelection();
  if (selection && selection.rangeCount > 0 && entry && selection.getRangeAt(0).intersectsNode(entry.view.dom)) {
    selection.removeAllRanges();
  }
}

export function scrollToSpan(documentId: string, spanId: string): void {
  const entry = panes.get(documentId);
  const el = entry?.view.dom.querySelector(`[data-span-id="${CSS.escape(spanId)}"]`);
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
}
