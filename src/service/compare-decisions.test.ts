import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch';
import { workspaceHandlers } from '../api/workspace-handlers';
import { initWorkspace } from './init-workspace';
import { bytesOf, tempFolder } from './test-workspace';
import { WorkspaceService } from './workspace-service';

let folder: ReturnType<typeof tempFolder>;
let service: WorkspaceService;
const A = 'Officials said 2,400 homes were flooded in the river valley on Monday.';
const B = 'The mayor said 1,900 homes were flooded in the river valley on Monday.';

beforeEach(async () => {
  folder = tempFolder();
  await initWorkspace(join(folder.path, 'ws'));
  service = await WorkspaceService.open(join(folder.path, 'ws'), { author: 'ana' });
  await service.importFiles([
    { name: 'a.txt', bytes: bytesOf(A) },
    { name: 'b.txt', bytes: bytesOf(B) },
  ]);
});
afterEach(() => {
  service.close();
  folder.cleanup();
});

const handlers = () => workspaceHandlers(service);

async function recorded() {
  await handlers().compareArticles({ apply: true });
  return handlers().listCompareProposals({});
}

describe('comparison proposals through the service', () => {
  it('lists nothing before a comparison is recorded, and a comparison without apply records nothing', async () => {
    expect(await handlers().listCompareProposals({})).toEqual({ groups: [], discrepancies: [] });
    const found = await handlers().compareArticles({});
    expect(found.groups.length).toBeGreaterThan(0);
    expect(await handlers().listCompareProposals({})).toEqual({ groups: [], discrepancies: [] });
  });

  it('records groups and discrepancies as proposed; accepting a group saves it as a claim group', async () => {
    const proposals = await recorded();
    const group = proposals.groups[0]!;
    expect(group.status).toBe('proposed');
    const value = proposals.discrepancies.find((d) => d.kind === 'value')!;
    expect([value.a.text, value.b.text].sort()).toEqual(['1,900 homes', '2,400 homes']);
    expect(service.listRelations().claimGroups).toEqual([]);

    const decision = await handlers().decideCompareProposal({ kind: 'group', id: group.id, decision: 'accept' });
    expect(decision.claimGroup?.members).toEqual(group.members);
    expect(service.listRelations().claimGroups).toEqual([decision.claimGroup]);
    expect(decision.proposals.groups[0]).toMatchObject({ status: 'accepted', claimGroupId: decision.claimGroup!.id });

    await handlers().decideCompareProposal({ kind: 'discrepancy', id: value.id, decision: 'accept' });
    const after = await handlers().listCompareProposals({});
    expect(after.discrepancies.find((d) => d.id === value.id)?.status).toBe('accepted');
  });

  it('reopening a decided proposal puts it back to proposed, no longer tied to the claim group it made', async () => {
    const { groups, discrepancies } = await recorded();
    const group = groups[0]!;
    await handlers().decideCompareProposal({ kind: 'group', id: group.id, decision: 'accept' });
    const reopened = await handlers().decideCompareProposal({ kind: 'group', id: group.id, decision: 'reopen' });
    expect(reopened.proposals.groups[0]!.status).toBe('proposed');
    expect(reopened.proposals.groups[0]!.claimGroupId).toBeUndefined();
    await handlers().decideCompareProposal({ kind: 'discrepancy', id: discrepancies[0]!.id, decision: 'reject' });
    await handlers().decideCompareProposal({ kind: 'discrepancy', id: discrepancies[0]!.id, decision: 'reopen' });
    expect((await handlers().listCompareProposals({})).discrepancies[0]!.status).toBe('proposed');
  });

  it('re-creates a member span deleted since the comparison when the group is accepted', async () => {
    const { groups } = await recorded();
    const member = groups[0]!.members[0]!;
    const documentId = groups[0]!.places![0]!.documentId;
    await service.deleteAnnotation(documentId, member);
    const decision = await handlers().decideCompareProposal({ kind: 'group', id: groups[0]!.id, decision: 'accept' });
    expect(decision.spans).toHaveLength(1);
    expect(decision.claimGroup?.members).toContain(decision.spans[0]!.id);
  });

  it('rejecting leaves no claim group and no relation, and a second comparison keeps the decision', async () => {
    const { groups, discrepancies } = await recorded();
    await handlers().decideCompareProposal({ kind: 'group', id: groups[0]!.id, decision: 'reject' });
    await handlers().decideCompareProposal({ kind: 'discrepancy', id: discrepancies[0]!.id, decision: 'reject' });
    expect(service.listRelations()).toEqual({ relations: [], claimGroups: [] });
    const again = await recorded();
    expect(again.groups[0]!.status).toBe('rejected');
    expect(again.discrepancies.find((d) => d.id === discrepancies[0]!.id)?.status).toBe('rejected');
  });

  it('an accepted contradiction links its two sides with contradicts', async () => {
    service.close();
    folder.cleanup();
    folder = tempFolder();
    await initWorkspace(join(folder.path, 'ws'));
    service = await WorkspaceService.open(join(folder.path, 'ws'), { author: 'ana' });
    const texts = [
      'The ministry confirmed that troops crossed the northern border on Monday.',
      'The ministry denied that troops crossed the northern border on Monday.',
    ];
    const imported = await service.importFiles(texts.map((t, i) => ({ name: `${i}.txt`, bytes: bytesOf(t) })));
    for (const [i, o] of imported.entries())
      if (o.status === 'imported')
        await service.createAnnotation({
          documentId: o.document.id,
          label: 'Claim',
          start: 0,
          end: texts[i]!.length - 1,
        });
    const { discrepancies } = await recorded();
    const contradiction = discrepancies.find((d) => d.kind === 'contradiction');
    expect(contradiction, JSON.stringify(discrepancies)).toBeDefined();
    const decision = await handlers().decideCompareProposal({
      kind: 'discrepancy',
      id: contradiction!.id,
      decision: 'accept',
    });
    expect(decision.relation).toMatchObject({
      type: 'contradicts',
      from: contradiction!.a.spanId,
      to: contradiction!.b.spanId,
    });
    expect(service.listRelations().relations).toEqual([decision.relation]);
  });

  it('refuses unknown ids, bad kinds and extra arguments', async () => {
    await recorded();
    const call = (args: unknown) => dispatch(handlers(), 'decideCompareProposal', args);
    const unknown = await call({ kind: 'group', id: 'cg-nothing', decision: 'accept' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'no-proposal' } });
    expect(await call({ kind: 'span', id: 'x', decision: 'accept' })).toMatchObject({
      ok: false,
      error: { code: 'bad-arguments' },
    });
    expect(await call({ kind: 'group', id: '', decision: 'accept' })).toMatchObject({
      ok: false,
      error: { code: 'bad-arguments' },
    });
    expect(await call({ kind: 'group', id: 'x', decision: 'maybe' })).toMatchObject({
      ok: false,
      error: { code: 'bad-arguments' },
    });
    const extra = await dispatch(handlers(), 'listCompareProposals', { everything: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(service.listRelations().claimGroups).toEqual([]);
  });
});

describe('the report after a comparison', () => {
  it('states an accepted discrepancy of an accepted group with both quotes, and leaves a rejected one out', async () => {
    const { groups, discrepancies } = await recorded();
    await handlers().decideCompareProposal({ kind: 'group', id: groups[0]!.id, decision: 'accept' });
    const value = discrepancies.find((d) => d.kind === 'value')!;
    await handlers().decideCompareProposal({ kind: 'discrepancy', id: value.id, decision: 'accept' });
    const others = discrepancies.filter((d) => d.id !== value.id && d.groupId === value.groupId);
    for (const d of others)
      await handlers().decideCompareProposal({ kind: 'discrepancy', id: d.id, decision: 'reject' });
    const report = await handlers().renderReport({ format: 'md' });
    expect(report.content).toContain('value (accepted by the analyst)');
    expect(report.content).toMatch(/“2,400 homes”/);
    expect(report.content).toMatch(/“1,900 homes”/);
    for (const d of others) expect(report.content).not.toContain(d.detail);
  });
});
