import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sliceByCodePoints, OffsetIndex } from '../../core/offsets';
import { initWorkspace } from '../init-workspace';
import { bytesOf, tempFolder, workspaceSnapshot } from '../test-workspace';
import { WorkspaceService } from '../workspace-service';
import { workspaceHandlers } from '../../api/workspace-handlers';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/annotations/brat/', import.meta.url));
const fixture = (name: string) => ({ name: `brat/${name}`, bytes: new Uint8Array(readFileSync(FIXTURES + name)) });

let folder: ReturnType<typeof tempFolder>;
const open: WorkspaceService[] = [];

async function workspace(name = 'ws'): Promise<WorkspaceService> {
  const root = join(folder.path, name);
  await initWorkspace(root);
  const service = await WorkspaceService.open(root, { author: 'ana', now: () => new Date('2026-04-01T10:00:00Z') });
  open.push(service);
  return service;
}

const snapshot = workspaceSnapshot;

beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => {
  open.splice(0).forEach((s) => s.close());
  folder.cleanup();
});

describe('importAnnotated', () => {
  it('imports brat pairs (emoji, CRLF, several annotators) and fails the bad ones alone', async () => {
    const service = await workspace();
    const names = [
      'emoji.txt',
      'emoji.ann',
      'annotation.conf',
      'multi.txt',
      'multi_ana.ann',
      'multi_ben.ann',
      'short.txt',
      'short.ann',
    ];
    const outcomes = await service.importAnnotated([
      ...names.map(fixture),
      { name: 'brat/lost_x.ann', bytes: bytesOf('T1\tSource 0 1\tx\n') },
    ]);
    expect(
      outcomes.map((o) => [
        o.status,
        o.file,
        o.status === 'imported' ? [o.spans, o.relations] : o.status === 'failed' ? o.reason : '',
      ]),
    ).toEqual([
      ['imported', 'emoji.txt + emoji.ann', [6, 3]],
      ['imported', 'multi.txt + multi_ana.ann + multi_ben.ann', [5, 3]],
      [
        'failed',
        'short.txt + short.ann',
        'short.ann line 2: T2 offsets 6–40 point past the end of the text (12 characters (code points)).',
      ],
      ['failed', 'brat/lost_x.ann', 'no lost_x.txt (or lost.txt) in this batch for lost_x.ann.'],
    ]);
    const docs = service.listDocuments();
    expect(docs.map((d) => d.source)).toEqual(['emoji.txt', 'multi.txt']);
    // Every span's text is the code-point slice the .ann named, in the document as stored.
    const emoji = service.document(docs[0]!.id);
    const spans = await service.spansOf(emoji.id);
    const index = new OffsetIndex(emoji.text);
    const claim = spans.find((s) => s.quote === '1,500 people crossed daily')!;
    expect([index.toCodePoint(claim.start), index.toCodePoint(claim.end)]).toEqual([18, 44]);
    expect(sliceByCodePoints(emoji.text, 18, 44)).toBe(claim.quote);
    expect(spans.find((s) => s.fragments)).toMatchObject({
      label: 'Claim',
      quote: 'The ministry denied it',
      attributes: { certainty: 'denied', Negated: 'true' },
      author: 'ana',
    });
    // CRLF became LF: the offsets moved with it.
    const multi = service.document(docs[1]!.id);
    expect(multi.text).toBe('Headline\nThe mayor said the bridge will open in May.\n');
    const multiSpans = await service.spansOf(multi.id);
    expect(multiSpans.map((s) => [s.author, s.label, s.quote])).toEqual([
      ['ana', 'Source', 'The mayor'],
      ['ana', 'Cue', 'said'],
      ['ana', 'Claim', 'the bridge will open in May'],
      ['ben', 'Claim', 'the bridge will open'],
      ['ben', 'Source', 'The mayor'],
    ]);
    const { relations } = await workspaceHandlers(service).listRelations({});
    expect(relations).toHaveLength(6);
    const schema = service.info().schema;
    expect(schema.labels.map((l) => l.name)).toEqual(['Claim', 'Source', 'Cue', 'Place']);
    expect(schema.labels[0]!.attributes.map((a) => a.name)).toEqual(['certainty', 'Negated']);
    expect(schema.relationTypes.find((t) => t.name === 'cued-by')).toEqual({
      name: 'cued-by',
      from: ['Claim'],
      to: ['Cue'],
      symmetric: false,
    });
  });

  it('puts annotations on an existing document with the same text only when it has none', async () => {
    const service = await workspace();
    const [plain] = await service.importFiles([fixture('multi.txt')]);
    const first = await service.importAnnotated(['multi.txt', 'multi_ana.ann'].map(fixture));
    expect(first[0]).toMatchObject({
      status: 'imported',
      document: { id: plain!.status === 'imported' ? plain!.document.id : '' },
      spans: 3,
    });
    const again = await service.importAnnotated(['multi.txt', 'multi_ben.ann'].map(fixture));
    expect(again[0]).toMatchObject({
      status: 'duplicate',
      reason:
        'same content as "Headline", which already has 3 annotation(s); its 2 annotation(s) here were not imported',
    });
    expect(service.listDocuments()).toHaveLength(1);
  });

  it('round-trips Collate JSONL v2 and gives clashing ids new ones, consistently', async () => {
    const a = await workspace('a');
    await a.importAnnotated(['emoji.txt', 'emoji.ann'].map(fixture));
    const doc = a.listDocuments()[0]!;
    const ids = (await a.spansOf(doc.id)).map((s) => s.id);
    await workspaceHandlers(a).saveClaimGroup({ statement: 'Crossings', members: ids.slice(0, 2) });
    const exported = (await a.exportDatasetFiles({ format: 'collate-jsonl' })).files.find(
      (f) => f.path === 'dataset.jsonl',
    )!.content;

    const b = await workspace('b');
    const [outcome] = await b.importAnnotated([{ name: 'dataset.jsonl', bytes: bytesOf(exported) }]);
    expect(outcome).toMatchObject({ status: 'imported', file: 'dataset.jsonl', spans: 6, relations: 3 });
    const strip = <T extends { documentId: string }>(s: T): T => ({ ...s, documentId: '' });
    const bDoc = b.listDocuments()[0]!;
    const sorted = <T extends { id: string }>(list: T[]): T[] => [...list].sort((x, y) => x.id.localeCompare(y.id));
    expect(sorted((await b.spansOf(bDoc.id)).map(strip))).toEqual(sorted((await a.spansOf(doc.id)).map(strip)));
    expect((await workspaceHandlers(b).listRelations({})).claimGroups).toEqual(
      (await workspaceHandlers(a).listRelations({})).claimGroups,
    );
    // Exports write relations in their spans' order, so compare them by id.
    const byId = <T extends { id: string }>(list: T[]): T[] => [...list].sort((x, y) => x.id.localeCompare(y.id));
    const relationsOf = async (w: typeof a): Promise<unknown[]> =>
      byId((await workspaceHandlers(w).listRelations({})).relations);
    expect(await relationsOf(b)).toEqual(await relationsOf(a));
    expect(b.info().schema).toEqual(a.info().schema);
    expect(bDoc.title).toBe(doc.title);

    // Same ids, other text: the spans and relations get new ids, and the relations follow them.
    const other = exported.replace(/1,500 people crossed daily/g, '2,500 people crossed daily');
    const [second] = await b.importAnnotated([{ name: 'other.jsonl', bytes: bytesOf(other) }]);
    expect(second).toMatchObject({ status: 'imported', spans: 6, relations: 3 });
    const newDoc = b.listDocuments()[1]!;
    const newSpans = await b.spansOf(newDoc.id);
    const oldIds = new Set((await b.spansOf(bDoc.id)).map((s) => s.id));
    expect(newSpans.some((s) => oldIds.has(s.id))).toBe(false);
    const { relations } = await workspaceHandlers(b).listRelations({});
    const newIds = new Set(newSpans.map((s) => s.id));
    const fresh = relations.filter((r) => newIds.has(r.from));
    expect(fresh).toHaveLength(3);
    expect(fresh.every((r) => newIds.has(r.to))).toBe(true);
    expect(new Set(relations.map((r) => r.id)).size).toBe(6);
  });

  it('touches nothing for bad input: binary data, a file that is not JSON, an .ann past the end, an empty file', async () => {
    const service = await workspace();
    const root = service.root;
    const before = snapshot(root);
    const outcomes = await service.importAnnotated([
      { name: 'data.jsonl', bytes: new Uint8Array([0, 1, 2, 3, 0, 255, 0, 7]) },
      { name: 'broken.json', bytes: bytesOf('{"data": {"text": "x"}') },
      fixture('short.txt'),
      fixture('short.ann'),
      { name: 'empty.json', bytes: new Uint8Array() },
      {
        name: 'tasks.json',
        bytes: bytesOf(
          '[{"data": {"text": "Tiny."}, "annotations": [{"result": [{"id": "a", "type": "labels", "value": {"start": 0, "end": 9, "labels": ["Claim"]}}]}]}]',
        ),
      },
    ]);
    expect(outcomes.map((o) => [o.status, o.file, o.status === 'failed' ? o.reason : ''])).toEqual([
      ['failed', 'data.jsonl', 'The file holds binary data, not text.'],
      ['failed', 'broken.json', 'not JSON (line 1 cannot be read).'],
      ['failed', 'short.txt + short.ann', expect.stringContaining('short.ann line 2')],
      ['failed', 'empty.json', 'The file is empty.'],
      [
        'failed',
        'tasks.json task 1',
        'region "a": offsets 0–9 point past the end of the text (5 characters (code points)).',
      ],
    ]);
    expect(snapshot(root)).toEqual(before);
  });

  it('is reachable through the API with base64 files, answering in the importFiles shape', async () => {
    const service = await workspace();
    const files = ['multi.txt', 'multi_ana.ann'].map((n) => ({
      name: n,
      dataBase64: readFileSync(FIXTURES + n).toString('base64'),
    }));
    const result = await workspaceHandlers(service).importAnnotated({ files });
    expect(result).toEqual([
      {
        status: 'imported',
        file: 'multi.txt + multi_ana.ann',
        document: expect.objectContaining({ source: 'multi.txt' }),
        spans: 3,
        relations: 2,
        warnings: ['schema: relation type "cued-by" added'],
      },
    ]);
  });
});
