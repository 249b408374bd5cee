import { describe, expect, it } from 'vitest';
import type { Relation, SpanAnnotation } from '../model';
import { canonicalSpanOrder } from './canonical-span-order';

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
  const alike = canonicalSpanOrder([spans], relations, { attributes: true });
  const order = [...spans].sort((a, b) => a.start - b.start || a.end - b.end || alike(a, b));
  const n = (id: string): number => order.findIndex((s) => s.id === id);
  return relations.map((r) => `${n(r.from)} ${r.type} ${n(r.to)}`).sort();
}

describe('canonicalSpanOrder', () => {
  it('numbers alike spans linked to alike spans the same way whatever their ids', () => {
    const a = { claim1: 'a', claim2: 'b', source1: 'c', source2: 'd', cue1: 'e', cue2: 'f' };
    const b = { claim1: 'z', claim2: 'b', source1: 'c', source2: 'y', cue1: 'a', cue2: 'q' };
    const c = { claim1: 'm', claim2: 'n', source1: 'p', source2: 'o', cue1: 'r', cue2: 's' };
    expect(numbered(b)).toEqual(numbered(a));
    expect(numbered(c)).toEqual(numbered(a));
    // Each claim keeps its own source and cue together, as one attribution.
    expect(numbered(a)).toEqual(['4 attributed-to 0', '4 cued-by 2', '5 attributed-to 1', '5 cued-by 3']);
  });

  it('tells alike spans apart by attributes only when the format carries them', () => {
    const spans = [span('x', 'Claim', 0, 4), span('y', 'Claim', 0, 4)];
    spans[1]!.attributes = { certainty: 'high' };
    const renamed = spans.map((s, i) => ({ ...s, id: 'zw'[i]! }));
    const sorted = (list: SpanAnnotation[], attributes: boolean): string[] =>
      [...list].sort(canonicalSpanOrder([list], [], { attributes })).map((s) => s.attributes.certainty ?? '-');
    // With attributes the order follows them whatever the ids: "high" after none, for x/y and for z/w.
    expect(sorted(spans, true)).toEqual(sorted(renamed, true));
    // Without them, the attributes play no part: swapping them leaves the order of ids as it was.
    const swapped = spans.map((s, i) => ({ ...s, attributes: spans[1 - i]!.attributes }));
    const ids = (list: SpanAnnotation[], attributes: boolean): string[] =>
      [...list].sort(canonicalSpanOrder([list], [], { attributes })).map((s) => s.id);
    expect(ids(swapped, false)).toEqual(ids(spans, false));
    expect(ids(swapped, true)).not.toEqual(ids(spans, true));
  });
});
