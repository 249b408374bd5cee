import type { Readability as ReadabilityParser } from '@mozilla/readability';
import { decodeHtml } from '../../core/text-extraction/decode-html';
import { finishImport } from '../../core/text-extraction/finish-import';
import { checkMarkup } from '../../core/text-extraction/markup-limits';
import type { ImportedDocument } from '../../core/text-extraction/importable-formats';
import type { ImportNote } from '../../core/model';
import type { Result } from '../../core/result';
import { htmlBlocks } from './html-blocks';
import { inertDom } from './inert-dom';

export interface HtmlMetadata {
  title?: string;
  author?: string;
  outlet?: string;
  published?: string;
}

const clean = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
};

type JsonObject = Record<string, unknown>;

function jsonLdObjects(document: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      objects.push(value as JsonObject);
      const graph = (value as JsonObject)['@graph'];
      if (graph) collect(graph);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is ignored, as browsers do.
    }
  }
  return objects;
}

const nameOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== undefined);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') return clean((value as JsonObject)['name']);
  return undefined;
};

const isUrl = (value: string | undefined): boolean => value !== undefined && /^https?:\/\//i.test(value);

/** Title, author, outlet and publication date as the page states them (meta tags, JSON-LD, `<time>`). */
export function htmlMetadata(document: Document): HtmlMetadata {
  const meta = new Map<string, string>();
  for (const element of document.querySelectorAll('meta[content]')) {
    const key = (
      element.getAttribute('property') ??
      element.getAttribute('name') ??
      element.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = clean(element.getAttribute('content'));
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const ld = jsonLdObjects(document);
  const fromLd = (key: string, read: (v: unknown) => string | undefined = clean): string | undefined => {
    for (const object of ld) {
      const value = read(object[key]);
      if (value) return value;
    }
    return undefined;
  };
  const time = document.querySelector(
    'time[itemprop="datePublished"][datetime], article time[datetime], time[pubdate][datetime], time[datetime]',
  );
  const metaAuthor = [meta.get('author'), meta.get('article:author'), meta.get('dc.creator'), meta.get('byl')].find(
    (a) => a && !isUrl(a),
  );
  const result: HtmlMetadata = {};
  const title = meta.get('og:title') ?? fromLd('headline') ?? clean(document.title);
  const author = metaAuthor ?? fromLd('author', nameOf);
  const outlet = meta.get('og:site_name') ?? fromLd('publisher', nameOf) ?? meta.get('application-name');
  const published =
    meta.get('article:published_time') ??
    fromLd('datePublished') ??
    clean(time?.getAttribute('datetime')) ??
    meta.get('datepublished') ??
    meta.get('pubdate') ??
    meta.get('publishdate') ??
    meta.get('date') ??
    meta.get('dc.date') ??
    meta.get('dcterms.created');
  if (title) result.title = title;
  if (author) result.author = author.replace(/^by\s+/i, '');
  if (outlet) result.outlet = outlet;
  if (published) result.published = published;
  return result;
}

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
  const document = (await inertDom(dropInlineData(html))).window.document;
  const { Readability } = await import('@mozilla/readability');
  const metadata = htmlMetadata(document);
  const headline = clean(document.querySelector('h1')?.textContent);
  const original = document.cloneNode(true) as Document;
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

/** Imports an .html/.htm page: its article's text, one block per line, and its metadata. */
export async function importHtml(fileName: string, bytes: Uint8Array): Promise<Result<ImportedDocument>> {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return decoded;
  const shape = checkMarkup(decoded.value.text, 'html', 'The page');
  if (!shape.ok) return shape;
  const { lines, metadata, notes } = await htmlArticle(decoded.value.text);
  return finishImport(fileName, {
    format: 'html',
    encoding: decoded.value.encoding,
    text: lines.join('\n'),
    notes: [...decoded.value.notes, ...notes],
    ...metadata,
  });
}
