/** The reader's selection, by text offsets for its ends inside a text, to put back after a repaint. */
export interface SavedSelection {
  readonly anchorNode: Node;
  readonly anchorOffset: number;
  readonly focusNode: Node;
  readonly focusOffset: number;
  readonly anchor: number | null;
  readonly focus: number | null;
}

interface TextDom {
  readonly dom: Node;
  offsetOf(node: Node, offset: number): number | null;
  pointAt(offset: number): { node: Node; offset: number };
}

/** The document's selection when an end of it is in `text`, else null. */
export function saveSelection(text: TextDom): SavedSelection | null {
  const selection = document.getSelection();
  if (!selection || !selection.anchorNode || !selection.focusNode) return null;
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection;
  const inside = (node: Node): boolean => text.dom.contains(node);
  if (!inside(anchorNode) && !inside(focusNode)) return null;
  return {
    anchorNode,
    anchorOffset,
    focusNode,
    focusOffset,
    anchor: inside(anchorNode) ? text.offsetOf(anchorNode, anchorOffset) : null,
    focus: inside(focusNode) ? text.offsetOf(focusNode, focusOffset) : null,
  };
}

/** Puts the selection back where a repaint removed the nodes it was in. */
export function restoreSelection(text: TextDom, saved: SavedSelection): void {
  if (saved.anchorNode.isConnected && saved.focusNode.isConnected) return;
  const a = saved.anchor === null ? { node: saved.anchorNode, offset: saved.anchorOffset } : text.pointAt(saved.anchor);
  const f = saved.focus === null ? { node: saved.focusNode, offset: saved.focusOffset } : text.pointAt(saved.focus);
  try {
    document.getSelection()?.setBaseAndExtent(a.node, a.offset, f.node, f.offset);
  } catch {
    // A point that left the document: the selection is gone, as it would be after any redraw.
  }
}
