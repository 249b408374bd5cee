import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JsonStore } from '../json-store';
import { FreshWorkspace } from '../test-workspace';
import { WorkspaceService } from '../workspace-service';
import { CORPUS_INDEX_FILE } from './corpus-index-file';
import { SPAN_LOCATIONS_FILE } from './span-locations';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function workspaceWithSpans(): Promise<{ root: string; ids: string[]; spans: string[] }> {
  const workspace = await FreshWorkspace.open('ann');
  cleanups.push(() => workspace.folder.cleanup());
  const { root, service } = workspace;
  const ids = [
    await workspace.importText('a.txt', 'Alpha says the harbour is closed.'),
    await workspace.importText('b.txt', 'Beta reports the bridge is open.'),
    await workspace.importText('c.txt', 'Gamma has nothing to say.'),
  ];
  const a = await service.createAnnotation({ documentId: ids[0]!, label: 'Source', start: 0, end: 5 });
  const b = await service.createAnnotation({ documentId: ids[1]!, label: 'Claim', start: 5, end: 31 });
  service.close();
  return { root, ids, spans: [a.id, b.id] };
}

/** Opens the workspace and records which span files are read from then on. */
async function openCounting(root: string): Promise<{ service: WorkspaceService; reads: string[]; stop(): void }> {
  const reads: string[] = [];
  const original = JsonStore.open.bind(JsonStore);
  JsonStore.open = ((...args: Parameters<typeof JsonStore.open>) => {
    if (args[1].startsWith('annotations')) reads.push(args[1]);
    return original(...args);
  }) as unknown as typeof JsonStore.open;
  const stop = (): void => void (JsonStore.open = original);
  try {
    const service = await WorkspaceService.open(root, { author: 'ann' });
    cleanups.push(() => service.close());
    return { service, reads, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

describe('span locations', () => {
  it('name the document of each span, reading the span files once and then the cache', async () => {
    const { root, ids, spans } = await workspaceWithSpans();
    const first = await openCounting(root);
    expect(await first.service.locateSpans([...spans, 's-000000000000'])).toEqual({
      [spans[0]!]: ids[0],
      [spans[1]!]: ids[1],
    });
    first.stop();
    first.service.close();
    cleanups.pop();
    expect(existsSync(join(root, SPAN_LOCATIONS_FILE))).toBe(true);

    const second = await openCounting(root);
    expect(await second.service.locateSpans(spans)).toEqual({ [spans[0]!]: ids[0], [spans[1]!]: ids[1] });
    second.stop();
    expect(second.reads).toEqual([]);
  });

  it('come from the span files the corpus index reads as it is rebuilt, not from a second reading', async () => {
    const { root, ids, spans } = await workspaceWithSpans();
    rmSync(join(root, CORPUS_INDEX_FILE));
    rmSync(join(root, SPAN_LOCATIONS_FILE), { force: true });
    const { service, reads, stop } = await openCounting(root);
    const atOpen = reads.length;
    expect(await service.locateSpans(spans)).toEqual({ [spans[0]!]: ids[0], [spans[1]!]: ids[1] });
    stop();
    expect(reads.length).toBe(atOpen);
  });

  it('follow the edits of the session: made, deleted, and documents removed', async () => {
    const { root, ids, spans } = await workspaceWithSpans();
    const service = await WorkspaceService.open(root, { author: 'ann' });
    cleanups.push(() => service.close());
    await service.locateSpans(spans);
    const made = await service.createAnnotation({ documentId: ids[2]!, label: 'Claim', start: 0, end: 5 });
    expect(await service.locateSpans([made.id])).toEqual({ [made.id]: ids[2] });
    await service.deleteAnnotation(ids[1]!, spans[1]!);
    await service.removeDocuments([ids[0]!]);
    expect(await service.locateSpans([...spans, made.id])).toEqual({ [made.id]: ids[2] });
  });

  it('read a span file again when it changed behind the cache', async () => {
    const { root, ids, spans } = await workspaceWithSpans();
    const service = await WorkspaceService.open(root, { author: 'ann' });
    await service.locateSpans(spans);
    service.close();
    // Another copy of Collate (a git pull) adds a span while the cache is not looking.
    const other = await WorkspaceService.open(root, { author: 'ben' });
    const added = await other.createAnnotation({ documentId: ids[2]!, label: 'Claim', start: 0, end: 5 });
    other.close();
    const { service: again, reads, stop } = await openCounting(root);
    expect(await again.locateSpans([added.id, spans[0]!])).toEqual({ [added.id]: ids[2], [spans[0]!]: ids[0] });
    stop();
    expect(reads.length).toBeLessThanOrEqual(1);
  });

  it('are read from the span files again when the cache holds something of another shape', async () => {
    const { root, ids, spans } = await workspaceWithSpans();
    const damaged = { $collate: 'span-locations', $version: 1, documents: { [ids[0]!]: { ids: [42] } } };
    for (const content of [damaged, [], { ...damaged, $version: 2 }]) {
      writeFileSync(join(root, SPAN_LOCATIONS_FILE), JSON.stringify(content));
      const service = await WorkspaceService.open(root, { author: 'ann', readOnly: true });
      expect(await service.locateSpans([...spans, 's-000000000000'])).toEqual({
        [spans[0]!]: ids[0],
        [spans[1]!]: ids[1],
      });
      service.close();
    }
  });

  it('several documents’ spans come in one call, and an unknown document is refused by name', async () => {
    const { root, ids, spans } = await workspaceWithSpans();
    const service = await WorkspaceService.open(root, { author: 'ann' });
    cleanups.push(() => service.close());
    const found = await service.spansOfDocuments([ids[0]!, ids[2]!]);
    expect(Object.keys(found)).toEqual([ids[0], ids[2]]);
    expect(found[ids[0]!]!.map((s) => s.id)).toEqual([spans[0]]);
    expect(found[ids[2]!]).toEqual([]);
    await expect(service.spansOfDocuments(['d-000000000000'])).rejects.toThrow('There is no document "d-000000000000"');
  });
});
