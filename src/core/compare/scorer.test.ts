import { describe, expect, it } from 'vitest';
import { features } from './features';
import { idfWeights, similarity } from './pairs';
import { SimilarityScorer } from './scorer';
import { claimUnits } from './units';

const A = {
  id: 'a',
  published: '2024-03-07',
  text: 'The ministry said on Tuesday that 3,000 troops crossed the border near Kharkiv. About 50,000 people have fled the region, according to the UN refugee agency. The mayor opened a new school in the north of the city.',
};
const B = {
  id: 'b',
  published: '2024-03-07',
  text: 'Officials said 2,500 troops crossed the border near Kharkiv on Tuesday. Some 50,000 people have fled the region, the UN refugee agency said. The new school in the north of the city was opened by the mayor.',
};

describe('SimilarityScorer', () => {
  const all = [A, B].flatMap((d) => claimUnits(d, []).map((u) => features(u, d.published, d.text)));
  const idf = idfWeights(all);
  const scorer = new SimilarityScorer(all, idf);
  it('scores every pair as similarity does', () => {
    let matched = 0;
    for (let i = 0; i < all.length; i++)
      for (let j = 0; j < all.length; j++) {
        if (i === j) continue;
        const expected = similarity(all[i]!, all[j]!, idf).score;
        expect(scorer.score(i, j)).toBeCloseTo(expected, 10);
        if (expected > 0) matched++;
      }
    expect(matched).toBeGreaterThan(0);
  });
  it('gives the same score both ways', () => {
    expect(scorer.score(1, 0)).toBe(scorer.score(0, 1));
  });
});
