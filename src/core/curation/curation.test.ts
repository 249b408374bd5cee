import { describe, expect, it } from 'vitest';
import type { SpanAnnotation } from '../model';
import { compareLayers } from './compare-layers';
import { curatedIdOf, preMergeAgreements, resolveDisagreement } from './curate';
import { compareDocument, curationState, progressText } from './curation-state';

let n = 0;
function span(
  author: string,
  label: string,
  start: number,
  end: number,
  extra: Partial<SpanAnnotation> = {},
): SpanAnnotation {
  n++;
  return {
    id: `s-${String(n).padStart(12, '0')}`,
    documentId: 'd-000000000001',
    label,
    start,
    end,
    quote: '',
    prefix: '',
    suffix: '',
    attributes: {},
    author,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}
const context = { author: 'lead', now: '2026-02-02T00:00:00.000Z' };

describe('compareLayers', () => {
  const agreed = [span('ana', 'Claim', 0, 10), span('ben', 'Claim', 0, 10)];
  const label = [span('ana', 'Claim', 20, 30), span('ben', 'Source', 20, 30)];
  const extent = [span('ana', 'Source', 40, 45), span('ben', 'Source', 40, 48), span('ben', 'Claim', 47, 60)];
  const missing = [span('ana', 'Cue', 70, 75)];
  const attrs = [span('ana', 'Claim', 80, 90, { attributes: { certainty: 'hedged' } }), span('ben', 'Claim', 80, 90)];

  it('agrees on spans every annotator made alike and lists each overlapping cluster once, in text order', () => {
    const result = compareLayers([...missing, ...extent, ...label, ...agreed, ...attrs]);
    expect(result.annotators).toEqual(['ana', 'ben']);
    expect(result.agreed.map((a) => a.spans.map((s) => s.author))).toEqual([['ana', 'ben']]);
    expect(result.disagreements.map((d) => [d.start, d.end, d.sides.map((s) => s.spans.length)])).toEqual([
      [20, 30, [1, 1]],
      [40, 60, [1, 2]],
      [70, 75, [1, 0]],
      [80, 90, [1, 1]],
    ]);
    expect(new Set(result.disagreements.map((d) => d.id)).size).toBe(4);
  });

  it('leaves the curated layer and orphaned spans out', () => {
    const result = compareLayers([
      ...agreed,
      span('lead', 'Claim', 20, 30, { layer: 'curated' }),
      span('ben', 'Claim', 50, 55, { orphaned: true }),
    ]);
    expect(result.annotators).toEqual(['ana', 'ben']);
    expect(result.disagreements).toEqual([]);
  });

  it('lists the two versions a git merge kept of one span as a conflict', () => {
    const a = span('ana', 'Claim', 0, 10, { attributes: { certainty: 'hedged' } });
    const b = span('ana', 'Claim', 0, 10, { attributes: { certainty: 'asserted' } });
    a.conflict = { with: b.id };
    b.conflict = { with: a.id };
    const result = compareLayers([a, b]);
    expect(result.disagreements.map((d) => [d.kind, d.sides.map((s) => s.spans[0]!.id)])).toEqual([
      ['conflict', [a.id, b.id]],
    ]);
  });
});

describe('curating', () => {
  it('pre-merges agreements once and takes, swaps and rejects sides of a disagreement', () => {
    const spans = [
      span('ana', 'Claim', 0, 10),
      span('ben', 'Claim', 0, 10),
      span('ana', 'Claim', 20, 30),
      span('ben', 'Source', 20, 30),
    ];
    const comparison = compareLayers(spans);
    const merged = preMergeAgreements(comparison, spans);
    expect(merged.map((s) => [s.label, s.start, s.layer, s.author])).toEqual([['Claim', 0, 'curated', 'ana + ben']]);
    expect(preMergeAgreements(comparison, [...spans, ...merged])).toEqual([]);
    expect(preMergeAgreements(comparison, spans, new Set([merged[0]!.id]))).toEqual([]);

    const [disagreement] = comparison.disagreements;
    const takeA = resolveDisagreement(disagreement!, [0], spans, context);
    expect(takeA.remove).toEqual([]);
    expect(takeA.add.map((s) => [s.label, s.id])).toEqual([['Claim', curatedIdOf(spans[2]!)]]);
    const withA = [...spans, ...takeA.add];
    const takeB = resolveDisagreement(disagreement!, [1], withA, context);
    expect(takeB.remove).toEqual([curatedIdOf(spans[2]!)]);
    expect(takeB.add.map((s) => s.label)).toEqual(['Source']);
    expect(resolveDisagreement(disagreement!, [0, 1], withA, context).add.map((s) => s.label)).toEqual([
      'Claim',
      'Source',
    ]);
    expect(resolveDisagreement(disagreement!, [], withA, context)).toEqual({
      remove: [curatedIdOf(spans[2]!)],
      add: [],
    });
  });

  it('pre-merges nothing in a document of one annotator', () => {
    const spans = [span('ana', 'Claim', 0, 10)];
    expect(preMergeAgreements(compareLayers(spans), spans)).toEqual([]);
  });

  it('counts the disagreements with a decision', () => {
    const spans = [span('ana', 'Claim', 0, 10), span('ben', 'Source', 20, 30)];
    const [first] = compareLayers(spans).disagreements;
    const state = curationState('d-000000000001', compareDocument('d-000000000001', spans), [
      { id: first!.id, take: [0], author: 'lead', decided: context.now },
    ]);
    expect(progressText(state)).toBe('1 of 2 disagreements resolved');
    expect(state.disagreements[0]!.decision?.take).toEqual([0]);
  });
});
