import { describe, expect, it } from 'vitest';
import type { Relation, SpanAnnotation } from '../../core/model';
import { indexSpans } from './links';
import { buildMatrix, markDifferences } from './matrix';
import { buildSourceRows } from './sources-view';

const span = (
  id: string,
  documentId: string,
  label: string,
  quote: string,
  attributes: Record<string, string> = {},
): SpanAnnotation => ({
  id,
  documentId,
  label,
  start: 0,
  end: quote.length,
  quote,
  prefix: '',
  suffix: '',
  attributes,
  author: '',
  created: '',
  modified: '',
});
const rel = (id: string, from: string, to: string): Relation => ({
  id,
  type: 'attributed-to',
  from,
  to,
  author: '',
  created: '',
});

describe('markDifferences', () => {
  it('marks the words another cell lacks', () => {
    const [a, b] = markDifferences(['1,200 people left', '900 people left']);
    expect(a!.filter((p) => p.differs).map((p) => p.text)).toEqual(['1,200']);
    expect(b!.filter((p) => p.differs).map((p) => p.text)).toEqual(['900']);
    expect(markDifferences(['alone', ''])[0]!.some((p) => p.differs)).toBe(false);
  });
});

describe('buildMatrix', () => {
  it('puts each group in a row and each document in a column, with sources', () => {
    const spans = indexSpans({
      d1: [span('a', 'd1', 'Claim', '40 boats sank'), span('sa', 'd1', 'Source', 'the coastguard')],
      d2: [span('b', 'd2', 'Claim', '12 boats sank')],
    });
    const groups = [{ id: 'g', statement: 'Boats sank', members: ['b', 'a'], created: '', modified: '' }];
    const m = buildMatrix(groups, spans, [rel('r', 'a', 'sa')], ['d0', 'd1', 'd2']);
    expect(m.documentIds).toEqual(['d1', 'd2']);
    const [c1, c2] = m.rows[0]!.cells;
    expect(c1![0]!.sources).toEqual(['the coastguard']);
    expect(c1![0]!.pieces.filter((p) => p.differs).map((p) => p.text)).toEqual(['40']);
    expect(c2![0]!.span.id).toBe('b');
  });
});

describe('buildSourceRows', () => {
  it('counts claims per source across documents, same wording as one', () => {
    const spans = [
      span('s1', 'd1', 'Source', 'Mayor Oddny Vale', { named: 'yes' }),
      span('s2', 'd2', 'Source', 'mayor  oddny vale'),
      span('s3', 'd2', 'Source', 'a port official', { named: 'no' }),
      span('c1', 'd1', 'Claim', 'x'),
      span('c2', 'd3', 'Claim', 'y'),
    ];
    const rows = buildSourceRows(spans, [rel('r1', 'c1', 's1'), rel('r2', 'c2', 's2')], (l) => l === 'Source');
    expect(rows.map((r) => [r.name, r.claims, r.documentIds.length, r.naming])).toEqual([
      ['Mayor Oddny Vale', 2, 3, 'named'],
      ['a port official', 0, 1, 'anonymous'],
    ]);
  });
});
