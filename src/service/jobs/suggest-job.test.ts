import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../api/dispatch';
import type { JobResult, JobProgress } from '../../api/contract';
import { workspaceHandlers } from '../../api/workspace-handlers';
import { suggest } from '../../core/assist/index';
import { SUGGESTIONS_CACHE_DIR } from '../suggestion-cache';
import { bytesOf, floodReport, FreshWorkspace } from '../test-workspace';
import { openSuggestions } from '../workspace-assist';
import { runSuggestJob } from './run-suggest-job';

let ws: FreshWorkspace;

beforeEach(async () => {
  ws = await FreshWorkspace.open('ana');
  await ws.service.importFiles(
    Array.from({ length: 8 }, (_, n) => ({ name: `a${n}.txt`, bytes: bytesOf(floodReport(n)) })),
  );
});
afterEach(() => ws.dispose());

const ids = (): string[] => ws.service.listDocuments().map((d) => d.id);
const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));
const cacheFile = (id: string): string => join(ws.root, SUGGESTIONS_CACHE_DIR, `${id}.json`);
const made = (id: string) => suggest({ id, text: ws.service.document(id).text }, { statements: false });
/** Every span and link of the workspace: what a batch of suggestions must never change. */
const workspaceData = async () => ({
  spans: await Promise.all(ids().map((id) => ws.service.spansOf(id))),
  links: ws.service.listRelations(),
});

/** Starts a job and polls it as a window does, recording what each status said. */
async function follow(args: object): Promise<{ seen: JobProgress[]; result: JobResult }> {
  const handlers = workspaceHandlers(ws.service);
  const started = await dispatch(handlers, 'startJob', args);
  if (!started.ok) throw new Error(started.error.message);
  const { jobId } = started.value as { jobId: string };
  const seen: JobProgress[] = [];
  for (;;) {
    const answer = await dispatch(handlers, 'jobStatus', { jobId });
    if (!answer.ok) throw new Error(answer.error.message);
    const status = answer.value as { state: 'running'; progress: JobProgress } | { state: 'done'; result: JobResult };
    if (status.state === 'done') return { seen, result: status.result };
    seen.push(status.progress);
    await turn();
  }
}

describe('suggestions for many documents as a background job', () => {
  it('makes every document’s suggestions on workers, reports each one finished, and keeps them for the panes', async () => {
    const opened = await openSuggestions(ws.service.assist, ids()[0]!);
    await ws.service.acceptSuggestions(ids()[0]!, [opened[0]!.id]);
    const before = await workspaceData();

    const { seen, result } = await follow({ kind: 'suggest' });
    const counted = seen.filter((p) => p.step === 'Suggesting');
    expect(counted.every((p) => p.total === 8)).toBe(true);
    expect(counted.map((p) => p.done)).toEqual([...counted.map((p) => p.done)].sort((a, b) => a - b));
    const finished = seen.flatMap((p) => p.finished ?? []);
    expect(new Set(finished).size).toBe(finished.length);
    expect(ids()).toEqual(expect.arrayContaining(finished));
    expect(result).toEqual({
      kind: 'suggest',
      documents: 8,
      ready: 0,
      made: 8,
      suggestions: ids().reduce((n, id) => n + made(id).length, 0),
    });
    expect(await workspaceData()).toEqual(before);

    for (const id of ids()) {
      expect(existsSync(cacheFile(id))).toBe(true);
      const fromCache = await ws.service.suggestAnnotations(id);
      const kept = new Set(fromCache.map((s) => s.id));
      // Served from the cache: the same as the assistant, less what was accepted.
      expect(made(id).filter((s) => !kept.has(s.id)).length).toBe(id === ids()[0] ? 1 : 0);
    }

    const again = await follow({ kind: 'suggest', documentIds: ids().slice(0, 3) });
    expect(again.result).toMatchObject({ documents: 3, ready: 3, made: 0 });
  });

  it('serves a kept list only for the same text and assistant, and ignores a damaged one', async () => {
    const id = ids()[1]!;
    await follow({ kind: 'suggest', documentIds: [id] });
    const kept = JSON.parse(readFileSync(cacheFile(id), 'utf8')) as { suggestions: unknown[]; assistant: string };
    writeFileSync(cacheFile(id), JSON.stringify({ ...kept, suggestions: [], assistant: 'another' }));
    expect((await ws.service.suggestAnnotations(id)).length).toBe(made(id).length);
    writeFileSync(cacheFile(id), '{"format":');
    expect((await ws.service.suggestAnnotations(id)).length).toBe(made(id).length);
    const rerun = await follow({ kind: 'suggest', documentIds: [id] });
    expect(rerun.result).toMatchObject({ ready: 0, made: 1 });
  });

  it('stops on cancel with every document’s list whole or absent, and a second run does only the rest', async () => {
    const before = await workspaceData();
    const cancel = new AbortController();
    const progress: JobProgress[] = [];
    const run = runSuggestJob({ root: ws.root, assist: ws.service.assist }, ids(), {
      signal: cancel.signal,
      onProgress: (p) => {
        progress.push(p);
        if ((p.finished?.length ?? 0) > 0) cancel.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    const done = ids().filter((id) => existsSync(cacheFile(id)));
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(8);
    for (const id of done) {
      const kept = JSON.parse(readFileSync(cacheFile(id), 'utf8')) as { suggestions: Array<{ id: string }> };
      expect(kept.suggestions.map((s) => s.id)).toEqual(made(id).map((s) => s.id));
    }
    expect(await workspaceData()).toEqual(before);

    const rest = await follow({ kind: 'suggest' });
    expect(rest.result).toMatchObject({ documents: 8, ready: done.length, made: 8 - done.length });
  });

  it('refuses unknown documents and malformed requests before any work', async () => {
    const handlers = workspaceHandlers(ws.service);
    expect(await dispatch(handlers, 'startJob', { kind: 'suggest', documentIds: ['d-000000000000'] })).toMatchObject({
      ok: false,
      error: { code: 'no-document' },
    });
    for (const args of [
      { kind: 'suggest', documentIds: [] },
      { kind: 'suggest', everything: true },
      { kind: 'suggest', documentIds: 'all' },
    ])
      expect(await dispatch(handlers, 'startJob', args)).toMatchObject({
        ok: false,
        error: { code: 'bad-arguments' },
      });
    expect(existsSync(join(ws.root, SUGGESTIONS_CACHE_DIR))).toBe(false);
  });
});
