/** Elements that start and end a line of text. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is never text of the article: code, embedded content, form controls. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'area',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'input',
  'img',
  'picture',
  'param',
  'datalist',
  'output',
  'dialog',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** HTML's collapsible white space is ASCII only; a no-break space stays. */
const collapse = (text: string): string => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

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
    const line = collapse(current);
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
    if (SKIP.has(tag) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return;
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
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return lines;
}
