import { Parser } from 'htmlparser2';
import { collapseHtmlSpace } from '../../core/text-extraction/html-elements';
import { TextLines } from '../../core/text-extraction/text-lines';
import { XhtmlText } from '../../core/text-extraction/xhtml-text';
import type { HtmlPageFacts } from './html-metadata';

/**
 * A page with more text than this, in UTF-8 bytes (about 30,000 words, several times the longest
 * news article), is read as a stream, without a DOM: jsdom and Readability hold tens of times the
 * page's text.
 */
export const LONG_PAGE_BYTES = 200_000;

type Scope = 'article' | 'main' | null;

export interface LongPage {
  lines: TextLines;
  /** The element whose text was kept ('article', 'main'), or null for the whole body. */
  scope: Scope;
  /** The first `<h1>`'s text; it comes first in the lines when it preceded the kept element. */
  headline?: string;
  /** What the page states about itself (its metadata). */
  facts: HtmlPageFacts;
}

/** Where the lines go: kept, or only counted. */
type LineSink = Pick<TextLines, 'push' | 'size'>;

/** Counts the UTF-8 bytes of the lines pushed, as TextLines does, keeping none. */
class LineCounter implements LineSink {
  size = 0;
  push(line: string): void {
    this.size += Buffer.byteLength(line) + 1;
  }
}

/** The element a long page's text is taken from: its first `<article>`, else its first `<main>`. */
const scopeOf = (html: string): Scope =>
  /<article[\s>]/i.test(html) ? 'article' : /<main[\s>]/i.test(html) ? 'main' : null;

/**
 * Streams a page through htmlparser2 (as a browser tokenizes it: void elements, implied end tags,
 * raw text in scripts) into `lines`, with the block and skipping rules of the EPUB chapter reader,
 * keeping only the text inside the first element named `scope` (all of it when `scope` is null).
 * Returns the first `<h1>`'s text and the page's metadata.
 */
function streamLines(html: string, scope: Scope, lines: LineSink): Omit<LongPage, 'lines' | 'scope'> {
  const reader = new XhtmlText(lines);
  const facts: HtmlPageFacts = { metas: [], jsonLd: [], title: '' };
  /** The text of the element being read for the facts (`<title>`, a JSON-LD script), when one is. */
  let factText: string[] | null = null;
  let titleRead = false;
  let depth = 0;
  let scopeDepth = scope === null ? 0 : -1;
  let done = false;
  let headline: string | undefined;
  let h1Depth = -1;
  let h1Text: string[] = [];
  const inScope = (): boolean => scopeDepth >= 0 && !done;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth++;
        if (name === 'meta' && 'content' in attributes) {
          const key = attributes['property'] ?? attributes['name'] ?? attributes['itemprop'] ?? '';
          facts.metas.push({ key, content: attributes['content'] ?? '' });
        } else if (name === 'time' && facts.time === undefined && 'datetime' in attributes)
          facts.time = attributes['datetime'] ?? '';
        else if (
          (name === 'title' && !titleRead) ||
          (name === 'script' && attributes['type'] === 'application/ld+json')
        )
          factText = [];
        if (headline === undefined && h1Depth < 0 && name === 'h1') h1Depth = depth;
        if (!done && scopeDepth < 0 && name === scope) {
          scopeDepth = depth;
          if (headline !== undefined) lines.push(headline);
        }
        if (inScope()) reader.open(name, attributes);
      },
      onclosetag(name) {
        if (factText !== null && (name === 'title' || name === 'script')) {
          if (name === 'title') [facts.title, titleRead] = [factText.join(''), true];
          else facts.jsonLd.push(factText.join(''));
          factText = null;
        }
        if (inScope()) reader.close(name);
        if (depth === scopeDepth && scope !== null) {
          done = true;
          reader.end();
        }
        if (depth === h1Depth) {
          headline = collapseHtmlSpace(h1Text.join('')) || undefined;
          h1Depth = -1;
          h1Text = [];
        }
        depth--;
      },
      ontext(text) {
        factText?.push(text);
        if (h1Depth >= 0) h1Text.push(text);
        if (inScope()) reader.text(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (!done) reader.end();
  return headline === undefined ? { facts } : { facts, headline };
}

/** Reads a page's text into new lines (see streamLines). */
function readPage(html: string, scope: Scope): LongPage {
  const lines = new TextLines();
  return { lines, scope, ...streamLines(html, scope, lines) };
}

/**
 * A long page's text as lines, read without a DOM; null for a page with less text than
 * LONG_PAGE_BYTES, which is read with Readability. Its first `<article>` (else `<main>`) stands
 * for the article Readability would find: only its text is kept when it holds at least half of
 * the page's. The page is read twice or three times (cheap), never holding two copies of its text.
 */
export function longPageLines(html: string): LongPage | null {
  const counted = new LineCounter();
  streamLines(html, null, counted);
  if (counted.size < LONG_PAGE_BYTES) return null;
  const scope = scopeOf(html);
  if (scope !== null) {
    const scoped = readPage(html, scope);
    if (scoped.lines.size * 2 >= counted.size) return scoped;
  }
  return readPage(html, null);
}
