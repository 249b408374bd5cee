import { describe, expect, it } from 'vitest';
import type { ClaimGroup, Relation, SpanAnnotation } from '../model';
import { compareLinks } from './compare-links';
import { agreedCopy, curatedIdOf } from './curate';
import { CuratedSpans, curatedLinkIdOf, preMergeLinks, resolveLinkDisagreement } from './curate-links';

const STAMP = '2026-01-01T00:00:00.000Z';
const curator = { author: 'lead', now: '2026-02-02T00:00:00.000Z' };

const span = (id: string, author: string, label: string, start: number, end: number, doc = 'd1'): SpanAnnotation => ({
  id,
  documentId: doc,
  label,
  start,
  end,
  quote: `q${start}`,
  prefix: '',
  suffix: '',
  attributes: {},
  author,
  created: STAMP,
  modified: STAMP,
});
const relation = (id: string, author: string, from: string, to: string): Relation => ({
  id,
  type: 'attributed to',
  from,
  to,
  author,
  created: STAMP,
});
const group = (id: string, author: string, members: string[]): ClaimGroup => ({
  id,
  statement: `group ${id}`,
  members,
  author,
  created: STAMP,
  modified: STAMP,
});

// Ana and Ben tag the same claim and source; Ben also tags a second source.
const spans = [
  span('s-ac', 'ana', 'Claim', 0, 10),
  span('s-bc', 'ben', 'Claim', 0, 10),
  span('s-as', 'ana', 'Source', 20, 25),
  span('s-bs', 'ben', 'Source', 20, 25),
  span('s-bt', 'ben', 'Source', 30, 35),
  span('s-ax', 'ana', 'Claim', 50, 60, 'd2'),
  span('s-bx', 'ben', 'Claim', 50, 60, 'd2'),
];
const byId = new Map(spans.map((s) => [s.id, s]));
const annotators = ['ana', 'ben'];

describe('comparing links', () => {
  it('agrees on links between alike spans and lists the rest as relation and group disagreements', () => {
    const result = compareLinks({
      documentId: 'd1',
      annotators,
      spans: byId,
      relations: [relation('r-a1', 'ana', 's-ac', 's-as'), relation('r-b1', 'ben', 's-bc', 's-bs')],
      groups: [group('g-a', 'ana', ['s-ac', 's-ax']), group('g-b', 'ben', ['s-bc', 's-bx', 's-bt'])],
    });
    expect(result.agreedRelations.map((same) => same.map((r) => r.id))).toEqual([['r-a1', 'r-b1']]);
    expect(result.agreedGroups).toEqual([]);
    expect(result.disagreements.map((d) => [d.kind, d.start, d.end, d.sides.map((s) => s.groups!.length)])).toEqual([
      ['groups', 0, 35, [1, 1]],
    ]);
  });

  it('clusters relations of one type whose claims overlap, one side per annotator', () => {
    const result = compareLinks({
      documentId: 'd1',
      annotators,
      spans: byId,
      relations: [relation('r-a1', 'ana', 's-ac', 's-as'), relation('r-b2', 'ben', 's-bc', 's-bt')],
      groups: [],
    });
    const [only] = result.disagreements;
    expect(result.disagreements).toHaveLength(1);
    expect(only!.sides.map((s) => [s.name, s.relations!.map((r) => r.id)])).toEqual([
      ['ana', ['r-a1']],
      ['ben', ['r-b2']],
    ]);
    expect([only!.start, only!.end]).toEqual([0, 35]);
  });
});

describe('curating links', () => {
  const agreed = [
    agreedCopy([byId.get('s-ac')!, byId.get('s-bc')!]),
    agreedCopy([byId.get('s-as')!, byId.get('s-bs')!]),
  ];
  const mapping = { spans: byId, curated: new CuratedSpans(agreed) };

  it("maps Ben's spans to the copies made of Ana's, and pre-merges agreed links the same on every machine", () => {
    expect(mapping.curated.of(byId.get('s-bc')!)).toBe(curatedIdOf(byId.get('s-ac')!));
    expect(mapping.curated.of(byId.get('s-bt')!)).toBeUndefined();
    const comparison = compareLinks({
      documentId: 'd1',
      annotators,
      spans: byId,
      relations: [relation('r-a1', 'ana', 's-ac', 's-as'), relation('r-b1', 'ben', 's-bc', 's-bs')],
      groups: [],
    });
    const none = { relations: [], claimGroups: [] };
    const merged = preMergeLinks(comparison, none, mapping);
    expect(merged.relations).toEqual([
      {
        id: curatedLinkIdOf('r', { id: 'r-a1' }),
        type: 'attributed to',
        from: agreed[0]!.id,
        to: agreed[1]!.id,
        author: 'ana + ben',
        layer: 'curated',
        created: STAMP,
      },
    ]);
    expect(preMergeLinks(comparison, { ...none, curatedDeletions: [merged.relations[0]!.id] }, mapping)).toEqual(none);
    expect(preMergeLinks(comparison, { ...none, relations: merged.relations }, mapping)).toEqual(none);
  });

  it('takes a side between curated spans, replaces an earlier take, and refuses a span not curated yet', () => {
    const comparison = compareLinks({
      documentId: 'd1',
      annotators,
      spans: byId,
      relations: [relation('r-a1', 'ana', 's-ac', 's-as'), relation('r-b2', 'ben', 's-bc', 's-bt')],
      groups: [],
    });
    const [d] = comparison.disagreements;
    const takeA = resolveLinkDisagreement(d!, [0], { relations: [], claimGroups: [] }, mapping, curator);
    expect(takeA.ok && takeA.value.addRelations.map((r) => [r.from, r.to, r.author])).toEqual([
      [agreed[0]!.id, agreed[1]!.id, 'lead'],
    ]);
    const present = { relations: takeA.ok ? takeA.value.addRelations : [], claimGroups: [] };
    const reject = resolveLinkDisagreement(d!, [], present, mapping, curator);
    expect(reject.ok && reject.value.removeRelations).toEqual([curatedLinkIdOf('r', { id: 'r-a1' })]);
    const takeB = resolveLinkDisagreement(d!, [1], present, mapping, curator);
    expect(takeB.ok ? null : takeB.error.message).toBe(
      'Settle the spans first: the curated layer has no copy of Source "q30".',
    );
  });
});
