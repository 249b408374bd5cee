import { cohensKappa, NominalAlpha } from './coefficients';
import { codePointText, coverageOf, piecesOf, prefixSums } from './coverage';

export interface AgreementSpan {
  label: string;
  start: number;
  end: number;
  fragments?: ReadonlyArray<{ start: number; end: number }>;
  author: string;
}

export interface AgreementDocument {
  id: string;
  text: string;
  spans: readonly AgreementSpan[];
}

export interface PairAgreement {
  a: string;
  b: string;
  kappa: number | null;
  f1_exact: number | null;
  f1_overlap: number | null;
  n_a: number;
  n_b: number;
}

export interface Agreement {
  unit: 'codepoint';
  annotators: string[];
  documents: number;
  labels: Record<string, { alpha: number | null; pairs: PairAgreement[] }>;
  overall: { alpha: number | null };
}

interface PairCounts {
  n11: number;
  n10: number;
  n01: number;
  n00: number;
  nA: number;
  nB: number;
  exact: number;
  overlapA: number;
  overlapB: number;
}

const newCounts = (): PairCounts => ({
  n11: 0,
  n10: 0,
  n01: 0,
  n00: 0,
  nA: 0,
  nB: 0,
  exact: 0,
  overlapA: 0,
  overlapB: 0,
});

/**
 * Inter-annotator agreement over code points (see the README): the items are the non-whitespace code
 * points of every document at least two of the annotators annotated; an annotator who did not
 * annotate a document gives no value there. Per label: Cohen's kappa and span F1 (exact, overlap)
 * per pair, Krippendorff's alpha over all; overall: alpha over the set of labels covering each item.
 */
export function computeAgreement(
  documents: readonly AgreementDocument[],
  options: { labels?: readonly string[]; annotators?: readonly string[] } = {},
): Agreement {
  const annotators = [
    ...(options.annotators ?? new Set(documents.flatMap((d) => d.spans.map((s) => s.author)))),
  ].sort();
  const chosen = new Set(annotators);
  const labels = [
    ...(options.labels ??
      new Set(documents.flatMap((d) => d.spans.filter((s) => chosen.has(s.author)).map((s) => s.label)))),
  ].sort();
  const tally = new AgreementTally(annotators, labels);
  for (const document of documents) tally.add(document);
  return tally.result();
}

/**
 * `computeAgreement` one document at a time, for passes that never hold every document: the
 * annotators and labels are known beforehand (sorted), documents are added in order.
 */
export class AgreementTally {
  private readonly pairs: Array<[string, string]> = [];
  private readonly counts: PairCounts[][];
  private readonly alphas: NominalAlpha[];
  private readonly overall = new NominalAlpha();
  private used = 0;

  constructor(
    private readonly annotators: readonly string[],
    private readonly labels: readonly string[],
  ) {
    annotators.forEach((a, i) => annotators.slice(i + 1).forEach((b) => this.pairs.push([a, b])));
    this.counts = labels.map(() => this.pairs.map(newCounts));
    this.alphas = labels.map(() => new NominalAlpha());
  }

  add(document: AgreementDocument): void {
    const { annotators, labels, pairs, counts, alphas, overall } = this;
    const coders = annotators.filter((a) => document.spans.some((s) => s.author === a));
    if (coders.length < 2) return;
    this.used++;
    const cp = codePointText(document.text);
    const spansOf = (a: string, label: string) => document.spans.filter((s) => s.author === a && s.label === label);
    const covers = labels.map(
      (label) =>
        new Map(
          coders.map((a) => {
            const pieces = spansOf(a, label).map((s) => piecesOf(cp, s));
            const covered = coverageOf(cp.length, pieces.flat());
            return [a, { covered, sums: prefixSums(covered), pieces }] as const;
          }),
        ),
    );
    labels.forEach((label, l) => {
      const byCoder = covers[l]!;
      const histogram = new Float64Array(coders.length + 1);
      for (let i = 0; i < cp.length; i++) {
        if (!cp.counted[i]) continue;
        let ones = 0;
        for (const a of coders) ones += byCoder.get(a)!.covered[i]!;
        histogram[ones]!++;
      }
      histogram.forEach((units, ones) => alphas[l]!.addBinary(coders.length, ones, units));
      pairs.forEach(([a, b], p) => {
        const [ca, cb] = [byCoder.get(a), byCoder.get(b)];
        if (ca && cb) addPair(counts[l]![p]!, cp.counted, ca, cb);
      });
    });
    const key = new Array<string>(coders.length);
    for (let i = 0; i < cp.length; i++) {
      if (!cp.counted[i]) continue;
      coders.forEach((a, k) => {
        key[k] = labels.filter((_, l) => covers[l]!.get(a)!.covered[i]).join('\u0000');
      });
      const tally = new Map<string, number>();
      for (const value of key) tally.set(value, (tally.get(value) ?? 0) + 1);
      overall.add(tally, coders.length);
    }
  }

  result(): Agreement {
    const { annotators, labels, pairs, counts, alphas, overall } = this;
    const result: Agreement = {
      unit: 'codepoint',
      annotators: [...annotators],
      documents: this.used,
      labels: {},
      overall: { alpha: overall.value() },
    };
    labels.forEach((label, l) => {
      result.labels[label] = {
        alpha: alphas[l]!.value(),
        pairs: pairs.map(([a, b], p) => {
          const c = counts[l]![p]!;
          const spans = c.nA + c.nB;
          return {
            a,
            b,
            kappa: cohensKappa(c),
            n_a: c.nA,
            n_b: c.nB,
            f1_exact: spans === 0 ? null : (2 * c.exact) / spans,
            f1_overlap: spans === 0 ? null : (c.overlapA + c.overlapB) / spans,
          };
        }),
      };
    });
    return result;
  }
}

interface Coverage {
  covered: Uint8Array;
  sums: Uint32Array;
  pieces: Array<Array<[number, number]>>;
}

function addPair(c: PairCounts, counted: Uint8Array, a: Coverage, b: Coverage): void {
  for (let i = 0; i < counted.length; i++) {
    if (!counted[i]) continue;
    const x = a.covered[i]!;
    const y = b.covered[i]!;
    if (x && y) c.n11++;
    else if (x) c.n10++;
    else if (y) c.n01++;
    else c.n00++;
  }
  c.nA += a.pieces.length;
  c.nB += b.pieces.length;
  const keyOf = (pieces: Array<[number, number]>): string => pieces.map(([s, e]) => `${s}-${e}`).join(',');
  const left = new Map<string, number>();
  for (const pieces of a.pieces) left.set(keyOf(pieces), (left.get(keyOf(pieces)) ?? 0) + 1);
  for (const pieces of b.pieces) {
    const k = keyOf(pieces);
    const n = left.get(k) ?? 0;
    if (n === 0) continue;
    c.exact++;
    left.set(k, n - 1);
  }
  const touches = (pieces: Array<[number, number]>, other: Coverage): boolean =>
    pieces.some(([s, e]) => other.sums[e]! - other.sums[s]! > 0);
  for (const pieces of a.pieces) if (touches(pieces, b)) c.overlapA++;
  for (const pieces of b.pieces) if (touches(pieces, a)) c.overlapB++;
}
