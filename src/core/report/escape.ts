/** Control characters (other than tab, LF, CR) that have no place in an HTML or Markdown document. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML character data or attribute value: markup characters escaped, control characters replaced. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, '\uFFFD').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

function markdownEscape(text: string): string {
  return text.replace(CONTROL, '\uFFFD').replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`);
}

/**
 * Text for one Markdown line (a heading, a list item, a paragraph): every character that could make
 * markup, a table cell break, a code span or raw HTML is escaped; tabs and line breaks become spaces.
 */
export function markdownInline(text: string): string {
  return markdownEscape(text.replace(/\r\n|\r|\n|\t/g, ' ').trim())
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+])/, '\\$1');
}

/** Text for a Markdown table cell: as `markdownInline`, but line breaks are kept as `<br>`. */
export function markdownCell(text: string): string {
  return text
    .replace(/\t/g, ' ')
    .trim()
    .split(/\r\n|\r|\n/)
    .map(markdownEscape)
    .join('<br>');
}
