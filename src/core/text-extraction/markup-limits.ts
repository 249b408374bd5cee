import { fail, ok, type Result } from '../result';

/**
 * How deep and how much markup a page may hold before it is parsed. jsdom's tree building costs
 * time proportional to each node's depth (it walks the ancestors on every insertion, and the HTML
 * parser checks the stack of open elements), so 100,000 nested `<div>`s (a 600 KB file) take
 * minutes and then overflow the stack, and 100,000 elements 500 levels deep take as long. Browsers
 * cap the depth too (Chromium at 512). Real articles are a few dozen levels deep and a few
 * thousand elements long; these limits are far above that.
 */
export const MARKUP_LIMITS = { maxDepth: 1_000, maxWork: 5_000_000 };

export interface MarkupShape {
  /** The deepest nesting of elements, as the parser would build it (estimated in one linear pass). */
  depth: number;
  /** The sum, over every start tag, of its depth: what building the tree costs. */
  work: number;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'basefont',
  'bgsound',
  'frame',
  'image',
]);
/** HTML elements the parser closes on its own when a sibling starts: they do not nest. */
const IMPLIED_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rtc',
  'rp',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
]);
/** HTML elements whose content is text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const NAME_CHAR = /[^\s/>]/;

/**
 * The nesting of a page's elements, read in one pass without building a tree: `html` as an HTML
 * parser reads it (void elements, elements closed implicitly, raw-text elements, `/>` only in SVG
 * and MathML), `xml` as an XML parser does (`/>` closes any element). End tags close only elements
 * that are open, so stray end tags cannot hide depth.
 */
export function markupShape(markup: string, mode: 'html' | 'xml'): MarkupShape {
  const n = markup.length;
  const stack: string[] = [];
  const open = new Map<string, number>();
  let foreign = 0;
  let depth = 0;
  let work = 0;
  let i = 0;
  const push = (name: string): void => {
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (name === 'svg' || name === 'math') foreign++;
    depth = Math.max(depth, stack.length);
    work += stack.length;
  };
  const close = (name: string): void => {
    if (!open.get(name)) return;
    for (;;) {
      const top = stack.pop()!;
      open.set(top, open.get(top)! - 1);
      if (top === 'svg' || top === 'math') foreign--;
      if (top === name) return;
    }
  };
  while (i < n) {
    const lt = markup.indexOf('<', i);
    if (lt < 0) break;
    i = lt + 1;
    if (markup.startsWith('<!--', lt)) {
      const end = markup.indexOf('-->', lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    if (markup.startsWith('<![CDATA[', lt)) {
      const end = markup.indexOf(']]>', lt + 9);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    if (markup[lt + 1] === '!' || markup[lt + 1] === '?') {
      const end = markup.indexOf('>', lt);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    const closing = markup[lt + 1] === '/';
    let j = lt + (closing ? 2 : 1);
    if (!/[A-Za-z]/.test(markup[j] ?? '')) continue;
    const start = j;
    while (j < n && NAME_CHAR.test(markup[j]!)) j++;
    const name = mode === 'html' ? markup.slice(start, j).toLowerCase() : markup.slice(start, j);
    // The tag runs to the first ">" outside a quoted attribute value (a quote counts only after "=").
    let afterEquals = false;
    let selfClosing = false;
    for (; j < n; j++) {
      const c = markup[j]!;
      if (c === '>') break;
      if (afterEquals && (c === '"' || c === "'")) {
        const end = markup.indexOf(c, j + 1);
        j = end < 0 ? n : end;
        afterEquals = false;
        selfClosing = false;
        continue;
      }
      if (c === '=') afterEquals = true;
      else if (!/\s/.test(c)) afterEquals = false;
      selfClosing = c === '/';
    }
    i = j + 1;
    if (closing) {
      close(name);
      continue;
    }
    if (mode === 'xml') {
      if (!selfClosing) push(name);
      continue;
    }
    if (VOID.has(name) || IMPLIED_END.has(name) || (selfClosing && foreign > 0)) {
      work += stack.length + 1;
      continue;
    }
    push(name);
    if (foreign === 0 && RAW_TEXT.has(name)) {
      const end = indexOfEndTag(markup, name, i);
      close(name);
      if (end < 0) break;
      i = end;
    } else if (foreign === 0 && name === 'plaintext') break;
  }
  return { depth, work };
}

/** Where `</name` starts (any case) at or after `from`, or -1. */
function indexOfEndTag(markup: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}[\\s/>]`, 'ig');
  pattern.lastIndex = from;
  return pattern.exec(markup)?.index ?? -1;
}

/** Refuses markup too deeply nested, or too large for its depth, to parse in reasonable time. */
export function checkMarkup(
  markup: string,
  mode: 'html' | 'xml',
  what: string,
  limits = MARKUP_LIMITS,
): Result<MarkupShape> {
  const shape = markupShape(markup, mode);
  if (shape.depth > limits.maxDepth) {
    return fail(
      'too-deep',
      `${what} has elements nested ${shape.depth.toLocaleString('en-US')} levels deep; Collate reads markup nested up to ${limits.maxDepth.toLocaleString('en-US')} levels (deeper markup is damaged or hostile).`,
    );
  }
  if (shape.work > limits.maxWork) {
    return fail(
      'too-much-markup',
      `${what} holds too many deeply nested elements to read in reasonable time; Collate refuses it (the markup is damaged or hostile).`,
    );
  }
  return ok(shape);
}
