import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initWorkspace } from './init-workspace';
import { bytesOf, tempFolder } from './test-workspace';
import type { AssistContext } from './workspace-assist';
import { applyComparison, COMPARE_PROPOSALS_FILE, compareWorkspace } from './workspace-compare';
import { WorkspaceService } from './workspace-service';

const ARTICLES = [
  'Officials said 2,400 homes were flooded in the river valley on Monday. The governor said 300 roads were closed by the water.',
  'The mayor said 1,900 homes were flooded in the river valley on Monday. Police said 250 roads were closed by the water.',
  'Residents said 2,000 homes were flooded in the river valley on Monday. Engineers said 280 roads were closed by the water.',
];

let folder: ReturnType<typeof tempFolder>;
let root: string;
let service: WorkspaceService;

beforeEach(async () => {
  folder = tempFolder();
  root = await initWorkspace(join(folder.path, 'ws'));
  service = await WorkspaceService.open(root, { author: 'ana' });
  await service.importFiles(ARTICLES.map((text, i) => ({ name: `${i}.txt`, bytes: bytesOf(text) })));
});
afterEach(() => {
  service.close();
  folder.cleanup();
});

/** The service's context, with every span creation it is asked for written down. */
function recording(failOn?: string) {
  const calls: Array<{ one: boolean; documentId: string; count: number }> = [];
  const context: AssistContext = {
    ...service.assist,
    createSpan: (request) => {
      calls.push({ one: true, documentId: request.documentId, count: 1 });
      return service.assist.createSpan(request);
    },
    createSpans: (documentId, requests) => {
      calls.push({ one: false, documentId, count: requests.length });
      if (documentId === failOn) return Promise.reject(new Error('disk full'));
      return service.assist.createSpans(documentId, requests);
    },
  };
  return { calls, context };
}

const claimsOf = async (documentId: string) =>
  (await service.spansOf(documentId)).filter((s) => s.label === 'Claim').map((s) => [s.start, s.end]);

describe('applying a comparison', () => {
  it('creates the claims each document needs in one edit per document, and records the proposals', async () => {
    const result = await compareWorkspace(service.assist);
    const needed = new Map<string, Set<string>>();
    for (const g of result.groups)
      for (const m of g.members) needed.set(m.documentId, (needed.get(m.documentId) ?? new Set()).add(`${m.start}`));
    expect([...needed.values()].some((places) => places.size > 1)).toBe(true);

    const { calls, context } = recording();
    const applied = await applyComparison(context, root, result);
    expect(calls.every((c) => !c.one)).toBe(true);
    expect(calls.map((c) => c.documentId).sort()).toEqual([...needed.keys()].sort());
    expect(calls.map((c) => c.count)).toEqual(calls.map((c) => needed.get(c.documentId)!.size));
    expect(applied.spans).toBe(calls.reduce((n, c) => n + c.count, 0));
    const proposals = await service.listCompareProposals();
    const claimIds = new Set(
      (await Promise.all(service.assist.documentIds().map((d) => service.spansOf(d)))).flat().map((s) => s.id),
    );
    expect(proposals.groups.flatMap((g) => g.members).every((id) => claimIds.has(id))).toBe(true);

    const again = recording();
    expect((await applyComparison(again.context, root, await compareWorkspace(service.assist))).spans).toBe(0);
    expect(again.calls).toEqual([]);
  });

  it('leaves a document whose claims cannot be saved untouched, and records no proposal', async () => {
    const result = await compareWorkspace(service.assist);
    const [first, second] = [...new Set(result.groups.flatMap((g) => g.members.map((m) => m.documentId)))];
    const { context } = recording(second);
    await expect(applyComparison(context, root, result)).rejects.toThrow('disk full');
    expect((await claimsOf(first!)).length).toBeGreaterThan(0);
    expect(await claimsOf(second!)).toEqual([]);
    expect(existsSync(join(root, COMPARE_PROPOSALS_FILE))).toBe(false);
  });
});
