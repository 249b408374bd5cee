import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeWorkspaceFile } from '../core/merge/merge-workspace-file';
import { twoArticleWorkspace, workspaceSnapshot, type TempFolder } from './test-workspace';
import { documentFile } from './workspace-files';
import { WorkspaceService } from './workspace-service';

let folder: TempFolder;
let root: string;
let ids: string[];

beforeEach(async () => {
  ({ folder, root, ids } = await twoArticleWorkspace('ana'));
});
afterEach(() => folder.cleanup());

/** The workspace's files, its cache (rewritten at will) left out. */
const workspaceFiles = (): Record<string, string> =>
  Object.fromEntries(Object.entries(workspaceSnapshot(root)).filter(([path]) => !path.startsWith('.collate/cache')));

const documentJson = (id: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, documentFile(id)), 'utf8')) as Record<string, unknown>;

describe('document tags', () => {
  it('adds and removes tags, kept in the document file and in the corpus index across a reopen', async () => {
    let service = await WorkspaceService.open(root, { author: 'ana' });
    const tagged = await service.tagDocuments(ids, ['Ports', ' ceasefire  talks '], []);
    expect(tagged.map((d) => d.tags)).toEqual([
      ['Ports', 'ceasefire talks'],
      ['Ports', 'ceasefire talks'],
    ]);
    await service.tagDocuments([ids[0]!], ['ports'], ['CEASEFIRE TALKS']);
    expect(service.listDocumentIndex().map((d) => d.tags)).toEqual([['Ports'], ['Ports', 'ceasefire talks']]);
    service.close();
    expect(documentJson(ids[0]!).tags).toEqual(['Ports']);
    service = await WorkspaceService.open(root, { author: 'ana' });
    expect(service.listDocumentIndex().map((d) => d.tags)).toEqual([['Ports'], ['Ports', 'ceasefire talks']]);
    await service.tagDocuments([ids[0]!], [], ['Ports']);
    expect(service.document(ids[0]!).tags).toBeUndefined();
    service.close();
  });

  it('refuses a bad tag or an unknown document before writing anything', async () => {
    const service = await WorkspaceService.open(root, { author: 'ana' });
    await service.tagDocuments([ids[0]!], ['kept'], []);
    service.close();
    const before = workspaceFiles();
    const again = await WorkspaceService.open(root, { author: 'ana' });
    await expect(again.tagDocuments(ids, ['a,b'], [])).rejects.toThrow(/holds a comma/);
    await expect(again.tagDocuments(ids, ['#hash'], [])).rejects.toThrow(/starts with "#"/);
    await expect(again.tagDocuments(ids, ['x'.repeat(61)], [])).rejects.toThrow(/longer than 60/);
    await expect(again.tagDocuments([ids[1]!, 'd-000000000000'], ['fine'], [])).rejects.toThrow(/no document/);
    const many = Array.from({ length: 50 }, (_, i) => `t${i}`);
    await expect(again.tagDocuments([ids[0]!], many, [])).rejects.toThrow(
      new RegExp(`${documentFile(ids[0]!)}: A document carries at most 50 tags`),
    );
    again.close();
    expect(workspaceFiles()).toEqual(before);
  });

  it('merges two clones that tagged the same document differently as a set (git merge driver)', async () => {
    const service = await WorkspaceService.open(root, { author: 'ana' });
    await service.tagDocuments([ids[0]!], ['shared', 'old'], []);
    const base = documentJson(ids[0]!);
    await service.tagDocuments([ids[0]!], ['ana-tag'], ['old']);
    const ours = documentJson(ids[0]!);
    service.close();
    const theirs = { ...base, tags: ['shared', 'old', 'ben-tag'] };
    const merged = mergeWorkspaceFile(base, ours, theirs);
    expect(merged.ok && merged.value.conflicts).toEqual([]);
    expect(merged.ok && merged.value.value.tags).toEqual(['shared', 'ana-tag', 'ben-tag']);
  });
});
