/**
 * How similar two units are, fast enough to ask for every pair of a large group: each unit's words
 * become a sorted array of word ids with idf weights, so a score is one merge of two short arrays,
 * and every score asked for is kept. `similarity` in pairs.ts gives the same score with its reasons.
 */
import { interval } from '../assist/quantities';
import type { ClaimFeatures } from './features';
import { sameUnit } from './quantity-diff';

/** Fewer shared words than this are a coincidence, not the same claim, unless a figure matches too. */
export const MIN_SHARED = 3;
/** A unit with fewer content words than this says too little to match. */
export const MIN_WORDS = 4;
/** What a figure of the same unit within 10 % adds to the word overlap. */
export const FIGURE_BONUS = 0.12;

/** Two figures of the same unit that could be the same amount ("$916 million" ~ "more than $915 million"). */
export function closeFigures(a: ClaimFeatures, b: ClaimFeatures): string | undefined {
  for (const x of a.quantities)
    for (const y of b.quantities) {
      if (!sameUnit(x, y)) continue;
      const [xl, xh] = interval(x);
      const [yl, yh] = interval(y);
      if (xl <= yh * 1.1 && yl <= xh * 1.1) return `${x.text} ~ ${y.text}`;
    }
  return undefined;
}

interface Vector {
  ids: Int32Array;
  /** Squared idf of each word. */
  weights: Float64Array;
  norm: number;
}

export class SimilarityScorer {
  private readonly vectors: Vector[];
  private readonly known = new Map<number, number>();

  constructor(
    private readonly all: readonly ClaimFeatures[],
    idf: ReadonlyMap<string, number>,
  ) {
    const ids = new Map<string, number>();
    this.vectors = all.map((f) => {
      const words = [...f.words].map((w) => {
        let id = ids.get(w);
        if (id === undefined) ids.set(w, (id = ids.size));
        return [id, (idf.get(w) ?? 1) ** 2] as const;
      });
      words.sort((x, y) => x[0] - y[0]);
      const norm = Math.sqrt(words.reduce((s, [, w]) => s + w, 0));
      return { ids: Int32Array.from(words, ([id]) => id), weights: Float64Array.from(words, ([, w]) => w), norm };
    });
  }

  /** Similarity of units `i` and `j` in 0..1, as `similarity` scores it. */
  score(i: number, j: number): number {
    if (i === j) return 1;
    const key = i < j ? i * this.all.length + j : j * this.all.length + i;
    const known = this.known.get(key);
    if (known !== undefined) return known;
    const value = this.compute(i, j);
    this.known.set(key, value);
    return value;
  }

  private compute(i: number, j: number): number {
    const a = this.vectors[i]!;
    const b = this.vectors[j]!;
    if (a.ids.length < MIN_WORDS || b.ids.length < MIN_WORDS || !a.norm || !b.norm) return 0;
    let dot = 0;
    let shared = 0;
    for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length;) {
      if (a.ids[x]! < b.ids[y]!) x++;
      else if (a.ids[x]! > b.ids[y]!) y++;
      else {
        dot += a.weights[x]!;
        shared++;
        x++;
        y++;
      }
    }
    const figures = closeFigures(this.all[i]!, this.all[j]!);
    if (shared < (figures ? 1 : MIN_SHARED)) return 0;
    return Math.min(1, dot / (a.norm * b.norm) + (figures ? FIGURE_BONUS : 0));
  }
}
