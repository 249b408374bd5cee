import { readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeLibraryRow } from '../../api/library-rows';
import { JsonStore } from '../json-store';
import { FreshWorkspace } from '../test-workspace';
import { annotationsFile } from '../workspace-files';
import { WorkspaceService } from '../workspace-service';
import { CORPUS_INDEX_FILE } from './corpus-index-file';
import { sameJson } from '../stable-json';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function workspaceWithTwo(): Promise<{ root: string; ids: string[] }> {
  const workspace = await FreshWorkspace.open('ann');
  cleanups.push(() => workspace.folder.cleanup());
  const { root, service } = workspace;
  const ids = [
    await workspace.importText('a.txt', 'Alpha says the harbour is closed.'),
    await workspace.importText('b.txt', 'Beta reports the bridge is open.'),
  ];
  await service.createAnnotation({ documentId: ids[0]!, label: 'Source', start: 0, end: 5 });
  await service.createAnnotation({ documentId: ids[0]!, label: 'Claim', start: 11, end: 32 });
  service.close();
  return { root, ids };
}

const readIndex = (root: string): { folders: unknown; entries: Record<string, { counts: { spans: number } }> } =>
  JSON.parse(readFileSync(join(root, CORPUS_INDEX_FILE), 'utf8')) as never;

/** Opens the workspace and reports which document files were read to do it. */
async function openCounting(root: string, author = 'ann'): Promise<{ service: WorkspaceService; reads: string[] }> {
  const reads: string[] = [];
  const original = JsonStore.open.bind(JsonStore);
  const spy = ((...args: Parameters<typeof JsonStore.open>) => {
    const file = args[1];
    if (file.startsWith('documents') || file.startsWith('annotations')) reads.push(file);
    return original(...args);
  }) as unknown as typeof JsonStore.open;
  JsonStore.open = spy;
  try {
    return { service: await WorkspaceService.open(root, { author }), reads };
  } finally {
    JsonStore.open = original;
  }
}

describe('the corpus index', () => {
  it('is written on close and lists every document with its span counts', async () => {
    const { root, ids } = await workspaceWithTwo();
    expect(readIndex(root).folders).not.toBeNull();
    const { service, reads } = await openCounting(root);
    expect(reads).toEqual([]);
    const rows = service.listDocumentIndex();
    expect(rows.map((r) => [r.id, r.counts.spans, r.counts.labels])).toEqual([
      [ids[0], 2, { Source: 1, Claim: 1 }],
      [ids[1], 0, {}],
    ]);
    expect(rows[0]!.counts.annotators).toEqual(['ann']);
    expect(service.document(ids[1]!).text).toBe('Beta reports the bridge is open.');
    service.close();
  });

  it("answers the library's pages from the index, in import order, with the number of documents", async () => {
    const { root } = await workspaceWithTwo();
    const { service, reads } = await openCounting(root);
    const all = service.listDocumentIndex();
    expect(service.libraryRows(0, 1)).toEqual({ total: 2, rows: [encodeLibraryRow(all[0]!)] });
    expect(service.libraryRows(1, 100)).toEqual({ total: 2, rows: [encodeLibraryRow(all[1]!)] });
    expect(service.libraryRows(5, 100)).toEqual({ total: 2, rows: [] });
    expect(reads).toEqual([]);
    service.close();
  });

  it('keeps counts up to date as spans are added and deleted, and persists them', async () => {
    const { root, ids } = await workspaceWithTwo();
    const service = await WorkspaceService.open(root, { author: 'bob' });
    const span = await service.createAnnotation({ documentId: ids[1]!, label: 'Claim', start: 5, end: 12 });
    expect(service.listDocumentIndex()[1]!.counts).toMatchObject({ spans: 1, annotators: ['bob'] });
    await service.deleteAnnotation(ids[0]!, (await service.spansOf(ids[0]!))[0]!.id);
    expect(service.listDocumentIndex()[0]!.counts.spans).toBe(1);
    service.close();
    expect(readIndex(root).entries[ids[1]!]!.counts.spans).toBe(1);
    const { service: again, reads } = await openCounting(root);
    expect(reads).toEqual([]);
    expect(again.listDocumentIndex().map((r) => r.counts.spans)).toEqual([1, 1]);
    expect((await again.spansOf(ids[1]!)).map((s) => s.id)).toEqual([span.id]);
    again.close();
  });

  it('reads again only the document whose files changed behind its back', async () => {
    const { root, ids } = await workspaceWithTwo();
    const service0 = await WorkspaceService.open(root, { author: 'ann' });
    const moved = { ...(await service0.spansOf(ids[0]!))[0]!, documentId: ids[1]! };
    service0.close();
    // Another tool (or a git checkout) replaces one span file: the folder changes, one entry is stale.
    const file = join(root, annotationsFile(ids[1]!));
    const replaced = { $collate: 'annotations', $version: 2, documentId: ids[1], spans: [moved] };
    writeFileSync(`${file}.new`, JSON.stringify(replaced));
    renameSync(`${file}.new`, file);
    const { service, reads } = await openCounting(root);
    expect(reads).toEqual([annotationsFile(ids[1]!)]);
    expect(service.listDocumentIndex().map((r) => r.counts.spans)).toEqual([2, 1]);
    service.close();
    // Edited in place within the folder's time: corrected as soon as the document is opened.
    writeFileSync(file, JSON.stringify({ ...replaced, spans: [] }));
    const again = await WorkspaceService.open(root, { author: 'ann' });
    expect(again.listDocumentIndex()[1]!.counts.spans).toBe(1);
    await again.spansOf(ids[1]!);
    expect(again.listDocumentIndex()[1]!.counts.spans).toBe(0);
    again.close();
  });

  it('is rebuilt when missing or damaged, never trusted', async () => {
    const { root, ids } = await workspaceWithTwo();
    for (const damage of ['', '{"$collate":"corpus-index","$version":1,"folders":null,"entries":{"x":{}}}', '{']) {
      writeFileSync(join(root, CORPUS_INDEX_FILE), damage);
      const { service, reads } = await openCounting(root);
      expect(reads.filter((f) => f.startsWith('documents')).sort()).toEqual(
        ids.map((id) => join('documents', `${id}.json`)).sort(),
      );
      expect(service.listDocumentIndex().map((r) => r.counts.spans)).toEqual([2, 0]);
      expect(service.info().problems).toEqual([]);
      service.close();
      expect(readIndex(root).entries[ids[0]!]!.counts.spans).toBe(2);
    }
    rmSync(join(root, CORPUS_INDEX_FILE));
    const { service } = await openCounting(root);
    expect(service.listDocuments().map((d) => d.id)).toEqual(ids);
    service.close();
  });

  it('an index that lies about a title is corrected when the document is read', async () => {
    const { root, ids } = await workspaceWithTwo();
    const index = readFileSync(join(root, CORPUS_INDEX_FILE), 'utf8');
    writeFileSync(
      join(root, CORPUS_INDEX_FILE),
      index.replace('"title":"Alpha says the harbour is closed."', '"title":"forged"'),
    );
    const service = await WorkspaceService.open(root, { author: 'ann' });
    expect(service.listDocuments()[0]!.title).toBe('forged');
    expect(service.document(ids[0]!).title).toBe('Alpha says the harbour is closed.');
    expect(service.listDocuments()[0]!.title).toBe('Alpha says the harbour is closed.');
    service.close();
  });

  it('takes a summary listed with its keys in another order as unchanged when the document is read', async () => {
    const { root, ids } = await workspaceWithTwo();
    const index = JSON.parse(readFileSync(join(root, CORPUS_INDEX_FILE), 'utf8')) as {
      entries: Record<string, { summary: Record<string, unknown> }>;
    };
    for (const entry of Object.values(index.entries))
      entry.summary = Object.fromEntries(Object.entries(entry.summary).reverse());
    writeFileSync(join(root, CORPUS_INDEX_FILE), JSON.stringify(index));
    const service = await WorkspaceService.open(root, { readOnly: true });
    const listed = service.listDocuments()[0];
    expect(service.readDocument(ids[0]!).text).toBe('Alpha says the harbour is closed.');
    expect(service.document(ids[0]!).id).toBe(ids[0]);
    expect(service.listDocuments()[0]).toBe(listed);
    service.close();
  });

  it('compares JSON values whatever the order of their keys', () => {
    expect(sameJson({ a: 1, b: [{ x: 1, y: 'z' }] }, { b: [{ y: 'z', x: 1 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });

  it('refuses an index that is a symbolic link, and rebuilds it', async () => {
    const { root, ids } = await workspaceWithTwo();
    const elsewhere = join(root, '..', 'planted.json');
    writeFileSync(
      elsewhere,
      readFileSync(join(root, CORPUS_INDEX_FILE), 'utf8').replace('"title":"Alpha', '"title":"Forged'),
    );
    rmSync(join(root, CORPUS_INDEX_FILE));
    symlinkSync(elsewhere, join(root, CORPUS_INDEX_FILE));
    const before = readFileSync(elsewhere, 'utf8');
    const { service, reads } = await openCounting(root);
    expect(reads.length).toBeGreaterThan(0);
    expect(service.listDocuments()[0]!.title).toBe('Alpha says the harbour is closed.');
    service.close();
    expect(readFileSync(elsewhere, 'utf8')).toBe(before);
    expect(ids).toHaveLength(2);
  });
});
