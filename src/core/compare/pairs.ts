/**
 * Candidate pairs of units from different articles, scored by rarity-weighted word overlap (a
 * cosine over idf weights, so "Abedin" counts more than "said"; names weigh as any word) and
 * figures that could be the same. Candidates come from an inverted index, so the cost follows shared words,
 * not the square of the number of units.
 */
import type { ClaimFeatures } from './features';
import { closeFigures, FIGURE_BONUS, MIN_SHARED, MIN_WORDS, SimilarityScorer } from './scorer';

/** Two units (indices) and their similarity; `similarity` tells what they share. */
export interface ScoredPair {
  i: number;
  j: number;
  score: number;
}

/** A word in more than this share of units says little about which claims match. */
const COMMON = 0.2;
const MAX_POSTING = 150;

export function idfWeights(all: ClaimFeatures[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const f of all) for (const w of f.words) df.set(w, (df.get(w) ?? 0) + 1);
  const n = all.length;
  const idf = new Map<string, number>();
  for (const [w, d] of df) idf.set(w, Math.log(1 + n / d));
  return idf;
}

/** Similarity of two units in 0..1, and what they share. */
export function similarity(
  a: ClaimFeatures,
  b: ClaimFeatures,
  idf: Map<string, number>,
): { score: number; shared: string[] } {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const shared: Array<[string, number]> = [];
  for (const w of a.words) {
    const x = idf.get(w) ?? 1;
    na += x * x;
    if (b.words.has(w)) {
      dot += x * x;
      shared.push([w, x]);
    }
  }
  for (const w of b.words) nb += (idf.get(w) ?? 1) ** 2;
  const cosine = na && nb ? dot / Math.sqrt(na * nb) : 0;
  // Names weigh by their rarity inside the cosine only: a name most units mention ("Clinton" in a
  // story about her) tells the topic, not the claim.
  const names = [...a.names].filter((n) => b.names.has(n));
  const figures = closeFigures(a, b);
  // One shared word is a coincidence, not the same claim, unless a figure matches too.
  if (shared.length < (figures ? 1 : MIN_SHARED) || a.words.size < MIN_WORDS || b.words.size < MIN_WORDS)
    return { score: 0, shared: [] };
  const score = Math.min(1, cosine + (figures ? FIGURE_BONUS : 0));
  const words = shared.sort((x, y) => y[1] - x[1]).map(([w]) => w);
  return {
    score,
    shared: [
      ...(figures ? [figures] : []),
      ...names.map((n) => `name: ${n}`),
      ...words.filter((w) => !names.includes(w)),
    ],
  };
}

/** All pairs from different documents scoring at least `threshold`, best first. */
export function candidatePairs(
  all: ClaimFeatures[],
  idf: Map<string, number>,
  threshold: number,
  scorer = new SimilarityScorer(all, idf),
): ScoredPair[] {
  const postings = new Map<string, number[]>();
  // Words in many units cannot tell claims apart, and would make the candidates quadratic.
  const limit = Math.max(20, Math.min(Math.ceil(COMMON * all.length), MAX_POSTING));
  all.forEach((f, i) => {
    for (const w of f.words) {
      const list = postings.get(w) ?? [];
      list.push(i);
      postings.set(w, list);
    }
  });
  const sharedCount = new Map<number, number>();
  const out: ScoredPair[] = [];
  for (let i = 0; i < all.length; i++) {
    sharedCount.clear();
    for (const w of all[i]!.words) {
      const list = postings.get(w)!;
      if (list.length > limit) continue;
      for (const j of list)
        if (j > i && all[j]!.unit.documentId !== all[i]!.unit.documentId)
          sharedCount.set(j, (sharedCount.get(j) ?? 0) + 1);
    }
    const withFigures = all[i]!.quantities.length > 0;
    for (const [j, n] of sharedCount) {
      if (n < 2 && !(withFigures && all[j]!.quantities.length > 0)) continue;
      const score = scorer.score(i, j);
      if (score >= threshold) out.push({ i, j, score });
    }
  }
  return out.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
}
