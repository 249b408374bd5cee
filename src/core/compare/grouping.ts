/**
 * Groups from scored pairs: strongest pairs first, two groups merge only when the merged group
 * keeps at most `maxPerDocument` units of one article and its cross-article pairs are, on
 * average, still similar (no chaining A~B~C when A and C share nothing).
 */
import type { ScoredPair } from './pairs';

export interface GroupingOptions {
  maxPerDocument: number;
  /** Mean similarity of a merged group's cross-article pairs must reach this share of the pair threshold. */
  cohesion: number;
  threshold: number;
}

export interface IndexGroup {
  members: number[];
  pairs: ScoredPair[];
}

export function groupPairs(
  documentOf: (i: number) => string,
  pairs: ScoredPair[],
  options: GroupingOptions,
  /** Similarity of any two units, also of pairs below the threshold (not among `pairs`). */
  similarity?: (i: number, j: number) => number,
): IndexGroup[] {
  const score = new Map<string, number>();
  for (const p of pairs) score.set(`${p.i}:${p.j}`, p.score);
  const sim = (i: number, j: number): number => score.get(i < j ? `${i}:${j}` : `${j}:${i}`) ?? similarity?.(i, j) ?? 0;
  const groupOf = new Map<number, IndexGroup>();
  for (const p of pairs) {
    const ga = groupOf.get(p.i) ?? { members: [p.i], pairs: [] };
    const gb = groupOf.get(p.j) ?? { members: [p.j], pairs: [] };
    if (ga === gb) {
      ga.pairs.push(p);
      continue;
    }
    const members = [...ga.members, ...gb.members];
    const perDocument = new Map<string, number>();
    for (const m of members) perDocument.set(documentOf(m), (perDocument.get(documentOf(m)) ?? 0) + 1);
    if ([...perDocument.values()].some((n) => n > options.maxPerDocument)) continue;
    let total = 0;
    let n = 0;
    for (const x of ga.members)
      for (const y of gb.members) {
        if (documentOf(x) === documentOf(y)) continue;
        total += sim(x, y);
        n++;
      }
    if (n > 0 && total / n < options.cohesion * options.threshold) continue;
    const merged: IndexGroup = { members, pairs: [...ga.pairs, ...gb.pairs, p] };
    for (const m of members) groupOf.set(m, merged);
  }
  return [...new Set(groupOf.values())].filter((g) => g.members.length > 1);
}
