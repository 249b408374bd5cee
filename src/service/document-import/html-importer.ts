import type { Readability as ReadabilityParser } from '@mozilla/readability';
import { decodeHtml } from '../../core/text-extraction/decode-html';
import { finishImport } from '../../core/text-extraction/finish-import';
import { checkMarkup } from '../../core/text-extraction/markup-limits';
import type { ImportedDocument } from '../../core/text-extraction/importable-formats';
import type { ImportNote } from '../../core/model';
import type { Result } from '../../core/result';
import { htmlBlocks } from './html-blocks';
import { cleanText as clean, htmlMetadata, htmlPageFacts, type HtmlMetadata } from './html-metadata';
import { inertDom } from './inert-dom';
import { LONG_PAGE_BYTES, longPageLines, type LongPage } from './long-html-page';

export interface HtmlArticle {
  lines: string[];
  metadata: HtmlMetadata;
  notes: ImportNote[];
}

/**
 * Inline data in attributes and CSS (`src="data:image/png;base64,…"`, `url(data:…)`) is never
 * text, and it is slow for jsdom: a 30 MB data: URL takes seconds to parse and seconds more each
 * time Readability reads `img.src` (minutes in all). A long one becomes an empty data: URL first.
 */
const DATA_URL = /(?:=\s*["']?\s*|url\(\s*["']?\s*)data:/gi;
const DATA_URL_END = /["'<>)]/g;
export function dropInlineData(html: string): string {
  const parts: string[] = [];
  let kept = 0;
  for (let m = DATA_URL.exec(html); m; m = DATA_URL.exec(html)) {
    const from = m.index + m[0].length;
    DATA_URL_END.lastIndex = from;
    const end = DATA_URL_END.exec(html)?.index ?? html.length;
    if (end - from >= 1024) {
      parts.push(html.slice(kept, from), ',');
      kept = end;
    }
    DATA_URL.lastIndex = Math.max(end, from);
  }
  DATA_URL.lastIndex = 0;
  return kept === 0 ? html : parts.join('') + html.slice(kept);
}

/** The article of an HTML page, as lines, with its metadata. */
export async function htmlArticle(html: string): Promise<HtmlArticle> {
  const markup = dropInlineData(html);
  const document = (await inertDom(markup)).window.document;
  const { Readability } = await import('@mozilla/readability');
  const metadata = htmlMetadata(htmlPageFacts(document));
  const headline = clean(document.querySelector('h1')?.textContent);
  const notes: ImportNote[] = [];
  let lines: string[] = [];
  let article: ReturnType<ReadabilityParser<Node>['parse']> = null;
  try {
    article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    article = null;
  }
  if (article?.content) lines = htmlBlocks(article.content);
  if (lines.length > 0) {
    notes.push({
      kind: 'markup',
      message: 'The article was extracted from the page; markup, scripts and page navigation were left out.',
    });
  } else {
    // Readability changed the document: the page is parsed again (rather than copied beforehand, which
    // doubled the memory of every page).
    const original = (await inertDom(markup)).window.document;
    lines = original.body ? htmlBlocks(original.body) : [];
    notes.push({
      kind: 'markup',
      message: 'No article stood out on the page; all of its text was kept, without markup or scripts.',
    });
  }
  if (headline && !lines.slice(0, 5).includes(headline)) lines.unshift(headline);
  const title = clean(article?.title) ?? headline ?? metadata.title;
  const merged: HtmlMetadata = { ...metadata };
  if (title) merged.title = title;
  merged.author ??= clean(article?.byline)?.replace(/^by\s+/i, '');
  merged.outlet ??= clean(article?.siteName);
  merged.published ??= clean(article?.publishedTime);
  return { lines, metadata: merged, notes };
}

/** A long page's text and metadata (see longPageLines), read without a DOM. */
function longPageText(page: LongPage): { text: string; metadata: HtmlMetadata; notes: ImportNote[] } {
  const metadata = htmlMetadata(page.facts);
  // As for a shorter page: the headline before the metadata's title.
  if (page.headline) metadata.title = page.headline;
  const kept =
    page.scope === null
      ? 'all of its text was kept, without markup or scripts'
      : `only its <${page.scope}> element was kept, without markup or scripts`;
  return {
    text: page.lines.text(),
    metadata,
    notes: [
      {
        kind: 'markup',
        message: `The page has more than ${LONG_PAGE_BYTES / 1000} KB of text (about 30,000 words), so it was read without the article detection shorter pages get; ${kept}.`,
      },
    ],
  };
}

/** Imports an .html/.htm page: its article's text, one block per line, and its metadata. */
export async function importHtml(fileName: string, bytes: Uint8Array): Promise<Result<ImportedDocument>> {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return decoded;
  const shape = checkMarkup(decoded.value.text, 'html', 'The page');
  if (!shape.ok) return shape;
  const long = longPageLines(decoded.value.text);
  const { text, metadata, notes } = long
    ? longPageText(long)
    : await htmlArticle(decoded.value.text).then((article) => ({ ...article, text: article.lines.join('\n') }));
  return finishImport(fileName, {
    format: 'html',
    encoding: decoded.value.encoding,
    text,
    notes: [...decoded.value.notes, ...notes],
    ...metadata,
  });
}
