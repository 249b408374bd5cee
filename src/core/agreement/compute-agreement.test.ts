import { describe, expect, it } from 'vitest';
import { computeAgreement } from './compute-agreement';

const span = (author: string, start: number, end: number, label = 'Claim') => ({ author, start, end, label });

describe('computeAgreement', () => {
  it('gives the hand-computed kappa, alpha and F1 of two annotators on four code points', () => {
    // Items a b c d (the space is not one). x: 1 1 0 0, y: 1 0 0 0.
    const result = computeAgreement([{ id: 'd1', text: 'ab cd', spans: [span('x', 0, 2), span('y', 0, 1)] }]);
    expect(result.documents).toBe(1);
    const claim = result.labels.Claim!;
    // Ao = 3/4, Ae = .5·.25 + .5·.75 = .5 → kappa = .5; alpha = 1 − 7·2/30.
    expect(claim.pairs).toEqual([{ a: 'x', b: 'y', kappa: 0.5, f1_exact: 0, f1_overlap: 1, n_a: 1, n_b: 1 }]);
    expect(claim.alpha).toBeCloseTo(1 - 14 / 30, 12);
    expect(result.overall.alpha).toBeCloseTo(1 - 14 / 30, 12);
  });

  it('counts code points, not UTF-16 units, and leaves out documents fewer than two annotated', () => {
    const result = computeAgreement([
      { id: 'd1', text: '😀b c', spans: [span('x', 0, 2), span('y', 0, 2), span('y', 4, 5)] },
      { id: 'd2', text: 'zzzz', spans: [span('x', 0, 4)] },
    ]);
    expect(result.documents).toBe(1);
    // Items 😀 b c: x 1 0 0, y 1 0 1 → Ao = 2/3, Ae = 1/3·2/3 + 2/3·1/3 = 4/9, kappa = (2/3 − 4/9)/(5/9) = .4.
    expect(result.labels.Claim!.pairs[0]).toMatchObject({
      kappa: expect.closeTo(0.4, 12),
      f1_exact: 2 / 3,
      n_a: 1,
      n_b: 2,
    });
  });

  it('uses the set of labels as the overall value, and alpha over three annotators', () => {
    const text = 'abcd';
    const result = computeAgreement([
      {
        id: 'd',
        text,
        spans: [
          span('x', 0, 2, 'Claim'),
          span('x', 1, 2, 'Source'),
          span('y', 0, 2, 'Claim'),
          span('z', 0, 1, 'Claim'),
        ],
      },
    ]);
    // Claim per item (x,y,z): a 111, b 110, c 000, d 000 → D_o = 2·1·2/2 = 2; n = 12, n1 = 5, n0 = 7.
    expect(result.labels.Claim!.alpha).toBeCloseTo(1 - (11 * 2) / (2 * 5 * 7), 12);
    // Overall: a {C}{C}{C}, b {C,S}{C}{} (3 values), c, d all {} → D_o = (9 − 3)/2 = 3; totals C 4, CS 1, {} 7.
    expect(result.overall.alpha).toBeCloseTo(1 - (11 * 3) / (144 - 16 - 1 - 49), 12);
    expect(result.labels.Source!.pairs.map((p) => p.kappa)).toEqual([0, 0, 1]);
  });
});
