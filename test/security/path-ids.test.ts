import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATE, fixtureInput } from '../../src/core/formats/__fixtures__/dataset';
import { exportDataset } from '../../src/core/dataset-export/export-dataset';
import { exportText } from '../../src/core/dataset-export/export-text';
import { initWorkspace } from '../../src/service/init-workspace';
import { newId } from '../../src/service/new-id';
import { bytesOf, tempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';

// Issue #16, item 2 (ids become paths only once checked: from disk, from an import, over the wire)
// and item 8 (two files with one id).

let folder: ReturnType<typeof tempFolder>;
let root: string;
const open: WorkspaceService[] = [];

async function openWorkspace(): Promise<WorkspaceService> {
  const service = await WorkspaceService.open(root, { author: 'ana' });
  open.push(service);
  return service;
}

beforeEach(async () => {
  folder = tempFolder();
  root = join(folder.path, 'ws');
  await initWorkspace(root);
  const service = await openWorkspace();
  await service.importFiles([{ name: 'a.txt', bytes: bytesOf('Officials said 1,500 troops moved.\n') }]);
  open.pop()!.close();
});

afterEach(() => {
  open.splice(0).forEach((s) => s.close());
  folder.cleanup();
});

function firstDocumentFile(): { name: string; json: Record<string, unknown> } {
  const name = readdirSync(join(root, 'documents')).find((n) => n.endsWith('.json'))!;
  return { name, json: JSON.parse(readFileSync(join(root, 'documents', name), 'utf8')) as Record<string, unknown> };
}

describe('ids read from disk', () => {
  it('reports a document whose id climbs out of the workspace as damaged and writes nothing outside', async () => {
    const { json } = firstDocumentFile();
    const hostile = join(root, 'documents', 'hostile.json');
    writeFileSync(hostile, JSON.stringify({ ...json, id: '../../outside/x' }));
    const service = await openWorkspace();
    expect(service.info().problems.join('\n')).toMatch(
      /documents\/hostile\.json is damaged: its id "\.\.\/\.\.\/outside\/x" is not a Collate document id; it was left untouched/,
    );
    expect(service.listDocuments().map((d) => d.id)).not.toContain('../../outside/x');
    await expect(
      service.createAnnotation({ documentId: '../../outside/x', label: 'Claim', start: 0, end: 4 }),
    ).rejects.toThrow();
    service.close();
    open.pop();
    expect(existsSync(join(folder.path, 'outside'))).toBe(false);
    expect(JSON.parse(readFileSync(hostile, 'utf8')).id).toBe('../../outside/x');
  });

  it('reports two files that claim one document id instead of merging them', async () => {
    const { name, json } = firstDocumentFile();
    const copy = join(root, 'documents', `${newId('d')}.json`);
    writeFileSync(copy, JSON.stringify({ ...json, title: 'The copy' }));
    const service = await openWorkspace();
    expect(service.listDocuments()).toHaveLength(1);
    expect(service.info().problems.join('\n')).toMatch(
      new RegExp(`holds document ${json.id as string}, which belongs in documents/${name}`),
    );
  });

  it('never lets a request id become a path', async () => {
    const service = await openWorkspace();
    await expect(service.spansOf('../../../etc/passwd')).rejects.toThrow(/no document|not a Collate document id/i);
    await expect(service.updateDocument({ id: '../x', title: 'x' } as never)).rejects.toThrow();
    expect(existsSync(join(folder.path, 'x.json'))).toBe(false);
  });
});

describe('ids an import carries', () => {
  it('gives a document whose Collate JSONL id climbs out of the workspace a new id, and writes nothing outside', async () => {
    const input = fixtureInput();
    const climbing = '../../outside/x';
    const jsonl = exportText(exportDataset('collate-jsonl', input, { date: DATE }).files[0]!).replaceAll(
      JSON.stringify(input.documents[0]!.id),
      JSON.stringify(climbing),
    );
    expect(jsonl).toContain(climbing);
    const service = await openWorkspace();
    const outcomes = await service.importAnnotated([{ name: 'planted.jsonl', bytes: bytesOf(jsonl) }]);
    expect(outcomes.filter((o) => o.status === 'imported').length).toBeGreaterThan(0);
    expect(existsSync(join(folder.path, 'outside'))).toBe(false);
    expect(readdirSync(folder.path)).toEqual(['ws']);
    for (const summary of service.listDocuments()) expect(summary.id).toMatch(/^d-[0-9a-z]+$/);
    for (const name of readdirSync(join(root, 'documents'))) expect(name).toMatch(/^d-[0-9a-z]+\.json$/);
  });
});
