import { describe, expect, it } from 'vitest';
import { findDiscrepancies, proposeClaimGroups } from './compare';

describe('proposeClaimGroups', () => {
  it('groups the same claim across documents, never two from one document', () => {
    const groups = proposeClaimGroups([
      { id: 'a', documentId: 'd1', text: 'About 10,000 North Korean troops have crossed into the Kursk region.' },
      { id: 'b', documentId: 'd2', text: '11,000 North Korean troops are now in the Kursk region.' },
      { id: 'c', documentId: 'd2', text: 'North Korean troops were seen in the Kursk region.' },
      { id: 'd', documentId: 'd3', text: 'The minister met farmers in Lviv on Tuesday.' },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.members.sort()).toEqual(['a', 'b']);
    expect(groups[0]!.reason).toContain('kursk');
    expect(groups[0]!.score).toBeGreaterThan(0.3);
  });
});

describe('findDiscrepancies', () => {
  it('classifies value, precision, time and source differences', () => {
    const found = findDiscrepancies([
      {
        id: 'a',
        documentId: 'd1',
        text: 'About 10,000 troops crossed the border yesterday.',
        published: '2024-11-11',
        sourceText: 'U.S. officials',
      },
      {
        id: 'b',
        documentId: 'd2',
        text: '11,000 troops crossed the border on Nov. 10.',
        published: '2024-11-12',
        sourceText: 'the defence ministry',
      },
      {
        id: 'c',
        documentId: 'd3',
        text: '20,000 troops crossed the border last month.',
        published: '2024-11-12',
        sourceText: 'U.S. officials',
      },
    ]);
    const summary = found.map((f) => `${f.a.claimId}-${f.b.claimId} ${f.kind}`);
    expect(summary).toEqual([
      'a-b different precision',
      'a-b different source',
      'a-c different value',
      'a-c different time',
      'b-c different value',
      'b-c different time',
      'b-c different source',
    ]);
    // "yesterday" on Nov. 11 and "on Nov. 10" are the same day: no time difference between a and b.
    expect(found.find((f) => f.kind === 'different time' && f.b.claimId === 'b')).toBeUndefined();
  });

  it('treats a lower bound that admits the other figure as a precision difference', () => {
    const [d] = findDiscrepancies([
      { id: 'x', documentId: 'd1', text: 'The army loses more than 1,200 soldiers a day.' },
      { id: 'y', documentId: 'd2', text: 'The army loses 1,500 soldiers a day.' },
    ]);
    expect(d).toMatchObject({ kind: 'different precision', detail: 'at least 1200 soldier vs 1500 soldier' });
    expect(
      findDiscrepancies([
        { id: 'x', documentId: 'd1', text: 'The army loses 900 soldiers a day.' },
        { id: 'y', documentId: 'd2', text: 'The army loses 1,500 soldiers a day.' },
      ])[0]!.kind,
    ).toBe('different value');
  });
});
