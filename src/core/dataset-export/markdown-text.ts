/** Escapes text for a Markdown table cell or line: no HTML, no table breaks, no line breaks. */
export function markdownText(value: string): string {
  return value
    .replace(/[\\`*_[\]|<>#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/\r\n|\r|\n/g, ' ');
}
