/**
 * `npm run eval:compare [-- --errors]`
 * Scores claim and source suggestions, proposed claim groups (pairwise F1 over claims in different
 * articles) and discrepancies (kind + both sides) on the compare dev set, for the old assist
 * comparison (baseline) and the compare pipeline. Texts come from POLNEAR_DIR.
 */
import { findDiscrepancies, proposeClaimGroups, type ClaimInput } from '../src/core/assist/compare';
import { suggest, type Suggestion } from '../src/core/assist/suggest';
import { compareArticles, type DiscrepancyKind } from '../src/core/compare/index';
import { loadCompareDev, type DevArticle, type DevSet } from './compare-dev';
import { corpusRoot, type GoldSpan } from './polnear';
import { match, prf, type Counts, type PredSpan } from './score';

const showErrors = process.argv.includes('--errors');
const root = corpusRoot();
const dev = loadCompareDev(root);
if (!dev) {
  console.log(`eval:compare: no PolNeAR corpus under ${root} (set POLNEAR_DIR); nothing to score.`);
  process.exit(0);
}

interface Place {
  article: string;
  start: number;
  end: number;
  text?: string;
}
interface Predicted {
  groups: Place[][];
  discrepancies: Array<{ kind: DiscrepancyKind; a: Place; b: Place; detail: string }>;
}

const MIN_SCORE = 0.5; // `collate suggest --apply` default
const suggestions = new Map<string, Suggestion[]>(
  dev.articles.map((a) => [
    a.key,
    suggest({ id: a.key, text: a.text, published: a.published }, { statements: false }).filter(
      (s) => s.score >= MIN_SCORE,
    ),
  ]),
);
const article = (key: string): DevArticle => dev.articles.find((a) => a.key === key)!;

// ---------- gold spans: PolNeAR's attributions, plus the dev set's own claims and sources ----------
function goldSpans(a: DevArticle): GoldSpan[] {
  const spans = [...a.polnear];
  const add = (label: 'Claim' | 'Source', r: { start: number; end: number }, id: string): void => {
    if (spans.some((s) => s.label === label && s.start < r.end && r.start < s.end)) return;
    spans.push({ id, label, fragments: [{ start: r.start, end: r.end }], start: r.start, end: r.end });
  };
  for (const g of dev!.groups)
    for (const m of g.members.filter((x) => x.article === a.key)) {
      add('Claim', m, m.id);
      if (m.source) add('Source', m.source, `${m.id}-source`);
    }
  return spans;
}

function spanRows(): Record<'Claim' | 'Source', Counts> {
  const c = { Claim: { tp: 0, pred: 0, gold: 0 }, Source: { tp: 0, pred: 0, gold: 0 } };
  for (const a of dev!.articles) {
    const preds: PredSpan[] = suggestions
      .get(a.key)!
      .map((s) => ({ label: s.label, start: s.start, end: s.end, fragments: s.fragments }));
    const gold = goldSpans(a);
    for (const label of ['Claim', 'Source'] as const) {
      const m = match(preds, gold, label, 'overlap');
      c[label].tp += m.tp;
      c[label].pred += m.pred;
      c[label].gold += m.gold;
    }
  }
  return c;
}

// ---------- systems ----------
function baseline(): Predicted {
  const claims: Array<ClaimInput & Place> = [];
  for (const a of dev!.articles) {
    const list = suggestions.get(a.key)!;
    for (const s of list.filter((x) => x.label === 'Claim')) {
      const source = list.find((x) => x.id === s.links?.sourceId);
      claims.push({
        id: s.id,
        documentId: a.key,
        article: a.key,
        start: s.start,
        end: s.end,
        text: a.text.slice(s.start, s.end),
        ...(source ? { sourceText: a.text.slice(source.start, source.end) } : {}),
      });
    }
  }
  const byId = new Map(claims.map((c) => [c.id, c]));
  const groups = proposeClaimGroups(claims);
  const KIND: Record<string, DiscrepancyKind> = {
    'different value': 'value',
    'different precision': 'precision',
    'different time': 'date',
    'different source': 'source',
  };
  const place = (side: { claimId: string; text: string }): Place => {
    const c = byId.get(side.claimId)!;
    const at = c.text.indexOf(side.text);
    return at >= 0
      ? { article: c.article, start: c.start + at, end: c.start + at + side.text.length }
      : { article: c.article, start: c.start, end: c.end };
  };
  const discrepancies = groups.flatMap((g) =>
    findDiscrepancies(
      g.members.map((id) => ({ ...byId.get(id)!, published: article(byId.get(id)!.article).published })),
    ).map((d) => ({
      kind: KIND[d.kind]!,
      a: place(d.a),
      b: place(d.b),
      detail: d.detail,
    })),
  );
  return { groups: groups.map((g) => g.members.map((id) => byId.get(id)!)), discrepancies };
}

let compareMs = 0;
function pipeline(): Predicted {
  const t0 = performance.now();
  const result = compareArticles(
    dev!.articles.map((a) => ({ id: a.key, text: a.text, published: a.published })),
    [],
    {
      ...(process.env.MIN_SCORE ? { minScore: Number(process.env.MIN_SCORE) } : {}),
      ...(process.env.PER_DOC ? { maxPerDocument: Number(process.env.PER_DOC) } : {}),
    },
  );
  compareMs = performance.now() - t0;
  return {
    groups: result.groups.map((g) =>
      g.members.map((m) => ({ article: m.documentId, start: m.start, end: m.end, text: m.text })),
    ),
    discrepancies: result.discrepancies.map((d) => ({
      kind: d.kind,
      detail: d.detail,
      a: { article: d.a.documentId, start: d.a.start, end: d.a.end, text: d.a.text },
      b: { article: d.b.documentId, start: d.b.start, end: d.b.end, text: d.b.text },
    })),
  };
}

// ---------- scoring ----------
const overlap = (p: Place, g: Place): number =>
  p.article === g.article ? Math.max(0, Math.min(p.end, g.end) - Math.max(p.start, g.start)) : 0;
const members = (d: DevSet) => d.groups.flatMap((g) => g.members);

function goldMemberOf(p: Place): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const m of members(dev!)) {
    const o = overlap(p, { article: m.article, start: m.start, end: m.end });
    if (o > most) [best, most] = [m.id, o];
  }
  return best;
}

function groupScore(pred: Predicted): Counts {
  const gold = new Set<string>();
  for (const g of dev!.groups)
    for (const x of g.members)
      for (const y of g.members) if (x.article !== y.article && x.id < y.id) gold.add(`${x.id}|${y.id}`);
  const predicted = new Set<string>();
  let unmapped = 0;
  for (const g of pred.groups)
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) {
        if (g[i]!.article === g[j]!.article) continue;
        const [x, y] = [goldMemberOf(g[i]!), goldMemberOf(g[j]!)];
        if (!x || !y || x === y) unmapped++;
        else predicted.add(x < y ? `${x}|${y}` : `${y}|${x}`);
      }
  const tp = [...predicted].filter((k) => gold.has(k)).length;
  return { tp, pred: predicted.size + unmapped, gold: gold.size };
}

function discrepancyScore(pred: Predicted, kind?: DiscrepancyKind): Counts & { misses: string[]; wrong: string[] } {
  const gold = dev!.discrepancies.filter((d) => !kind || d.kind === kind);
  const P = pred.discrepancies.filter((d) => !kind || d.kind === kind);
  const used = new Set<number>();
  let tp = 0;
  const wrong: string[] = [];
  for (const p of P) {
    const k = gold.findIndex(
      (g, i) =>
        !used.has(i) &&
        g.kind === p.kind &&
        ((overlap(p.a, g.a) > 0 && overlap(p.b, g.b) > 0) || (overlap(p.a, g.b) > 0 && overlap(p.b, g.a) > 0)),
    );
    if (k >= 0) {
      used.add(k);
      tp++;
    } else
      wrong.push(`${p.kind}: ${p.a.article} “${p.a.text ?? ''}” / ${p.b.article} “${p.b.text ?? ''}” — ${p.detail}`);
  }
  const misses = gold
    .filter((_, i) => !used.has(i))
    .map((g) => `${g.kind}: ${g.a.article} “${g.a.text}” / ${g.b.article} “${g.b.text}”`);
  return { tp, pred: P.length, gold: gold.length, misses, wrong };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const row = (name: string, before: Counts, after: Counts): string => {
  const b = prf(before);
  const a = prf(after);
  return `${name.padEnd(26)}| ${pct(b.precision)} ${pct(b.recall)} ${pct(b.f1)}  | ${pct(a.precision)} ${pct(a.recall)} ${pct(a.f1)}  (${after.tp}/${after.pred} of ${after.gold})`;
};

const spans = spanRows();
const before = baseline();
const after = pipeline();
const words = dev.articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
console.log(
  `compare dev set: ${dev.articles.length} articles (${words} words), ${dev.groups.length} groups, ${dev.discrepancies.length} discrepancies`,
);
console.log(`${'row'.padEnd(26)}| baseline P     R    F1  | compare  P     R    F1`);
console.log(row('claim spans (suggest)', spans.Claim, spans.Claim));
console.log(row('source spans (suggest)', spans.Source, spans.Source));
console.log(row('claim groups (pairwise)', groupScore(before), groupScore(after)));
console.log(row('discrepancies', discrepancyScore(before), discrepancyScore(after)));
for (const kind of ['value', 'precision', 'date', 'source', 'attribution', 'hedging', 'contradiction'] as const) {
  const b = discrepancyScore(before, kind);
  const a = discrepancyScore(after, kind);
  if (a.gold + a.pred + b.pred > 0) console.log(row(`  ${kind}`, b, a));
}
console.log(`compare ran in ${compareMs.toFixed(0)} ms`);
if (showErrors) {
  const d = discrepancyScore(after);
  console.log(`\nmissed:\n${d.misses.join('\n')}\n\nnot in gold:\n${d.wrong.join('\n')}`);
  console.log('\ngroups:');
  for (const g of after.groups)
    console.log(
      `- ${g.map((m) => `${m.article}[${goldMemberOf(m) ?? '-'}] ${(m.text ?? '').slice(0, 70)}`).join('\n  ')}`,
    );
}
