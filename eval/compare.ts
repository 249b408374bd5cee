/**
 * `npm run eval:compare [-- --errors]`
 * Scores claim and source suggestions, proposed claim groups (pairwise F1 over claims in different
 * articles) and discrepancies (kind + both sides) on the compare dev set. Each cluster (one event)
 * is compared on its own, as an analyst's workspace would be, and scored per cluster and overall.
 * A leave-one-cluster-out run then picks the pair cut-off on the other clusters and scores the
 * held-out one with it, so the figures are not only those of a cut-off chosen on what it is scored on.
 * Texts come from POLNEAR_DIR.
 */
import { suggest, type Suggestion } from '../src/core/assist/suggest';
import { compareArticles, DEFAULT_MIN_SCORE, type DiscrepancyKind } from '../src/core/compare/index';
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

// ---------- clusters: one event each, compared on its own ----------
interface Cluster {
  name: string;
  articles: DevArticle[];
  gold: DevSet;
}
const clusters: Cluster[] = [...new Set(dev.groups.map((g) => g.cluster))].map((name) => {
  const groups = dev!.groups.filter((g) => g.cluster === name);
  const keys = new Set(groups.flatMap((g) => g.members.map((m) => m.article)));
  return {
    name,
    articles: dev!.articles.filter((a) => keys.has(a.key)),
    gold: {
      articles: dev!.articles.filter((a) => keys.has(a.key)),
      groups,
      discrepancies: dev!.discrepancies.filter((d) => groups.some((g) => g.id === d.group)),
    },
  };
});

let compareMs = 0;
const runs = new Map<string, Predicted>();
function pipeline(cluster: Cluster, minScore: number): Predicted {
  const key = `${cluster.name}@${minScore}`;
  const cached = runs.get(key);
  if (cached) return cached;
  const t0 = performance.now();
  const result = compareArticles(
    cluster.articles.map((a) => ({ id: a.key, text: a.text, published: a.published })),
    [],
    { minScore },
  );
  compareMs += performance.now() - t0;
  const predicted: Predicted = {
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
  runs.set(key, predicted);
  return predicted;
}

// ---------- scoring ----------
const overlap = (p: Place, g: Place): number =>
  p.article === g.article ? Math.max(0, Math.min(p.end, g.end) - Math.max(p.start, g.start)) : 0;

function goldMemberOf(gold: DevSet, p: Place): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const m of gold.groups.flatMap((g) => g.members)) {
    const o = overlap(p, { article: m.article, start: m.start, end: m.end });
    if (o > most) [best, most] = [m.id, o];
  }
  return best;
}

function groupScore(gold: DevSet, pred: Predicted): Counts {
  const pairs = new Set<string>();
  for (const g of gold.groups)
    for (const x of g.members)
      for (const y of g.members) if (x.article !== y.article && x.id < y.id) pairs.add(`${x.id}|${y.id}`);
  const predicted = new Set<string>();
  let unmapped = 0;
  for (const g of pred.groups)
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) {
        if (g[i]!.article === g[j]!.article) continue;
        const [x, y] = [goldMemberOf(gold, g[i]!), goldMemberOf(gold, g[j]!)];
        if (!x || !y || x === y) unmapped++;
        else predicted.add(x < y ? `${x}|${y}` : `${y}|${x}`);
      }
  const tp = [...predicted].filter((k) => pairs.has(k)).length;
  return { tp, pred: predicted.size + unmapped, gold: pairs.size };
}

/**
 * Groups as one claim across articles: a gold pair is a gold group and two of its articles, whichever
 * restatements stand for them (a restatement missed or split off still counts if another one is grouped).
 */
function articlePairScore(gold: DevSet, pred: Predicted): Counts {
  const groupOf = new Map(gold.groups.flatMap((g) => g.members.map((m) => [m.id, g.id] as const)));
  const pairs = new Set<string>();
  for (const g of gold.groups) {
    const articles = [...new Set(g.members.map((m) => m.article))].sort();
    for (let i = 0; i < articles.length; i++)
      for (let j = i + 1; j < articles.length; j++) pairs.add(`${g.id}:${articles[i]}|${articles[j]}`);
  }
  const predicted = new Set<string>();
  let wrong = 0;
  for (const g of pred.groups)
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) {
        if (g[i]!.article === g[j]!.article) continue;
        const [x, y] = [goldMemberOf(gold, g[i]!), goldMemberOf(gold, g[j]!)];
        const group = x && groupOf.get(x);
        if (!group || !y || groupOf.get(y) !== group) wrong++;
        else predicted.add(`${group}:${[g[i]!.article, g[j]!.article].sort().join('|')}`);
      }
  const tp = [...predicted].filter((k) => pairs.has(k)).length;
  return { tp, pred: predicted.size + wrong, gold: pairs.size };
}

function discrepancyScore(
  gold: DevSet,
  pred: Predicted,
  kind?: DiscrepancyKind,
): Counts & { misses: string[]; wrong: string[] } {
  const G = gold.discrepancies.filter((d) => !kind || d.kind === kind);
  const P = pred.discrepancies.filter((d) => !kind || d.kind === kind);
  const used = new Set<number>();
  let tp = 0;
  const wrong: string[] = [];
  for (const p of P) {
    const k = G.findIndex(
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
  const misses = G.filter((_, i) => !used.has(i)).map(
    (g) => `${g.kind}: ${g.a.article} “${g.a.text}” / ${g.b.article} “${g.b.text}”`,
  );
  return { tp, pred: P.length, gold: G.length, misses, wrong };
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, pred: a.pred + b.pred, gold: a.gold + b.gold });
const ZERO: Counts = { tp: 0, pred: 0, gold: 0 };
const sum = (list: Counts[]): Counts => list.reduce(add, ZERO);
const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const cells = (c: Counts): string => {
  const s = prf(c);
  return `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  (${c.tp}/${c.pred} of ${c.gold})`;
};
const row = (name: string, groups: Counts, found: Counts): string =>
  `${name.padEnd(24)}| ${cells(groups).padEnd(34)}| ${cells(found)}`;

/** What the cut-off is chosen for: group F1 and discrepancy F1 alike. */
const objective = (groups: Counts, found: Counts): number => prf(groups).f1 + prf(found).f1;
const GRID = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4];
const scoresAt = (cluster: Cluster, minScore: number): [Counts, Counts] => {
  const p = pipeline(cluster, minScore);
  return [groupScore(cluster.gold, p), discrepancyScore(cluster.gold, p)];
};

const spans = spanRows();
const words = dev.articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
console.log(
  `compare dev set: ${clusters.length} clusters, ${dev.articles.length} articles (${words} words), ${dev.groups.length} groups, ${dev.discrepancies.length} discrepancies`,
);
console.log(`claim spans (suggest):  ${cells(spans.Claim)}`);
console.log(`source spans (suggest): ${cells(spans.Source)}`);
console.log(`\nat the default cut-off ${DEFAULT_MIN_SCORE}`);
console.log(`${'cluster'.padEnd(24)}| groups (pairwise) P   R    F1       | discrepancies P   R    F1`);
const atDefault = clusters.map((c) => scoresAt(c, DEFAULT_MIN_SCORE));
clusters.forEach((c, i) => console.log(row(`  ${c.name}`, ...atDefault[i]!)));
console.log(row('overall', sum(atDefault.map((x) => x[0])), sum(atDefault.map((x) => x[1]))));
console.log(
  `${'  by article pair'.padEnd(24)}| ${cells(sum(clusters.map((c) => articlePairScore(c.gold, pipeline(c, DEFAULT_MIN_SCORE)))))}`,
);
for (const kind of ['value', 'precision', 'date', 'source', 'attribution', 'hedging', 'contradiction'] as const) {
  const k = sum(clusters.map((c) => discrepancyScore(c.gold, pipeline(c, DEFAULT_MIN_SCORE), kind)));
  if (k.gold + k.pred > 0) console.log(`  ${kind.padEnd(22)}|${' '.repeat(35)}| ${cells(k)}`);
}

console.log('\nleave one cluster out (cut-off chosen on the other clusters)');
const heldOut = clusters.map((c) => {
  const others = clusters.filter((o) => o !== c);
  let best = GRID[0]!;
  let bestValue = -1;
  for (const v of GRID) {
    const s = others.map((o) => scoresAt(o, v));
    const value = objective(sum(s.map((x) => x[0])), sum(s.map((x) => x[1])));
    if (value > bestValue) [best, bestValue] = [v, value];
  }
  const scored = scoresAt(c, best);
  console.log(row(`  ${c.name} @${best}`, ...scored));
  return scored;
});
console.log(row('overall (held out)', sum(heldOut.map((x) => x[0])), sum(heldOut.map((x) => x[1]))));
console.log(`\ncompare ran in ${(compareMs / runs.size).toFixed(0)} ms per cluster on average`);

if (showErrors)
  for (const c of clusters) {
    const pred = pipeline(c, DEFAULT_MIN_SCORE);
    const d = discrepancyScore(c.gold, pred);
    console.log(`\n=== ${c.name}\nmissed:\n${d.misses.join('\n')}\n\nnot in gold:\n${d.wrong.join('\n')}`);
    console.log('\ngroups:');
    for (const g of pred.groups)
      console.log(
        `- ${g.map((m) => `${m.article}[${goldMemberOf(c.gold, m) ?? '-'}] ${(m.text ?? '').slice(0, 70)}`).join('\n  ')}`,
      );
  }
