import { describe, expect, it } from 'vitest';
import type { ClaimGroup, CollateDocument, Relation, SpanAnnotation } from '../core/model';
import { GroupFindings, type GroupFindingsContext } from './group-findings';

const TEXTS: Record<string, string> = {
  'd-a': 'Officials said 2,400 homes were flooded on Monday.',
  'd-b': 'About 2,300 homes were flooded, the mayor told reporters.',
  'd-c': 'The mayor spoke to reporters.',
  'd-unrelated': 'Nothing here is part of the group.',
};

function span(id: string, documentId: string, quote: string, label = 'Claim'): SpanAnnotation {
  const start = TEXTS[documentId]!.indexOf(quote);
  return {
    id,
    documentId,
    label,
    start,
    end: start + quote.length,
    quote,
    prefix: '',
    suffix: '',
    attributes: {},
    author: 'ana',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  } as SpanAnnotation;
}

/** A workspace in memory that counts what the findings read. */
function workspace() {
  const spans: Record<string, SpanAnnotation[]> = {
    'd-a': [span('s-a', 'd-a', '2,400 homes were flooded')],
    'd-b': [span('s-b', 'd-b', 'About 2,300 homes were flooded')],
    'd-c': [span('s-mayor', 'd-c', 'The mayor', 'Source')],
    'd-unrelated': [span('s-x', 'd-unrelated', 'Nothing here')],
  };
  const group: ClaimGroup = {
    id: 'g-homes',
    statement: 'Homes flooded',
    members: ['s-a', 's-b'],
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  } as ClaimGroup;
  const links: { relations: Relation[]; claimGroups: ClaimGroup[] } = {
    relations: [
      { id: 'r-1', type: 'attributed-to', from: 's-b', to: 's-mayor', author: 'ana', created: '' } as Relation,
    ],
    claimGroups: [group],
  };
  const reads = { spans: [] as string[], texts: [] as string[] };
  const context: GroupFindingsContext = {
    relations: () => links,
    locateSpans: async (ids) => {
      const out = new Map<string, string>();
      for (const [documentId, list] of Object.entries(spans))
        for (const s of list) if (ids.includes(s.id)) out.set(s.id, documentId);
      return out;
    },
    spansOf: async (id) => {
      reads.spans.push(id);
      return spans[id]!;
    },
    stampOf: (id) => ({ textSha256: `sha-of-${TEXTS[id]!.length}` }),
    document: (id) => {
      reads.texts.push(id);
      return { id, text: TEXTS[id]! } as CollateDocument;
    },
  };
  return { context, spans, reads, links };
}

describe('a claim group’s findings', () => {
  it('read only the documents of its members and their sources, wherever those are', async () => {
    const { context, reads } = workspace();
    const found = await new GroupFindings(context).of('g-homes');
    expect(reads.spans.sort()).toEqual(['d-a', 'd-b', 'd-c']);
    expect(found.find((f) => f.kind === 'precision')).toMatchObject({
      a: { claimId: 's-a', text: '2,400 homes' },
      b: { claimId: 's-b', text: 'About 2,300 homes' },
    });
    // The source, in a third document, is read: one side is attributed, the other not.
    expect(found.map((f) => f.kind)).toContain('attribution');
  });

  it('are kept until a member changes, then found again', async () => {
    const { context, reads, spans } = workspace();
    const findings = new GroupFindings(context);
    const first = await findings.of('g-homes');
    const textsRead = reads.texts.length;
    expect(await findings.of('g-homes')).toBe(first);
    expect(reads.texts.length).toBe(textsRead);

    spans['d-a'] = [span('s-a', 'd-a', '2,400 homes')];
    const again = await findings.of('g-homes');
    expect(reads.texts.length).toBeGreaterThan(textsRead);
    expect(again).not.toBe(first);
  });

  it('are found again when the claim loses its source', async () => {
    const { context, links } = workspace();
    const findings = new GroupFindings(context);
    expect((await findings.of('g-homes')).map((f) => f.kind)).toContain('attribution');
    links.relations = [];
    expect((await findings.of('g-homes')).map((f) => f.kind)).not.toContain('attribution');
  });

  it('name a group that does not exist', async () => {
    await expect(new GroupFindings(workspace().context).of('g-missing')).rejects.toThrow(
      'There is no claim group "g-missing" in this workspace.',
    );
  });
});
