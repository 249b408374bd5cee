/** Formatting tags a note may keep (what the note editor writes, plus harmless ones imports carry). */
const ALLOWED = new Set([
  'p',
  'br',
  'hr',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
]);
const VOID = new Set(['br', 'hr']);
/** Elements whose content is dropped with them, not kept as text. */
const DROP_CONTENT = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'noscript',
  'noembed',
  'noframes',
  'textarea',
  'title',
  'xmp',
  'plaintext',
  'svg',
  'math',
  'select',
  'frameset',
]);
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  tab: '\t',
  newline: '\n',
};

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const hex = name[1] === 'x' || name[1] === 'X';
      const code = hex ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** The link address when it is http(s) or mailto, else undefined (javascript:, data:, relative…). */
function safeHref(raw: string): string | undefined {
  const href = decodeEntities(raw).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(href)?.[1]?.toLowerCase();
  return scheme && SAFE_SCHEMES.has(scheme) ? href : undefined;
}

interface Tag {
  name: string;
  closing: boolean;
  attributes: Map<string, string>;
  /** Index just past the tag's `>` (or the end of the input). */
  end: number;
}

/** Reads the tag that starts at `html[at] === '<'`, or undefined when `<` does not start a tag. */
function readTag(html: string, at: number): Tag | undefined {
  const head = /^<(\/?)([a-z][^\s/>]*)/i.exec(html.slice(at, at + 64));
  if (!head) return undefined;
  const attributes = new Map<string, string>();
  const attribute = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?|\s*\/|\s+/y;
  let i = at + head[0].length;
  while (i < html.length && html[i] !== '>') {
    attribute.lastIndex = i;
    const m = attribute.exec(html);
    if (!m || m[0].length === 0) {
      i += 1;
      continue;
    }
    if (m[1] !== undefined) {
      const name = m[1].toLowerCase();
      if (!attributes.has(name)) attributes.set(name, m[2] ?? m[3] ?? m[4] ?? '');
    }
    i += m[0].length;
  }
  return { name: head[2]!.toLowerCase(), closing: head[1] === '/', attributes, end: Math.min(i + 1, html.length) };
}

function openTag(tag: Tag): string {
  if (tag.name === 'a') {
    const href = safeHref(tag.attributes.get('href') ?? '');
    return href === undefined ? '<a>' : `<a href="${escapeAttribute(href)}" rel="noopener noreferrer nofollow">`;
  }
  if (tag.name === 'ol') {
    const start = tag.attributes.get('start') ?? '';
    return /^\d{1,9}$/.test(start) ? `<ol start="${start}">` : '<ol>';
  }
  return `<${tag.name}>`;
}

/** Where the dropped element that ends with `</name` closes, or the end of the input. */
function skipContent(html: string, from: number, name: string): number {
  const close = new RegExp(`</${name}(?=[\\s/>]|$)`, 'ig');
  close.lastIndex = from;
  const m = close.exec(html);
  if (!m) return html.length;
  const gt = html.indexOf('>', m.index);
  return gt < 0 ? html.length : gt + 1;
}

/**
 * Keeps only the formatting a note may carry: an allow-list of tags, no attributes but a link's
 * http/https/mailto address (and a list's start), text re-escaped, comments and scripts dropped,
 * tags balanced. Pure string work, safe on malformed markup; sanitising its own output changes nothing.
 */
export function sanitizeNoteHtml(html: string): string {
  const out: string[] = [];
  const open: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) out.push(escapeText(decodeEntities(html.slice(i, textEnd))));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      out.push('&lt;');
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (DROP_CONTENT.has(tag.name)) {
      if (!tag.closing) i = skipContent(html, i, tag.name);
    } else if (ALLOWED.has(tag.name)) {
      if (tag.closing) {
        const at = open.lastIndexOf(tag.name);
        if (at >= 0) while (open.length > at) out.push(`</${open.pop()!}>`);
      } else {
        out.push(openTag(tag));
        if (!VOID.has(tag.name)) open.push(tag.name);
      }
    }
  }
  while (open.length > 0) out.push(`</${open.pop()!}>`);
  return out.join('');
}
