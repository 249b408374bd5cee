import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS, collapseHtmlSpace } from '../../core/text-extraction/html-elements';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * The text of an HTML subtree as lines: each paragraph, heading, list item or other block is
 * one line, `<br>` starts a new line, `<pre>` keeps its lines, and scripts, styles, frames,
 * embedded objects, form controls and hidden elements contribute nothing. Only text nodes are
 * read, so attributes (event handlers included) can never reach the text.
 */
export function htmlBlocks(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = collapseHtmlSpace(current);
    if (line !== '') lines.push(line);
    current = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    if (SKIPPED_ELEMENTS.has(tag) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true')
      return;
    if (tag === 'br') {
      flush();
      return;
    }
    if (tag === 'pre') {
      flush();
      for (const line of (element.textContent ?? '').split('\n'))
        if (line.trim() !== '') lines.push(line.replace(/\s+$/, ''));
      return;
    }
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) flush();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return lines;
}
