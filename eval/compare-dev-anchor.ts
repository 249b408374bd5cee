/**
 * `tsx eval/compare-dev-anchor.ts <draft.json> > eval/compare-dev/annotations.json`
 * Turns an annotator's draft (members and discrepancy sides given by their exact text) into the
 * stand-off dev set: each quote is located in its PolNeAR article and stored as code-point
 * offsets and a hash of its words (never the words), and each article with the sha256 of its text. A quote found nowhere, or found more than
 * once where it is not disambiguated by its member, is an error.
 */
import { readFileSync } from 'node:fs';
import { OffsetIndex } from '../src/core/offsets';
import { articleText, quoteHash, sha256 } from './compare-dev';
import { corpusRoot } from './polnear';

interface DraftMember {
  id: string;
  doc: string;
  text: string;
  source?: string;
}
interface Draft {
  articles: Record<string, string>;
  groups: Array<{ id: string; cluster: string; statement: string; members: DraftMember[] }>;
  discrepancies: Array<{
    group: string;
    kind: string;
    detail: string;
    a: [string, string | null];
    b: [string, string | null];
  }>;
}

const draft = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Draft;
const root = corpusRoot();
const texts = new Map(Object.entries(draft.articles).map(([key, path]) => [key, articleText(root, path)]));

function locate(doc: string, quote: string, near?: number): { start: number; end: number; text: string } {
  const text = texts.get(doc)!;
  const hits: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) hits.push(i);
  if (hits.length === 0) throw new Error(`${doc}: "${quote}" is not in the text`);
  if (hits.length > 1 && near === undefined) throw new Error(`${doc}: "${quote}" occurs ${hits.length} times`);
  const at = near === undefined ? hits[0]! : hits.sort((x, y) => Math.abs(x - near) - Math.abs(y - near))[0]!;
  const index = new OffsetIndex(text);
  return { start: index.toCodePoint(at), end: index.toCodePoint(at + quote.length), text: quote };
}

const members = new Map<string, DraftMember & { start: number; end: number }>();
/** What the dev set stores of a located quote: its place and a hash of its words. */
const stored = ({ text, ...span }: { start: number; end: number; text: string }) => ({
  ...span,
  quote: quoteHash(text),
});
const groups = draft.groups.map((g) => ({
  id: g.id,
  cluster: g.cluster,
  statement: g.statement,
  members: g.members.map((m) => {
    const span = locate(m.doc, m.text);
    members.set(m.id, { ...m, ...span });
    const utf16 = texts.get(m.doc)!.indexOf(m.text);
    return {
      id: m.id,
      article: m.doc,
      ...stored(span),
      ...(m.source ? { source: stored(locate(m.doc, m.source, utf16)) } : {}),
    };
  }),
}));

const side = ([id, quote]: [string, string | null]) => {
  const m = members.get(id);
  if (!m) throw new Error(`no member ${id}`);
  if (quote === null) return { member: id, article: m.doc, ...stored({ start: m.start, end: m.end, text: m.text }) };
  const inMember = m.text.indexOf(quote);
  if (inMember < 0) throw new Error(`${id}: "${quote}" is not inside the member`);
  const text = texts.get(m.doc)!;
  return { member: id, article: m.doc, ...stored(locate(m.doc, quote, text.indexOf(m.text) + inMember)) };
};

const out = {
  version: 2,
  articles: Object.entries(draft.articles).map(([key, path]) => ({ key, path, sha256: sha256(texts.get(key)!) })),
  groups,
  discrepancies: draft.discrepancies.map((d) => ({
    group: d.group,
    kind: d.kind,
    detail: d.detail,
    a: side(d.a),
    b: side(d.b),
  })),
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
