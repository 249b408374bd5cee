/** Precision, recall and F1 of predicted spans against gold spans, one-to-one. */
import type { GoldLabel, GoldSpan } from './polnear';

export interface PredSpan {
  label: GoldLabel;
  start: number;
  end: number;
  fragments?: Array<{ start: number; end: number }>;
}

export interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.pred ? c.tp / c.pred : 0;
  const recall = c.gold ? c.tp / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const pieces = (s: { start: number; end: number; fragments?: Array<{ start: number; end: number }> }) =>
  s.fragments ?? [{ start: s.start, end: s.end }];

function overlap(p: PredSpan, g: GoldSpan): number {
  let n = 0;
  for (const a of pieces(p))
    for (const b of g.fragments) n += Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return n;
}

function exact(p: PredSpan, g: GoldSpan): boolean {
  const pp = pieces(p);
  if (
    pp.length === g.fragments.length &&
    pp.every((a, i) => a.start === g.fragments[i]!.start && a.end === g.fragments[i]!.end)
  )
    return true;
  // A contiguous prediction equal to one piece of a discontinuous gold span also counts.
  return pp.length === 1 && g.fragments.some((b) => b.start === p.start && b.end === p.end);
}

/**
 * Matches predictions to gold spans of the same label one-to-one, greedily by overlap size
 * (so one long prediction cannot claim several gold spans), and counts the matches.
 */
export function match(preds: PredSpan[], gold: GoldSpan[], label: GoldLabel, mode: 'overlap' | 'exact'): Counts {
  const P = preds.filter((p) => p.label === label);
  const G = gold.filter((g) => g.label === label);
  const pairs: Array<[number, number, number]> = [];
  P.forEach((p, i) =>
    G.forEach((g, j) => {
      if (mode === 'exact' ? exact(p, g) : overlap(p, g) > 0) pairs.push([overlap(p, g), i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  let tp = 0;
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    tp++;
  }
  return { tp, pred: P.length, gold: G.length };
}
