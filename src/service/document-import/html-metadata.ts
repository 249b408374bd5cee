export interface HtmlMetadata {
  title?: string;
  author?: string;
  outlet?: string;
  published?: string;
}

/** What a page states about itself, as read from a DOM (htmlPageFacts) or from a stream of its tags. */
export interface HtmlPageFacts {
  /** `<meta>` tags with content: key (property, name or itemprop), content, in document order. */
  metas: Array<{ key: string; content: string }>;
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** The `<title>`'s text. */
  title: string;
  /** The `datetime` of the first `<time>` that has one. */
  time?: string;
}

/** White space collapsed and trimmed; undefined for what is not a string or holds no text. */
export const cleanText = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
};

type JsonObject = Record<string, unknown>;

function jsonLdObjects(blocks: string[]): JsonObject[] {
  const objects: JsonObject[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      objects.push(value as JsonObject);
      const graph = (value as JsonObject)['@graph'];
      if (graph) collect(graph);
    }
  };
  for (const block of blocks) {
    try {
      collect(JSON.parse(block));
    } catch {
      // A broken JSON-LD block is ignored, as browsers do.
    }
  }
  return objects;
}

const nameOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== undefined);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') return cleanText((value as JsonObject)['name']);
  return undefined;
};

const isUrl = (value: string | undefined): boolean => value !== undefined && /^https?:\/\//i.test(value);

/** The facts htmlMetadata reads, from a page's DOM. */
export function htmlPageFacts(document: Document): HtmlPageFacts {
  const metas: HtmlPageFacts['metas'] = [];
  for (const element of document.querySelectorAll('meta[content]')) {
    const key = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
    metas.push({ key: key ?? '', content: element.getAttribute('content') ?? '' });
  }
  const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
  const facts: HtmlPageFacts = { metas, jsonLd, title: document.title };
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  if (time != null) facts.time = time;
  return facts;
}

/** Title, author, outlet and publication date as the page states them (meta tags, JSON-LD, `<time>`). */
export function htmlMetadata(facts: HtmlPageFacts): HtmlMetadata {
  const meta = new Map<string, string>();
  for (const { key, content } of facts.metas) {
    const cleaned = cleanText(content);
    const name = key.toLowerCase();
    if (name && cleaned && !meta.has(name)) meta.set(name, cleaned);
  }
  const ld = jsonLdObjects(facts.jsonLd);
  const fromLd = (key: string, read: (v: unknown) => string | undefined = cleanText): string | undefined => {
    for (const object of ld) {
      const value = read(object[key]);
      if (value) return value;
    }
    return undefined;
  };
  const metaAuthor = [meta.get('author'), meta.get('article:author'), meta.get('dc.creator'), meta.get('byl')].find(
    (a) => a && !isUrl(a),
  );
  const result: HtmlMetadata = {};
  const title = meta.get('og:title') ?? fromLd('headline') ?? cleanText(facts.title);
  const author = metaAuthor ?? fromLd('author', nameOf);
  const outlet = meta.get('og:site_name') ?? fromLd('publisher', nameOf) ?? meta.get('application-name');
  const published =
    meta.get('article:published_time') ??
    fromLd('datePublished') ??
    cleanText(facts.time) ??
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
