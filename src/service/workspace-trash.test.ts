import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workspaceHandlers } from '../api/workspace-handlers';
import { dispatch } from '../api/dispatch';
import { FreshWorkspace, workspaceSnapshot } from './test-workspace';
import { TRASH_DIR } from './workspace-trash';

let ws: FreshWorkspace;

beforeEach(async () => {
  ws = await FreshWorkspace.open('ana');
});

afterEach(() => ws.dispose());

describe('removeDocuments and restoreDocuments', () => {
  it('remove a document with its spans and links, and put every record back', async () => {
    const a = await ws.importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    const b = await ws.importText('b.txt', 'A spokesman said 1,200 troops moved.\n');
    const source = await ws.service.createAnnotation({ documentId: a, label: 'Source', start: 0, end: 9 });
    const claim = await ws.service.createAnnotation({ documentId: a, label: 'Claim', start: 15, end: 27 });
    const other = await ws.service.createAnnotation({ documentId: b, label: 'Claim', start: 17, end: 29 });
    await ws.service.createRelation({ type: 'attributed-to', from: claim.id, to: source.id });
    const group = await ws.service.saveClaimGroup({ statement: 'troops moved', members: [claim.id, other.id] });
    ws.service.close();
    const before = workspaceSnapshot(ws.root);
    await ws.open();

    const [removed] = await ws.service.removeDocuments([a]);
    expect(removed).toEqual({ id: a, title: 'Officials said 1,500 troops moved north.', spans: 2, relations: 1 });
    expect(ws.service.listDocuments().map((d) => d.id)).toEqual([b]);
    expect(existsSync(join(ws.root, 'documents', `${a}.json`))).toBe(false);
    expect(existsSync(join(ws.root, 'annotations', `${a}.json`))).toBe(false);
    expect(ws.service.listRelations().relations).toEqual([]);
    expect(ws.service.listRelations().claimGroups).toEqual([{ ...group, members: [other.id] }]);

    const [restored] = await ws.service.restoreDocuments([a]);
    expect(restored?.id).toBe(a);
    expect(await ws.service.spansOf(a)).toEqual([source, claim]);
    expect(ws.service.listRelations().claimGroups[0]?.members).toEqual([claim.id, other.id]);
    expect(existsSync(join(ws.root, TRASH_DIR, `${a}.json`))).toBe(false);
    ws.service.close();
    const after = workspaceSnapshot(ws.root);
    const tracked = (files: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(files)
          .filter(([f]) => !f.startsWith('.collate'))
          .map(([f, text]) => [f, text.replace(/"\$seq": \d+/, '')]),
      );
    expect(tracked(after)).toEqual(tracked(before));
    await ws.open();
  });

  it('refuses to restore a document that is not removed, or whose text was imported again', async () => {
    const a = await ws.importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    await expect(ws.service.restoreDocuments([a])).rejects.toThrow(/not among the removed documents/);
    await ws.service.removeDocuments([a]);
    await ws.importText('again.txt', 'Officials said 1,500 troops moved north.\n');
    await expect(ws.service.restoreDocuments([a])).rejects.toThrow(/has the same text and was imported since/);
  });

  it('refuses a damaged trash file and leaves it as it is', async () => {
    const a = await ws.importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    await ws.service.removeDocuments([a]);
    const file = join(ws.root, TRASH_DIR, `${a}.json`);
    writeFileSync(file, '{"format":"collate-removed-document"}');
    await expect(ws.service.restoreDocuments([a])).rejects.toThrow(/is damaged/);
    expect(existsSync(file)).toBe(true);
  });

  it('checks every id before removing any, and the contract refuses what is not a list of ids', async () => {
    const a = await ws.importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    await expect(ws.service.removeDocuments([a, 'd-000000000000'])).rejects.toThrow(/no document/);
    expect(ws.service.listDocuments().map((d) => d.id)).toEqual([a]);
    const handlers = workspaceHandlers(ws.service);
    for (const args of [{}, { ids: [] }, { ids: a }, { ids: [a], extra: 1 }, { ids: ['../x'.repeat(80)] }]) {
      const result = await dispatch(handlers, 'removeDocuments', args);
      expect(result.ok, JSON.stringify(args)).toBe(false);
    }
    const bad = await dispatch(handlers, 'restoreDocuments', { ids: ['../../etc'] });
    expect(bad).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not a Collate document id/) } });
    expect(ws.service.listDocuments().map((d) => d.id)).toEqual([a]);
  });
});
