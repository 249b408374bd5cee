import { describe, expect, it } from 'vitest';
import type { Relation, SpanAnnotation } from '../model';
import { canonicalSpanRanks } from './canonical-span-order';

const span = (id: string, label: string, start: number, end: number): SpanAnnotation =>
  ({ id, documentId: 'd-1', label, start, end, attributes: {} }) as SpanAnnotation;
const rel = (id: string, type: string, from: string, to: string): Relation => ({ id, type, from, to }) as Relation;

/** Two attributions of one claim that share every range: claim → source and claim → cue, twice. */
function twoAttributions(ids: Record<string, string>): { spans: SpanAnnotation[]; relations: Relation[] } {
  const spans = [
    span(ids.claim1!, 'Claim', 10, 20),
    span(ids.claim2!, 'Claim', 10, 20),
    span(ids.source1!, 'Source', 0, 5),
    span(ids.source2!, 'Source', 0, 5),
    span(ids.cue1!, 'Cue', 6, 9),
    span(ids.cue2!, 'Cue', 6, 9),
  ];
  const relations = [
    rel('r1', 'attributed-to', ids.claim1!, ids.source1!),
    rel('r2', 'cued-by', ids.claim1!, ids.cue1!),
    rel('r3', 'attributed-to', ids.claim2!, ids.source2!),
    rel('r4', 'cued-by', ids.claim2!, ids.cue2!),
  ];
  return { spans, relations };
}

/** The relations written as pairs of ranks, as an exporter numbering spans by rank would write them. */
function numbered(ids: Record<string, string>): string[] {
  const { spans, relations } = twoAttributions(ids);
  const ranks = canonicalSpanRanks([spans], relations, { attributes: true });
  const order = [...spans].sort((a, b) => a.start - b.start || a.end - b.end || ranks.get(a.id)! - ranks.get(b.id)!);
  const n = (id: string): number => order.findIndex((s) => s.id === id);
  return relations.map((r) => `${n(r.from)} ${r.type} ${n(r.to)}`).sort();
}

describe('canonicalSpanRanks', () => {
  it('numbers alike spans linked to alike spans the same way whatever their ids', () => {
    const a = { claim1: 'a', claim2: 'b', source1: 'c', source2: 'd', cue1: 'e', cue2: 'f' };
    const b = { claim1: 'z', claim2: 'b', source1: 'c', source2: 'y', cue1: 'a', cue2: 'q' };
    const c = { claim1: 'm', claim2: 'n', source1: 'p', source2: 'o', cue1: 'r', cue2: 's' };
    expect(numbered(b)).toEqual(numbered(a));
    expect(numbered(c)).toEqual(numbered(a));
    // Each claim keeps its own source and cue together, as one attribution.
    expect(numbered(a)).toEqual(['4 attributed-to 0', '4 cued-by 2', '5 attributed-to 1', '5 cued-by 3']);
  });

  it('gives every span its own rank, and tells alike spans apart by attributes only when asked', () => {
    const spans = [span('x', 'Claim', 0, 4), span('y', 'Claim', 0, 4)];
    spans[0]!.attributes = { certainty: 'high' };
    const withAttributes = canonicalSpanRanks([spans], [], { attributes: true });
    expect(new Set(withAttributes.values()).size).toBe(2);
    const reversed = canonicalSpanRanks([[...spans].reverse().map((s, i) => ({ ...s, id: `${'zw'[i]}` }))], [], {
      attributes: true,
    });
    // "w" (ex-x, high certainty) keeps x's place although its id now sorts last.
    expect(reversed.get('w')).toBe(withAttributes.get('x'));
  });
});
