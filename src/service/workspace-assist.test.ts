import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initWorkspace } from './init-workspace';
import { bytesOf, tempFolder } from './test-workspace';
import { WorkspaceService } from './workspace-service';
import { workspaceHandlers } from '../api/workspace-handlers';

let folder: ReturnType<typeof tempFolder>;
let service: WorkspaceService;
const A =
  'The dam will reopen in March, according to the regional water authority. Officials said 2,400 homes were flooded.';
const B = 'About 2,300 homes were flooded, the mayor told reporters on Tuesday.';

beforeEach(async () => {
  folder = tempFolder();
  await initWorkspace(join(folder.path, 'ws'));
  service = await WorkspaceService.open(join(folder.path, 'ws'), { author: 'ana' });
});
afterEach(() => {
  service.close();
  folder.cleanup();
});

async function importBoth(): Promise<[string, string]> {
  const outcomes = await service.importFiles([
    { name: 'a.txt', bytes: bytesOf(A) },
    { name: 'b.txt', bytes: bytesOf(B) },
  ]);
  return outcomes.map((o) => (o.status === 'imported' ? o.document.id : '')) as [string, string];
}

describe('the offline assistant through the service', () => {
  it('suggests, applies only what is accepted, links claims to sources, and never offers the same twice', async () => {
    const [a] = await importBoth();
    const suggestions = await workspaceHandlers(service).suggestAnnotations({ documentId: a });
    const source = suggestions.find(
      (s) => s.label === 'Source' && A.slice(s.start, s.end) === 'the regional water authority',
    );
    const claim = suggestions.find(
      (s) => s.label === 'Claim' && A.slice(s.start, s.end) === 'The dam will reopen in March',
    );
    expect(source).toMatchObject({ reason: expect.stringContaining('according to') });
    expect(claim?.links?.sourceId).toBe(source!.id);
    expect(await service.spansOf(a)).toEqual([]);

    const accepted = await workspaceHandlers(service).acceptSuggestions({
      documentId: a,
      ids: [claim!.id, source!.id],
    });
    expect(accepted.spans.map((s) => [s.label, s.quote, s.author])).toEqual([
      ['Claim', 'The dam will reopen in March', 'ana'],
      ['Source', 'the regional water authority', 'ana'],
    ]);
    expect(accepted.relations).toEqual([
      expect.objectContaining({ type: 'attributed-to', from: accepted.spans[0]!.id, to: accepted.spans[1]!.id }),
    ]);

    const rest = await workspaceHandlers(service).suggestAnnotations({ documentId: a });
    expect(rest.map((s) => s.id)).not.toContain(claim!.id);
    await workspaceHandlers(service).rejectSuggestions({ documentId: a, ids: rest.map((s) => s.id) });
    expect(await workspaceHandlers(service).suggestAnnotations({ documentId: a })).toEqual([]);
    expect(await service.spansOf(a)).toHaveLength(2);
  });

  it('names how the members of a claim group the analyst made differ', async () => {
    const [a, b] = await importBoth();
    const tag = (documentId: string, text: string, quote: string) =>
      service.createAnnotation({
        documentId,
        label: 'Claim',
        start: text.indexOf(quote),
        end: text.indexOf(quote) + quote.length,
      });
    const ca = await tag(a, A, '2,400 homes were flooded');
    const cb = await tag(b, B, 'About 2,300 homes were flooded');
    const group = await workspaceHandlers(service).saveClaimGroup({
      statement: 'Homes flooded',
      members: [ca.id, cb.id],
    });
    const differences = await workspaceHandlers(service).findDiscrepancies({ groupId: group.id });
    expect(differences.map((d) => d.kind)).toContain('precision');
    expect(differences.find((d) => d.kind === 'precision')).toMatchObject({
      a: { claimId: ca.id, text: '2,400 homes' },
      b: { claimId: cb.id, text: 'About 2,300 homes' },
    });
  });
});
