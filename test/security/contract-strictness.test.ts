import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workspaceHandlers } from '../../src/api/workspace-handlers';
import type { CollateDocument, SpanAnnotation } from '../../src/core/model';
import { initWorkspace } from '../../src/service/init-workspace';
import { bytesOf, tempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';

// Issue #16, item 5: every method checks what it is given as strictly as an import does.

let folder: ReturnType<typeof tempFolder>;
let root: string;
let service: WorkspaceService;
let first: CollateDocument;
let second: CollateDocument;
let span: SpanAnnotation;

async function importOne(name: string, text: string): Promise<CollateDocument> {
  const [outcome] = await service.importFiles([{ name, bytes: bytesOf(text) }]);
  if (outcome?.status !== 'imported') throw new Error('import failed');
  return service.document(outcome.document.id);
}

beforeEach(async () => {
  folder = tempFolder();
  root = join(folder.path, 'ws');
  await initWorkspace(root);
  service = await WorkspaceService.open(root, { author: 'ana' });
  first = await importOne('a.txt', 'Officials said 1,500 troops moved north.\n');
  second = await importOne('b.txt', 'A spokesman denied that any troops moved.\n');
  span = await service.createAnnotation({ documentId: first.id, label: 'Claim', start: 15, end: 27 });
});

afterEach(() => {
  service.close();
  folder.cleanup();
});

describe('restoreAnnotation', () => {
  it('refuses a label the schema does not have', async () => {
    await service.deleteAnnotation(first.id, span.id);
    await expect(service.restoreAnnotation({ ...span, label: 'Invented' })).rejects.toThrow(/no label "Invented"/);
  });

  it('refuses offsets outside the text, even with a matching empty quote', async () => {
    const outside = { ...span, id: 's-0000000000ab', start: 500, end: 500, quote: '' };
    await expect(service.restoreAnnotation(outside)).rejects.toMatchObject({
      code: expect.stringMatching(/range|offset|span/),
    });
  });

  it("refuses to reuse another document's span id", async () => {
    const [start, end] = [2, 11];
    const copy = {
      ...span,
      documentId: second.id,
      start,
      end,
      quote: second.text.slice(start, end),
      prefix: '',
      suffix: '',
    };
    await expect(service.restoreAnnotation(copy)).rejects.toThrow(/already belongs to a span of another document/);
    expect(await service.spansOf(second.id)).toEqual([]);
  });

  it('refuses attributes the label does not define', async () => {
    await service.deleteAnnotation(first.id, span.id);
    await expect(service.restoreAnnotation({ ...span, attributes: { colour: 'red' } })).rejects.toThrow(
      /no attribute "colour"/,
    );
  });
});

describe('createRelation', () => {
  it('refuses an id another relation has', async () => {
    const source = await service.createAnnotation({ documentId: second.id, label: 'Source', start: 2, end: 11 });
    const relation = await workspaceHandlers(service).createRelation({
      type: 'attributed-to',
      from: span.id,
      to: source.id,
    });
    const other = await service.createAnnotation({ documentId: second.id, label: 'Source', start: 30, end: 36 });
    await expect(
      workspaceHandlers(service).createRelation({
        id: relation.id,
        type: 'attributed-to',
        from: span.id,
        to: other.id,
      }),
    ).rejects.toThrow(/already a relation with the id/);
  });
});

describe('updateSchema', () => {
  it('is not blocked for good by a label the schema never had', async () => {
    service.close();
    const file = join(root, 'annotations', `${first.id}.json`);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.spans[0].label = 'Legacy';
    writeFileSync(file, JSON.stringify(json));
    service = await WorkspaceService.open(root, { author: 'ana' });
    const schema = service.info().schema;
    const next = { ...schema, labels: [...schema.labels, { name: 'Quote', colour: '#888888', attributes: [] }] };
    await expect(service.updateSchema(next)).resolves.toMatchObject({
      labels: expect.arrayContaining([expect.objectContaining({ name: 'Quote' })]),
    });
  });
});
