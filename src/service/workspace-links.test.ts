import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSchema } from '../core/default-schema';
import { initWorkspace } from './init-workspace';
import { bytesOf, tempFolder } from './test-workspace';
import { WorkspaceService } from './workspace-service';
import { workspaceHandlers } from '../api/workspace-handlers';

let folder: ReturnType<typeof tempFolder>;
let service: WorkspaceService;
const A = 'Russia lost 1,500 troops a day, said Admiral Radakin.';
const B = 'More than 1,200 soldiers a day, US officials estimated.';

async function setup() {
  const [a, b] = await service.importFiles([
    { name: 'a.txt', bytes: bytesOf(A) },
    { name: 'b.txt', bytes: bytesOf(B) },
  ]);
  if (a?.status !== 'imported' || b?.status !== 'imported') throw new Error('import failed');
  const tag = (documentId: string, text: string, quote: string, label: string) =>
    service.createAnnotation({
      documentId,
      label,
      start: text.indexOf(quote),
      end: text.indexOf(quote) + quote.length,
    });
  return {
    a: a.document.id,
    b: b.document.id,
    claimA: await tag(a.document.id, A, 'Russia lost 1,500 troops a day', 'Claim'),
    sourceA: await tag(a.document.id, A, 'Admiral Radakin', 'Source'),
    claimB: await tag(b.document.id, B, 'More than 1,200 soldiers a day', 'Claim'),
  };
}

beforeEach(async () => {
  folder = tempFolder();
  await initWorkspace(join(folder.path, 'ws'));
  service = await WorkspaceService.open(join(folder.path, 'ws'), { author: 'ana' });
});
afterEach(() => {
  service.close();
  folder.cleanup();
});

describe('relations and claim groups', () => {
  it('links a claim to its source and across documents, checking the schema', async () => {
    const { claimA, sourceA, claimB } = await setup();
    const attributed = await workspaceHandlers(service).createRelation({
      type: 'attributed-to',
      from: claimA.id,
      to: sourceA.id,
    });
    expect(attributed).toMatchObject({ type: 'attributed-to', from: claimA.id, to: sourceA.id, author: 'ana' });
    const across = await workspaceHandlers(service).createRelation({
      type: 'contradicts',
      from: claimA.id,
      to: claimB.id,
    });
    expect(
      await workspaceHandlers(service).createRelation({ type: 'contradicts', from: claimB.id, to: claimA.id }),
    ).toEqual(across);
    await expect(
      workspaceHandlers(service).createRelation({ type: 'attributed-to', from: sourceA.id, to: claimA.id }),
    ).rejects.toThrow('"attributed-to" links Claim to Source, not Source to Claim.');
    await expect(
      workspaceHandlers(service).createRelation({ type: 'nope', from: claimA.id, to: claimB.id }),
    ).rejects.toThrow('no relation type "nope"');
    await expect(
      workspaceHandlers(service).createRelation({ type: 'supports', from: claimA.id, to: 's-missing' }),
    ).rejects.toThrow('no annotation "s-missing"');
    expect((await workspaceHandlers(service).listRelations({})).relations).toHaveLength(2);
  });

  it('deleting a span removes its relations and group memberships and returns them for undo', async () => {
    const { a, claimA, sourceA, claimB } = await setup();
    const relation = await workspaceHandlers(service).createRelation({
      type: 'attributed-to',
      from: claimA.id,
      to: sourceA.id,
    });
    const group = await workspaceHandlers(service).saveClaimGroup({
      statement: 'Russian losses per day',
      members: [claimA.id, claimB.id],
    });
    const deleted = await workspaceHandlers(service).deleteAnnotation({ documentId: a, id: claimA.id });
    expect(deleted).toEqual({ id: claimA.id, span: claimA, relations: [relation], claimGroups: [group] });
    const after = await workspaceHandlers(service).listRelations({});
    expect(after.relations).toEqual([]);
    expect(after.claimGroups[0]!.members).toEqual([claimB.id]);

    await workspaceHandlers(service).restoreAnnotation({ span: deleted.span });
    await workspaceHandlers(service).createRelation(relation);
    await workspaceHandlers(service).saveClaimGroup(group);
    const restored = await workspaceHandlers(service).listRelations({});
    expect(restored.relations).toEqual([relation]);
    expect(restored.claimGroups[0]!.members).toEqual([claimA.id, claimB.id]);
    expect(await service.spansOf(a)).toContainEqual(claimA);
  });

  it('keeps claim groups with a canonical statement, and deletes them', async () => {
    const { claimA, claimB } = await setup();
    const group = await workspaceHandlers(service).saveClaimGroup({
      statement: 'Losses',
      members: [claimA.id, claimB.id, claimA.id],
    });
    expect(group.members).toEqual([claimA.id, claimB.id]);
    const renamed = await workspaceHandlers(service).saveClaimGroup({ ...group, statement: 'Russian losses per day' });
    expect(renamed).toMatchObject({ id: group.id, statement: 'Russian losses per day', created: group.created });
    expect(await workspaceHandlers(service).deleteClaimGroup({ id: group.id })).toEqual(renamed);
    expect((await workspaceHandlers(service).listRelations({})).claimGroups).toEqual([]);
  });
});

describe('editing spans, documents and the schema', () => {
  it('changes label, attributes and note, checking attribute values', async () => {
    const { a, sourceA } = await setup();
    const updated = await workspaceHandlers(service).updateAnnotation({
      documentId: a,
      id: sourceA.id,
      attributes: { kind: 'official', named: 'yes' },
      note: '<p><strong>UK</strong> chief</p>',
    });
    expect(updated).toMatchObject({
      attributes: { kind: 'official', named: 'yes' },
      note: '<p><strong>UK</strong> chief</p>',
      quote: 'Admiral Radakin',
    });
    await expect(
      workspaceHandlers(service).updateAnnotation({ documentId: a, id: sourceA.id, attributes: { kind: 'alien' } }),
    ).rejects.toThrow('"alien" is not a value of Source\'s "kind"');
    const relabelled = await workspaceHandlers(service).updateAnnotation({
      documentId: a,
      id: sourceA.id,
      label: 'Cue',
    });
    expect(relabelled).toMatchObject({ label: 'Cue', attributes: {} });
    expect(
      (await workspaceHandlers(service).updateAnnotation({ documentId: a, id: sourceA.id, note: '' })).note,
    ).toBeUndefined();
  });

  it('makes a discontinuous span from fragments', async () => {
    const { a } = await setup();
    const span = await workspaceHandlers(service).createAnnotation({
      documentId: a,
      label: 'Claim',
      start: 0,
      end: 0,
      fragments: [
        { start: 0, end: 6 },
        { start: 12, end: 17 },
      ],
    });
    expect(span).toMatchObject({
      start: 0,
      end: 17,
      fragments: [
        { start: 0, end: 6 },
        { start: 12, end: 17 },
      ],
      quote: 'Russia 1,500',
    });
  });

  it('edits document metadata and note without touching the text', async () => {
    const { a } = await setup();
    const summary = await workspaceHandlers(service).updateDocument({
      id: a,
      title: 'Kursk',
      outlet: 'Kyiv Independent',
      published: '2024-11-10',
      note: '<p>x</p>',
    });
    expect(summary).toMatchObject({
      title: 'Kursk',
      outlet: 'Kyiv Independent',
      published: '2024-11-10',
      note: '<p>x</p>',
    });
    expect(service.document(a).text).toBe(A);
    expect((await workspaceHandlers(service).updateDocument({ id: a, outlet: '' })).outlet).toBeUndefined();
  });

  it('replaces the schema but refuses to drop a label in use or repeat a hotkey', async () => {
    await setup();
    const withTopic = {
      ...defaultSchema,
      labels: [...defaultSchema.labels, { name: 'Topic', colour: '#aa00aa', hotkey: 't', attributes: [] }],
    };
    expect((await workspaceHandlers(service).updateSchema({ schema: withTopic })).labels.map((l) => l.name)).toEqual([
      'Claim',
      'Source',
      'Cue',
      'Topic',
    ]);
    await expect(
      workspaceHandlers(service).updateSchema({
        schema: { ...defaultSchema, labels: defaultSchema.labels.slice(0, 1), relationTypes: [] },
      }),
    ).rejects.toThrow('Label "Source" is used by 1 span(s)');
    const clash = {
      ...withTopic,
      labels: withTopic.labels.map((l) => (l.name === 'Topic' ? { ...l, hotkey: 'c' } : l)),
    };
    await expect(workspaceHandlers(service).updateSchema({ schema: clash })).rejects.toThrow(
      'Two labels use the hotkey "c"',
    );
    expect((await workspaceHandlers(service).getWorkspace({})).schema.labels).toHaveLength(4);
  });
});
