import { randomUUID } from 'node:crypto';
import type { JobProgress } from '../../api/contract';
import { CollateError } from '../../core/collate-error';
import type { JobControl } from './job-control';

export type JobStatus<T> = { state: 'running'; progress: JobProgress } | { state: 'done'; result: T };

interface Job<T> {
  controller: AbortController;
  progress: JobProgress;
  outcome?: { ok: true; value: T } | { ok: false; error: CollateError };
  expiry?: ReturnType<typeof setTimeout>;
}

export interface JobLimits {
  /** Jobs under way at once; one more is refused. */
  running: number;
  /** How long a finished job's result waits to be collected before it is dropped. */
  keepFinishedMs: number;
}

const asCollateError = (error: unknown): CollateError =>
  error instanceof CollateError
    ? error
    : new CollateError('export-failed', `The export failed: ${error instanceof Error ? error.message : String(error)}`);

/**
 * Long exports run here in the background, so a shell whose transport is request/response (HTTP,
 * IPC) can show their progress and cancel them: start, poll status until done, or cancel.
 */
export class JobRegistry<T> {
  private readonly jobs = new Map<string, Job<T>>();

  constructor(private readonly limits: JobLimits = { running: 4, keepFinishedMs: 10 * 60_000 }) {}

  start(run: (control: Required<JobControl>) => Promise<T>, first: JobProgress): string {
    const running = [...this.jobs.values()].filter((j) => !j.outcome).length;
    if (running >= this.limits.running)
      throw new CollateError('busy', `${running} exports are already under way; wait for one to finish or cancel it.`);
    const id = randomUUID();
    const job: Job<T> = { controller: new AbortController(), progress: first };
    this.jobs.set(id, job);
    const onProgress = (progress: JobProgress): void => {
      job.progress = progress;
    };
    const settle = (outcome: NonNullable<Job<T>['outcome']>): void => {
      if (this.jobs.get(id) !== job) return;
      job.outcome = outcome;
      job.expiry = setTimeout(() => this.forget(id), this.limits.keepFinishedMs);
      job.expiry.unref?.();
    };
    // Started on the next turn, so that the caller has the id before any work is done.
    setImmediate(() => {
      run({ signal: job.controller.signal, onProgress }).then(
        (value) => settle({ ok: true, value }),
        (error: unknown) => settle({ ok: false, error: asCollateError(error) }),
      );
    });
    return id;
  }

  /** The job's progress while it runs; its result once, after which it is forgotten. A failure is thrown, once. */
  status(id: string): JobStatus<T> {
    const job = this.jobs.get(id);
    if (!job)
      throw new CollateError(
        'no-job',
        'That export is no longer under way (it finished, was cancelled, or its result was not collected in time).',
      );
    if (!job.outcome) return { state: 'running', progress: job.progress };
    this.forget(id);
    if (!job.outcome.ok) throw job.outcome.error;
    return { state: 'done', result: job.outcome.value };
  }

  /** Stops a job and forgets it, with any result it had; true when it was still under way. */
  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job) return false;
    job.controller.abort();
    this.forget(id);
    return !job.outcome;
  }

  cancelAll(): void {
    for (const id of [...this.jobs.keys()]) this.cancel(id);
  }

  private forget(id: string): void {
    const job = this.jobs.get(id);
    if (job?.expiry) clearTimeout(job.expiry);
    this.jobs.delete(id);
  }
}
