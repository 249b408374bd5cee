/**
 * The compare dev set: stand-off annotations (eval/compare-dev/annotations.json) over PolNeAR
 * articles. Articles are referenced by path and sha256 of their text; spans by code-point offsets
 * and a short hash of the words they cover (`quote`), so no corpus text is committed. The words are
 * read from the article on load and checked against the hash; offsets become UTF-16 indices.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OffsetIndex } from '../src/core/offsets';
import { parseAnn, type GoldSpan } from './polnear';

export type DevKind = 'value' | 'precision' | 'date' | 'source' | 'attribution' | 'hedging' | 'contradiction';

export interface DevSpan {
  article: string;
  start: number;
  end: number;
  text: string;
}
export interface DevMember extends DevSpan {
  id: string;
  group: string;
  source?: DevSpan;
}
export interface DevDiscrepancy {
  group: string;
  kind: DevKind;
  detail: string;
  a: DevSpan & { member: string };
  b: DevSpan & { member: string };
}
export interface DevArticle {
  key: string;
  path: string;
  text: string;
  published: string;
  /** PolNeAR's own attribution annotation of the article (first annotator): sources and contents. */
  polnear: GoldSpan[];
}
export interface DevSet {
  articles: DevArticle[];
  groups: Array<{ id: string; cluster: string; statement: string; members: DevMember[] }>;
  discrepancies: DevDiscrepancy[];
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
/** What a span stores instead of the words it covers. */
export const quoteHash = (text: string): string => sha256(text).slice(0, 16);

/** A span as stored: offsets and the hash of its words. */
type StoredSpan = Omit<DevSpan, 'text'> & { quote: string };

/** `dev/breitbart_2016-10-03_…` → the text of dev/text/breitbart_2016-10-03_….txt */
export function articleText(root: string, path: string): string {
  const [split, name] = path.split('/');
  return readFileSync(join(root, split!, 'text', `${name}.txt`), 'utf8');
}

function annotation(root: string, path: string, text: string): GoldSpan[] {
  const [split, name] = path.split('/');
  const dir = join(root, split!, 'attributions');
  const file = readdirSync(dir)
    .filter((f) => f.startsWith(`${name}_`) && f.endsWith('.ann'))
    .sort()[0];
  return file ? parseAnn(readFileSync(join(dir, file), 'utf8'), text) : [];
}

export const DEV_FILE = join(dirname(new URL(import.meta.url).pathname), 'compare-dev', 'annotations.json');

/** Loads and checks the dev set; undefined when the corpus is absent. Throws on any mismatch. */
export function loadCompareDev(root: string, file = DEV_FILE): DevSet | undefined {
  if (!existsSync(root)) return undefined;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as {
    articles: Array<{ key: string; path: string; sha256: string }>;
    groups: Array<{
      id: string;
      cluster: string;
      statement: string;
      members: Array<StoredSpan & { id: string; source?: Omit<StoredSpan, 'article'> }>;
    }>;
    discrepancies: Array<{
      group: string;
      kind: DevKind;
      detail: string;
      a: StoredSpan & { member: string };
      b: StoredSpan & { member: string };
    }>;
  };
  const articles = new Map<string, DevArticle & { index: OffsetIndex }>();
  for (const a of raw.articles) {
    const text = articleText(root, a.path);
    if (sha256(text) !== a.sha256) throw new Error(`compare-dev: ${a.path} is not the text annotated (sha256 differs)`);
    const published = /_(\d{4}-\d{2}-\d{2})_/.exec(a.path)?.[1] ?? '';
    articles.set(a.key, {
      key: a.key,
      path: a.path,
      text,
      published,
      polnear: annotation(root, a.path, text),
      index: new OffsetIndex(text),
    });
  }
  const check = <T extends StoredSpan>({ quote, ...s }: T, where: string): Omit<T, 'quote'> & DevSpan => {
    const a = articles.get(s.article);
    if (!a) throw new Error(`compare-dev: ${where} names an unknown article "${s.article}"`);
    const start = a.index.toUtf16(s.start);
    const end = a.index.toUtf16(s.end);
    const text = a.text.slice(start, end);
    if (quoteHash(text) !== quote) {
      throw new Error(
        `compare-dev: ${where}: ${a.path} [${s.start},${s.end}) reads "${text}", not the words annotated`,
      );
    }
    return { ...s, start, end, text };
  };
  const groups = raw.groups.map((g) => ({
    ...g,
    members: g.members.map((m) => {
      const { source, ...span } = m;
      return {
        ...check(span, `member ${m.id}`),
        group: g.id,
        ...(source ? { source: check({ ...source, article: m.article }, `source of ${m.id}`) } : {}),
      };
    }),
  }));
  const discrepancies = raw.discrepancies.map((d, i) => ({
    ...d,
    a: check(d.a, `discrepancy ${i + 1} side a`),
    b: check(d.b, `discrepancy ${i + 1} side b`),
  }));
  return { articles: [...articles.values()].map(({ index: _index, ...a }) => a), groups, discrepancies };
}
