import { describe, expect, it } from 'vitest';
import type { Relation, SpanAnnotation } from '../../core/model';
import { contradictedSpans, groupPeers, indexSpans, rankSources, relationsOf } from './links';

const span = (id: string, documentId: string, label: string, start: number, quote = id): SpanAnnotation => ({
  id,
  documentId,
  label,
  start,
  end: start + 5,
  quote,
  prefix: '',
  suffix: '',
  attributes: {},
  author: '',
  created: '',
  modified: '',
});
const rel = (id: string, type: string, from: string, to: string): Relation => ({
  id,
  type,
  from,
  to,
  author: '',
  created: '',
});

describe('rankSources', () => {
  const spans = indexSpans({
    d1: [
      span('c', 'd1', 'Claim', 100),
      span('far', 'd1', 'Source', 500),
      span('near', 'd1', 'Source', 80),
      span('used', 'd1', 'Source', 120),
    ],
    d2: [
      span('c2', 'd2', 'Claim', 0),
      span('mayor', 'd2', 'Source', 10, 'the mayor'),
      span('idle', 'd2', 'Source', 50),
    ],
  });
  it("lists this document's sources nearest first, then sources used elsewhere, leaving out linked ones", () => {
    const relations = [rel('r1', 'attributed-to', 'c', 'used'), rel('r2', 'attributed-to', 'c2', 'mayor')];
    const ranked = rankSources(spans.get('c')!, spans, relations, (l) => l === 'Source');
    expect(ranked.map((r) => [r.span.id, r.where])).toEqual([
      ['near', 'here'],
      ['far', 'here'],
      ['mayor', 'elsewhere'],
    ]);
  });
});

describe('relations and groups', () => {
  it('finds relations either way and group peers', () => {
    const relations = [rel('r1', 'contradicts', 'a', 'b'), rel('r2', 'supports', 'c', 'a')];
    expect(relationsOf('a', relations).map((r) => [r.other, r.outgoing])).toEqual([
      ['b', true],
      ['c', false],
    ]);
    const groups = [{ id: 'g', statement: '', members: ['a', 'b', 'c'], created: '', modified: '' }];
    expect([...groupPeers('b', groups)]).toEqual(['a', 'c']);
    expect(groupPeers(null, groups).size).toBe(0);
  });

  it('finds the spans at either end of a contradiction, and only those', () => {
    const relations = [rel('r1', 'contradicts', 'a', 'b'), rel('r2', 'supports', 'c', 'd')];
    expect([...contradictedSpans(relations)].sort()).toEqual(['a', 'b']);
  });
});
