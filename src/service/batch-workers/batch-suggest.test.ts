import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CollateError } from '../../core/collate-error';
import { bytesOf, floodReport, FreshWorkspace } from '../test-workspace';
import { openSuggestions } from '../workspace-assist';
import { SEQ_KEY } from '../json-store';
import { annotationsFile } from '../workspace-files';
import { suggestInBatch } from './batch-suggest';
import { WorkerPool } from './worker-pool';

let ws: FreshWorkspace;

beforeEach(async () => {
  ws = await FreshWorkspace.open('ana');
  await ws.service.importFiles(
    Array.from({ length: 6 }, (_, n) => ({ name: `a${n}.txt`, bytes: bytesOf(floodReport(n)) })),
  );
});
afterEach(() => ws.dispose());

/** How many edits a document's annotations file has had: its journal's last sequence number, else its file's. */
function editCount(id: string): number {
  const file = join(ws.root, annotationsFile(id));
  const journal = existsSync(`${file}.journal`) ? readFileSync(`${file}.journal`, 'utf8').trim().split('\n') : [];
  if (journal.length > 0) return (JSON.parse(journal.at(-1)!) as { seq: number }).seq;
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>)[SEQ_KEY]! : 0;
}

const ids = (): string[] => ws.service.listDocuments().map((d) => d.id);

describe('batch suggest on worker threads', () => {
  it('applies every document as one journal edit for spans and one for links, as the one-by-one path would', async () => {
    const expected = await Promise.all(
      ids().map(async (id) => (await openSuggestions(ws.service.assist, id)).filter((s) => s.score >= 0.5)),
    );
    const editsBefore = ids().map(editCount);
    const heard: string[] = [];
    const pool = new WorkerPool(2);
    const result = await suggestInBatch(
      ws.service.assist,
      { minScore: 0.5, statements: false, apply: true },
      { pool, onDocument: (id) => heard.push(id) },
    );
    await pool.close();
    expect(heard).toEqual(ids());
    expect(result).toMatchObject({ documents: 6, done: 6, cancelled: false });
    expect(result.applied).toBe(expected.flat().length);
    expect(result.relations).toBeGreaterThan(0);
    const journals = ids().map((id) => existsSync(join(ws.root, `${annotationsFile(id)}.journal`)));
    expect(journals, 'each document is let go without rewriting its file').toEqual(ids().map(() => true));
    for (const [n, id] of ids().entries()) {
      const spans = await ws.service.spansOf(id);
      expect(spans.map((s) => [s.label, s.start, s.end]).sort()).toEqual(
        expected[n]!.map((s) => [s.label, s.start, s.end]).sort(),
      );
      expect(editCount(id) - editsBefore[n]!).toBe(1);
      expect((await openSuggestions(ws.service.assist, id)).filter((s) => s.score >= 0.5)).toEqual([]);
    }
    const spanIds = new Set((await Promise.all(ids().map((id) => ws.service.spansOf(id)))).flat().map((s) => s.id));
    const { relations } = ws.service.listRelations();
    expect(relations).toHaveLength(result.relations);
    expect(relations.every((r) => spanIds.has(r.from) && spanIds.has(r.to))).toBe(true);
  });

  it('applies nothing of a document whose links cannot be saved, and says why', async () => {
    const [first] = ids();
    const failing = {
      ...ws.service.assist,
      createRelations: () => Promise.reject(new CollateError('write-failed', 'relations.json could not be written')),
    };
    await expect(
      suggestInBatch(failing, { documentIds: [first!], minScore: 0.5, statements: false, apply: true }),
    ).rejects.toThrow('relations.json could not be written');
    expect(await ws.service.spansOf(first!)).toEqual([]);
    expect(ws.service.listRelations().relations).toEqual([]);
  });

  it('takes back the spans of every document in a group whose links cannot be saved', async () => {
    let calls = 0;
    const failing = {
      ...ws.service.assist,
      createRelations: () => {
        calls++;
        return Promise.reject(new CollateError('write-failed', 'relations.json could not be written'));
      },
    };
    const pool = new WorkerPool(2);
    await expect(suggestInBatch(failing, { minScore: 0.5, statements: false, apply: true }, { pool })).rejects.toThrow(
      'relations.json could not be written',
    );
    await pool.close();
    expect(calls, "the six documents' links are one edit").toBe(1);
    for (const id of ids()) expect(await ws.service.spansOf(id)).toEqual([]);
    expect(ws.service.listRelations().relations).toEqual([]);
  });

  it('stops at a cancel: documents already applied stay whole, the others untouched', async () => {
    const controller = new AbortController();
    let heard = 0;
    const result = await suggestInBatch(
      ws.service.assist,
      { minScore: 0.5, statements: false, apply: true },
      { signal: controller.signal, onDocument: () => ++heard === 2 && controller.abort() },
    );
    expect(result.cancelled).toBe(true);
    const applied = (await Promise.all(ids().map((id) => ws.service.spansOf(id)))).filter((s) => s.length > 0);
    expect(applied.length).toBe(result.done);
    expect(result.done).toBeGreaterThanOrEqual(2);
    expect(result.done).toBeLessThan(6);
    for (const id of ids()) {
      const left = (await openSuggestions(ws.service.assist, id)).filter((s) => s.score >= 0.5);
      const spans = await ws.service.spansOf(id);
      expect(spans.length === 0 || left.length === 0).toBe(true);
    }
  });

  it('leaves the workspace alone without --apply', async () => {
    const result = await suggestInBatch(ws.service.assist, { minScore: 0.5, statements: false, apply: false });
    expect(result.found).toBeGreaterThan(0);
    expect(result.applied).toBe(0);
    for (const id of ids()) expect(await ws.service.spansOf(id)).toEqual([]);
  });
});
