import { describe, expect, it } from 'vitest';
import type { Relation } from '../core/model';
import { relationsBetween } from './relation-ends';

const relation = (n: number, from: string, to: string): Relation => ({
  id: `r-${n}`,
  type: 'attributed-to',
  from,
  to,
  author: 'ana',
  created: '2026-01-01T00:00:00.000Z',
});

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('relationsBetween', () => {
  it('finds what a pass over every relation finds, in order, through appends, removals and replacements', () => {
    const next = random(7);
    const span = (): string => `s-${Math.floor(next() * 12)}`;
    const owner = {};
    let relations: Relation[] = [];
    for (let step = 0; step < 400; step++) {
      const roll = next();
      if (roll < 0.6) relations = [...relations, relation(step, span(), span()), relation(-step, span(), span())];
      else if (roll < 0.8 && relations.length > 0)
        relations = relations.filter((_, i) => i !== step % relations.length);
      else if (relations.length > 0) {
        const at = step % relations.length;
        relations = relations.map((r, i) => (i === at ? relation(1000 + step, span(), r.to) : r));
      }
      const ends = new Set([span(), span(), span()]);
      expect(relationsBetween(owner, relations, ends)).toEqual(
        relations.filter((r) => ends.has(r.from) && ends.has(r.to)),
      );
    }
  });
});
