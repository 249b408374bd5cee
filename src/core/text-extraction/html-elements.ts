/** How HTML's elements shape plain text: shared by the HTML page reader (a DOM) and the EPUB chapter reader (a stream). */

/** Elements that start and end a line of text. */
export const BLOCK_ELEMENTS = new Set([
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
export const SKIPPED_ELEMENTS = new Set([
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

const SPACE_TO_COLLAPSE = /[\t\n\r\f]| {2}/;

/**
 * HTML's collapsible white space is ASCII only; a no-break space stays. Text whose spaces are all
 * single already (most of it) is only trimmed, without rebuilding it space by space.
 */
export const collapseHtmlSpace = (text: string): string =>
  (SPACE_TO_COLLAPSE.test(text) ? text.replace(/[ \t\n\r\f]+/g, ' ') : text).trim();
