/**
 * `npm run eval:compare-errors [-- --cluster NAME]`
 * Why gold pairs of the compare dev set are not grouped: for each gold member, the unit that covers
 * it (or none); for each gold pair of members in different articles, the similarity of their units,
 * what they share, and whether the proposed groups join them. For studying misses, not for scoring.
 */
import { compareArticles, DEFAULT_MIN_SCORE } from '../src/core/compare/index';
import { features, type ClaimFeatures } from '../src/core/compare/features';
import { idfWeights, similarity } from '../src/core/compare/pairs';
import { claimUnits } from '../src/core/compare/units';
import { loadCompareDev, type DevMember } from './compare-dev';
import { corpusRoot } from './polnear';

const args = process.argv.slice(2);
const only = args.includes('--cluster') ? args[args.indexOf('--cluster') + 1] : undefined;
const dev = loadCompareDev(corpusRoot());
if (!dev) {
  console.log(`eval:compare-errors: no PolNeAR corpus under ${corpusRoot()} (set POLNEAR_DIR); nothing to study.`);
  process.exit(0);
}

const clusters = [...new Set(dev.groups.map((g) => g.cluster))].filter((c) => !only || c === only);
const short = (s: string, n = 90): string => (s.length > n ? `${s.slice(0, n)}…` : s);

for (const cluster of clusters) {
  const groups = dev.groups.filter((g) => g.cluster === cluster);
  const keys = new Set(groups.flatMap((g) => g.members.map((m) => m.article)));
  const articles = dev.articles.filter((a) => keys.has(a.key));
  const all: ClaimFeatures[] = [];
  for (const a of articles)
    for (const u of claimUnits({ id: a.key, text: a.text, published: a.published }, []))
      all.push(features(u, a.published, a.text, new Map()));
  const idf = idfWeights(all);
  const result = compareArticles(
    articles.map((a) => ({ id: a.key, text: a.text, published: a.published })),
    [],
  );
  const overlap = (m: DevMember, r: { documentId: string; start: number; end: number }): number =>
    m.article === r.documentId ? Math.max(0, Math.min(m.end, r.end) - Math.max(m.start, r.start)) : 0;
  /** Units covering a member, most overlap first. */
  const unitsOf = (m: DevMember): ClaimFeatures[] =>
    all.filter((f) => overlap(m, f.unit) > 0).sort((x, y) => overlap(m, y.unit) - overlap(m, x.unit));
  const groupsOf = (m: DevMember): Set<number> =>
    new Set(result.groups.flatMap((g, i) => (g.members.some((x) => overlap(m, x) > 0) ? [i] : [])));
  console.log(`\n=== ${cluster}: ${all.length} units, ${result.groups.length} proposed groups`);
  for (const g of groups) {
    console.log(`\n## ${g.id}: ${g.statement}`);
    for (const m of g.members) {
      const us = unitsOf(m);
      console.log(
        `  ${m.id} ${m.source ? `[${m.source.text}] ` : ''}“${short(m.text, 70)}”\n` +
          (us.length
            ? us
                .map(
                  (u) =>
                    `      unit (${u.unit.attribution}${u.unit.source ? `: ${u.unit.source.text}` : ''}) “${short(u.unit.text)}”`,
                )
                .join('\n')
            : '      NO UNIT'),
      );
    }
    for (let i = 0; i < g.members.length; i++)
      for (let j = i + 1; j < g.members.length; j++) {
        const [x, y] = [g.members[i]!, g.members[j]!];
        if (x.article === y.article) continue;
        let best = { score: 0, shared: [] as string[] };
        for (const ux of unitsOf(x))
          for (const uy of unitsOf(y)) {
            const s = similarity(ux, uy, idf);
            if (s.score > best.score) best = s;
          }
        const gx = groupsOf(x);
        const joined = [...groupsOf(y)].some((k) => gx.has(k));
        console.log(
          `  ${joined ? 'OK  ' : 'MISS'} ${x.id}~${y.id} ${best.score.toFixed(2)} ${best.shared.slice(0, 8).join(', ')}`,
        );
      }
  }
}
console.log(`\n(default cut-off ${DEFAULT_MIN_SCORE})`);
