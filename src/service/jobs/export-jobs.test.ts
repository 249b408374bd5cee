import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../api/dispatch';
import type { JobProgress } from '../../api/contract';
import { initWorkspace } from '../init-workspace';
import { bytesOf, tempFolder } from '../test-workspace';
import { WorkspaceService } from '../workspace-service';
import { writeExportFiles } from '../write-export';
import { JobRegistry } from './job-registry';
import { workspaceHandlers } from '../../api/workspace-handlers';

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the job registry', () => {
  it('shows progress while a job runs, then its result once', async () => {
    const jobs = new JobRegistry<string>();
    let finish!: (value: string) => void;
    const id = jobs.start(
      async ({ onProgress }) => {
        onProgress({ step: 'Reading documents', done: 1, total: 2 });
        return new Promise<string>((resolve) => (finish = resolve));
      },
      { step: 'Starting', done: 0, total: 0 },
    );
    expect(jobs.status(id)).toEqual({ state: 'running', progress: { step: 'Starting', done: 0, total: 0 } });
    await turn();
    expect(jobs.status(id)).toEqual({ state: 'running', progress: { step: 'Reading documents', done: 1, total: 2 } });
    finish('the files');
    await turn();
    expect(jobs.status(id)).toEqual({ state: 'done', result: 'the files' });
    expect(() => jobs.status(id)).toThrow(/no longer under way/);
  });

  it('says about how long a counted step has left, and which documents finished since the last status', async () => {
    let now = 1_000;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      const jobs = new JobRegistry<string>();
      let report!: (progress: JobProgress) => void;
      const id = jobs.start(
        async ({ onProgress }) => {
          report = onProgress;
          return new Promise<string>(() => undefined);
        },
        { step: 'Starting', done: 0, total: 0 },
      );
      await turn();
      report({ step: 'Suggesting', done: 0, total: 10 });
      now += 4_000;
      report({ step: 'Suggesting', done: 2, total: 10, finished: ['d-aaaaaaaaaaaa'] });
      report({ step: 'Suggesting', done: 2, total: 10, finished: ['d-bbbbbbbbbbbb'] });
      expect(jobs.status(id)).toEqual({
        state: 'running',
        progress: {
          step: 'Suggesting',
          done: 2,
          total: 10,
          remainingMs: 16_000,
          finished: ['d-aaaaaaaaaaaa', 'd-bbbbbbbbbbbb'],
        },
      });
      expect(jobs.status(id)).toEqual({
        state: 'running',
        progress: { step: 'Suggesting', done: 2, total: 10, remainingMs: 16_000 },
      });
      jobs.cancel(id);
    } finally {
      clock.mockRestore();
    }
  });
  it('answers a failure once, as a CollateError', async () => {
    const jobs = new JobRegistry<string>();
    const id = jobs.start(
      async () => {
        throw new Error('disk on fire');
      },
      { step: 'Starting', done: 0, total: 0 },
    );
    await turn();
    await turn();
    expect(() => jobs.status(id)).toThrow('The export failed: disk on fire');
    expect(() => jobs.status(id)).toThrow(/no longer under way/);
  });

  it('aborts the job on cancel and forgets it', async () => {
    const jobs = new JobRegistry<string>();
    let signal: AbortSignal | undefined;
    const id = jobs.start(
      async (control) => {
        signal = control.signal;
        return new Promise<string>(() => undefined);
      },
      { step: 'Starting', done: 0, total: 0 },
    );
    await turn();
    expect(jobs.cancel(id)).toBe(true);
    expect(signal?.aborted).toBe(true);
    expect(jobs.cancel(id)).toBe(false);
    expect(() => jobs.status(id)).toThrow(/no longer under way/);
  });

  it('refuses one job too many, and drops results nobody collects', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const jobs = new JobRegistry<string>({ running: 1, keepFinishedMs: 1000 });
      const never = jobs.start(() => new Promise<string>(() => undefined), { step: 'Starting', done: 0, total: 0 });
      expect(() => jobs.start(async () => 'x', { step: 'Starting', done: 0, total: 0 })).toThrow(/already under way/);
      jobs.cancel(never);
      const id = jobs.start(async () => 'x', { step: 'Starting', done: 0, total: 0 });
      await turn();
      await turn();
      vi.advanceTimersByTime(1001);
      expect(() => jobs.status(id)).toThrow(/no longer under way/);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('export jobs in the service', () => {
  let folder: ReturnType<typeof tempFolder>;
  let service: WorkspaceService;
  let root: string;

  const snapshot = (): Record<string, string> => {
    const files: Record<string, string> = {};
    const walk = (dir: string): void => {
      for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
        const rel = join(dir, entry.name);
        if (entry.isDirectory()) walk(rel);
        else files[rel] = readFileSync(join(root, rel), 'utf8');
      }
    };
    walk('.');
    return files;
  };

  /** Polls a job the way a window does, recording the progress it sees. */
  async function follow(jobId: string): Promise<{ seen: JobProgress[]; answer: Awaited<ReturnType<typeof dispatch>> }> {
    const seen: JobProgress[] = [];
    for (;;) {
      const answer = await dispatch(workspaceHandlers(service), 'jobStatus', { jobId });
      if (!answer.ok) return { seen, answer };
      const status = answer.value as { state: string; progress?: JobProgress };
      if (status.state !== 'running') return { seen, answer };
      seen.push(status.progress!);
      await turn();
    }
  }

  beforeEach(async () => {
    folder = tempFolder();
    root = await initWorkspace(join(folder.path, 'ws'));
    service = await WorkspaceService.open(root, { author: 'ana', now: () => new Date('2025-01-02T03:04:05Z') });
    await service.importFiles(
      ['one', 'two', 'three'].map((n) => ({
        name: `${n}.txt`,
        bytes: bytesOf(`Headline ${n}\nOfficials said ${n}.\n`),
      })),
    );
  });
  afterEach(() => {
    service.close();
    folder.cleanup();
  });

  it('reports documents read out of the total, then gives the same files as exportDatasetFiles', async () => {
    const started = await dispatch(workspaceHandlers(service), 'startJob', {
      kind: 'dataset',
      options: { format: 'brat' },
    });
    expect(started.ok).toBe(true);
    const { jobId } = (started as { value: { jobId: string } }).value;
    const { seen, answer } = await follow(jobId);
    const reading = seen.filter((p) => p.step === 'Reading documents').map((p) => `${p.done}/${p.total}`);
    expect([...new Set(reading)]).toEqual(['0/3', '1/3', '2/3']);
    expect(seen.at(-1)).toEqual({ step: 'Writing brat', done: 0, total: 0 });
    expect(answer).toEqual({
      ok: true,
      value: {
        state: 'done',
        result: { kind: 'dataset', dataset: await service.exportDatasetFiles({ format: 'brat' }) },
      },
    });
  });

  it('makes a report in a job', async () => {
    const started = (await dispatch(workspaceHandlers(service), 'startJob', {
      kind: 'report',
      format: 'md',
    })) as { ok: true; value: { jobId: string } };
    const { seen, answer } = await follow(started.value.jobId);
    expect(seen.map((p) => p.step)).toContain('Building the report');
    expect(answer).toMatchObject({
      ok: true,
      value: { state: 'done', result: { kind: 'report', file: { mediaType: expect.stringContaining('markdown') } } },
    });
  });

  it('stops a cancelled job at its next step and changes nothing in the workspace', async () => {
    const before = snapshot();
    const started = (await dispatch(workspaceHandlers(service), 'startJob', {
      kind: 'dataset',
      options: { format: 'csv' },
    })) as { ok: true; value: { jobId: string } };
    const { jobId } = started.value;
    await turn();
    await turn();
    expect(await dispatch(workspaceHandlers(service), 'cancelJob', { jobId })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(await dispatch(workspaceHandlers(service), 'jobStatus', { jobId })).toMatchObject({
      ok: false,
      error: { code: 'no-job' },
    });
    expect(await dispatch(workspaceHandlers(service), 'cancelJob', { jobId })).toEqual({
      ok: true,
      value: { cancelled: false },
    });
    expect(snapshot()).toEqual(before);
  });

  it('throws "cancelled" from an export whose signal was aborted, and writes nothing when saving is cancelled', async () => {
    const cancel = new AbortController();
    const steps: string[] = [];
    const pending = service.exportDatasetFiles(
      { format: 'brat' },
      { signal: cancel.signal, onProgress: (p) => steps.push(`${p.step} ${p.done}`) },
    );
    await turn();
    const stepsBeforeAbort = [...steps];
    cancel.abort();
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
    expect(stepsBeforeAbort[0]).toBe('Reading documents 0');
    expect(steps).toEqual(stepsBeforeAbort);

    const out = join(folder.path, 'out');
    const { files } = await service.exportDatasetFiles({ format: 'brat' });
    const saving = new AbortController();
    const written = writeExportFiles(out, files, {
      signal: saving.signal,
      onProgress: (p) => {
        if (p.done === 2) saving.abort();
      },
    });
    await expect(written).rejects.toThrow(`Cancelled; nothing was written to ${out}.`);
    expect(readdirSync(folder.path)).toEqual(['ws']);
  });
});
