/** Offsets within one paragraph of the article text, to and from DOM points. */

/** Characters of the paragraph's text before a DOM point inside it. */
export function offsetInLine(p: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(p, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The DOM point (a text node and an offset in it) at a character offset of the paragraph's text. */
export function pointInLine(p: Node, local: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (local <= seen + n.data.length) return { node: n, offset: local - seen };
    seen += n.data.length;
    last = n;
  }
  return last ? { node: last, offset: last.data.length } : { node: p, offset: 0 };
}
