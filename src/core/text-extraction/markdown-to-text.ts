import { Lexer, type Token, type Tokens } from 'marked';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((t) => {
      switch (t.type) {
        case 'br':
          return '\n';
        case 'html':
        case 'image':
          return '';
        case 'codespan':
          return (t as Tokens.Codespan).text;
        case 'escape':
          return (t as Tokens.Escape).text;
        default:
          if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length > 0) return inlineText(t.tokens);
          return decodeEntities('text' in t && typeof t.text === 'string' ? t.text : '');
      }
    })
    .join('');
}

function blockLines(token: Token): string[] {
  switch (token.type) {
    case 'heading':
    case 'paragraph':
      return [
        inlineText((token as Tokens.Paragraph).tokens)
          .replace(/\n(?!$)/g, ' ')
          .trim(),
      ];
    case 'text':
      return [inlineText((token as Tokens.Text).tokens ?? [token]).trim()];
    case 'code':
      return (token as Tokens.Code).text.split('\n');
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.flatMap(blockLines);
    case 'list':
      return (token as Tokens.List).items.flatMap((item) => item.tokens.flatMap(blockLines));
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]): string => cells.map((c) => inlineText(c.tokens)).join('\t');
      return [row(table.header), ...table.rows.map(row)];
    }
    case 'html':
      return [decodeEntities((token as Tokens.HTML).text.replace(/<[^>]*>/g, '')).trim()];
    default:
      return [];
  }
}

/** Renders Markdown to plain text: one line per block, markup removed, words kept exactly. */
export function markdownToText(markdown: string): string {
  return new Lexer({ gfm: true })
    .lex(markdown)
    .flatMap(blockLines)
    .filter((line) => line.trim() !== '')
    .join('\n');
}
