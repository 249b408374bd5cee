import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workspaceHandlers } from '../api/workspace-handlers';
import { dispatch } from '../api/dispatch';
import { initWorkspace } from './init-workspace';
import { bytesOf, tempFolder, workspaceSnapshot } from './test-workspace';
import { WorkspaceService } from './workspace-service';
import { TRASH_DIR } from './workspace-trash';

let folder: ReturnType<typeof tempFolder>;
let root: string;
let service: WorkspaceService;

async function importText(name: string, text: string): Promise<string> {
  const [outcome] = await service.importFiles([{ name, bytes: bytesOf(text) }]);
  if (outcome?.status !== 'imported') throw new Error(`import of ${name} failed`);
  return outcome.document.id;
}

beforeEach(async () => {
  folder = tempFolder();
  root = join(folder.path, 'ws');
  await initWorkspace(root);
  service = await WorkspaceService.open(root, { author: 'ana' });
});

afterEach(() => {
  service.close();
  folder.cleanup();
});

describe('removeDocuments and restoreDocuments', () => {
  it('remove a document with its spans and links, and put every record back', async () => {
    const a = await importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    const b = await importText('b.txt', 'A spokesman said 1,200 troops moved.\n');
    const source = await service.createAnnotation({ documentId: a, label: 'Source', start: 0, end: 9 });
    const claim = await service.createAnnotation({ documentId: a, label: 'Claim', start: 15, end: 27 });
    const other = await service.createAnnotation({ documentId: b, label: 'Claim', start: 17, end: 29 });
    await service.createRelation({ type: 'attributed-to', from: claim.id, to: source.id });
    const group = await service.saveClaimGroup({ statement: 'troops moved', members: [claim.id, other.id] });
    service.close();
    const before = workspaceSnapshot(root);
    service = await WorkspaceService.open(root, { author: 'ana' });

    const [removed] = await service.removeDocuments([a]);
    expect(removed).toEqual({ id: a, title: 'Officials said 1,500 troops moved north.', spans: 2, relations: 1 });
    expect(service.listDocuments().map((d) => d.id)).toEqual([b]);
    expect(existsSync(join(root, 'documents', `${a}.json`))).toBe(false);
    expect(existsSync(join(root, 'annotations', `${a}.json`))).toBe(false);
    expect(service.listRelations().relations).toEqual([]);
    expect(service.listRelations().claimGroups).toEqual([{ ...group, members: [other.id] }]);

    const [restored] = await service.restoreDocuments([a]);
    expect(restored?.id).toBe(a);
    expect(await service.spansOf(a)).toEqual([source, claim]);
    expect(service.listRelations().claimGroups[0]?.members).toEqual([claim.id, other.id]);
    expect(existsSync(join(root, TRASH_DIR, `${a}.json`))).toBe(false);
    service.close();
    const after = workspaceSnapshot(root);
    const tracked = (files: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(files)
          .filter(([f]) => !f.startsWith('.collate'))
          .map(([f, text]) => [f, text.replace(/"\$seq": \d+/, '')]),
      );
    expect(tracked(after)).toEqual(tracked(before));
    service = await WorkspaceService.open(root, { author: 'ana' });
  });

  it('refuses to restore a document that is not removed, or whose text was imported again', async () => {
    const a = await importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    await expect(service.restoreDocuments([a])).rejects.toThrow(/not among the removed documents/);
    await service.removeDocuments([a]);
    await importText('again.txt', 'Officials said 1,500 troops moved north.\n');
    await expect(service.restoreDocuments([a])).rejects.toThrow(/has the same text and was imported since/);
  });

  it('refuses a damaged trash file and leaves it as it is', async () => {
    const a = await importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    await service.removeDocuments([a]);
    const file = join(root, TRASH_DIR, `${a}.json`);
    writeFileSync(file, '{"format":"collate-removed-document"}');
    await expect(service.restoreDocuments([a])).rejects.toThrow(/is damaged/);
    expect(existsSync(file)).toBe(true);
  });

  it('checks every id before removing any, and the contract refuses what is not a list of ids', async () => {
    const a = await importText('a.txt', 'Officials said 1,500 troops moved north.\n');
    await expect(service.removeDocuments([a, 'd-000000000000'])).rejects.toThrow(/no document/);
    expect(service.listDocuments().map((d) => d.id)).toEqual([a]);
    const handlers = workspaceHandlers(service);
    for (const args of [{}, { ids: [] }, { ids: a }, { ids: [a], extra: 1 }, { ids: ['../x'.repeat(80)] }]) {
      const result = await dispatch(handlers, 'removeDocuments', args);
      expect(result.ok, JSON.stringify(args)).toBe(false);
    }
    const bad = await dispatch(handlers, 'restoreDocuments', { ids: ['../../etc'] });
    expect(bad).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not a Collate document id/) } });
    expect(service.listDocuments().map((d) => d.id)).toEqual([a]);
  });
});
