/**
 * `npm run eval:assist [-- --split dev|test] [--errors N] [--statements] [--min-score S]`
 * Scores the assist engine's suggestions against PolNeAR's gold attributions (Content → Claim)
 * next to a cue-word baseline. Defaults to the dev split; run `--split test` once, for final figures.
 */
import { suggest, STATEMENT_SCORE } from '../src/core/assist/suggest';
import { baseline } from './baseline';
import { corpusRoot, loadSplit, type GoldLabel } from './polnear';
import { match, prf, type Counts, type PredSpan } from './score';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const split = arg('--split') ?? 'dev';
const errors = Number(arg('--errors') ?? 0);
const withStatements = args.includes('--statements');
/** What `collate suggest --apply` tags by default (its --min-score); `--min-score 0` scores everything. */
const minScore = Number(arg('--min-score') ?? 0.5);

const docs = loadSplit(split);
if (!docs) {
  console.log(`eval:assist: no PolNeAR '${split}' split under ${corpusRoot()} (set POLNEAR_DIR); nothing to score.`);
  process.exit(0);
}

const ROWS: Array<[GoldLabel, 'overlap' | 'exact']> = [
  ['Source', 'overlap'],
  ['Source', 'exact'],
  ['Cue', 'overlap'],
  ['Cue', 'exact'],
  ['Claim', 'overlap'],
];
const zero = (): Counts => ({ tp: 0, pred: 0, gold: 0 });
const totals = { assist: ROWS.map(zero), baseline: ROWS.map(zero) };
const add = (into: Counts, c: Counts): void => {
  into.tp += c.tp;
  into.pred += c.pred;
  into.gold += c.gold;
};

let words = 0;
let ms = 0;
const misses: string[] = [];
for (const doc of docs) {
  words += doc.text.split(/\s+/).length;
  const t0 = performance.now();
  const suggestions = suggest({ id: doc.id, text: doc.text, published: doc.published }, { statements: withStatements });
  ms += performance.now() - t0;
  const preds: PredSpan[] = suggestions
    .filter((s) => (withStatements || s.label !== 'Claim' || s.score > STATEMENT_SCORE) && s.score >= minScore)
    .map((s) => ({ label: s.label, start: s.start, end: s.end, fragments: s.fragments }));
  const base = baseline(doc.text);
  ROWS.forEach(([label, mode], i) => {
    add(totals.assist[i]!, match(preds, doc.spans, label, mode));
    add(totals.baseline[i]!, match(base, doc.spans, label, mode));
  });
  if (errors > 0 && misses.length < errors * 2) {
    for (const g of doc.spans.filter((x) => x.label === 'Source')) {
      const hit = preds.some((p) => p.label === 'Source' && p.start < g.end && p.end > g.start);
      if (!hit && misses.length < errors) {
        const ctx = doc.text.slice(Math.max(0, g.start - 80), g.end + 80).replace(/\n/g, ' ');
        misses.push(`MISS  [${doc.text.slice(g.start, g.end)}]  … ${ctx}`);
      }
    }
    for (const p of preds.filter((x) => x.label === 'Source')) {
      const hit = doc.spans.some(
        (g) => g.label === 'Source' && g.fragments.some((f) => p.start < f.end && p.end > f.start),
      );
      if (!hit && misses.length < errors * 2) {
        const ctx = doc.text.slice(Math.max(0, p.start - 80), p.end + 80).replace(/\n/g, ' ');
        misses.push(`FP    [${doc.text.slice(p.start, p.end)}]  … ${ctx}`);
      }
    }
  }
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
console.log(`PolNeAR ${split}: ${docs.length} articles, ${words} words; assist ran in ${ms.toFixed(0)} ms`);
console.log(`${'kind'.padEnd(17)}| ${'assist P     R     F1'.padEnd(24)}| baseline P     R     F1`);
ROWS.forEach(([label, mode], i) => {
  const a = prf(totals.assist[i]!);
  const b = prf(totals.baseline[i]!);
  console.log(
    `${`${label} ${mode}`.padEnd(17)}|  ${pct(a.precision)} ${pct(a.recall)} ${pct(a.f1)}   |  ${pct(b.precision)} ${pct(b.recall)} ${pct(b.f1)}`,
  );
});
console.log(
  `(one-to-one matching; suggestions scored ≥ ${minScore}; claims ${withStatements ? 'include' : 'exclude'} the outlet's weaker statements)`,
);
if (misses.length) console.log(`\n${misses.join('\n')}`);
