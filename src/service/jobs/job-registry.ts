import { randomUUID } from 'node:crypto';
import type { JobProgress } from '../../api/contract';
import { CollateError } from '../../core/collate-error';
import type { JobControl } from './job-control';

export type JobStatus<T> = { state: 'running'; progress: JobProgress } | { state: 'done'; result: T };

interface Job<T> {
  controller: AbortController;
  progress: JobProgress;
  /** When the current step started counting, and how much it had done then: the base of `remainingMs`. */
  pace: { step: string; at: number; done: number };
  /** Documents finished since the last status. */
  finished: string[];
  /** What the job is, for its error: "The export failed: …", "The suggestion batch failed: …". */
  what: string;
  outcome?: { ok: true; value: T } | { ok: false; error: CollateError };
  expiry?: ReturnType<typeof setTimeout>;
}

export interface JobLimits {
  /** Jobs under way at once; one more is refused. */
  running: number;
  /** How long a finished job's result waits to be collected before it is dropped. */
  keepFinishedMs: number;
}

const asCollateError = (error: unknown, what: string): CollateError =>
  error instanceof CollateError
    ? error
    : new CollateError(
        'export-failed',
        `The ${what} failed: ${error instanceof Error ? error.message : String(error)}`,
      );

/** About how long a counted step still takes at the pace it has kept since it started counting. */
function remainingMs(pace: Job<unknown>['pace'], progress: JobProgress, now: number): number | undefined {
  const counted = progress.done - pace.done;
  if (progress.total === 0 || counted <= 0 || progress.done >= progress.total) return undefined;
  return Math.round(((now - pace.at) / counted) * (progress.total - progress.done));
}

/**
 * Long exports, reports and batches (suggestions for many documents) run here in the background,
 * so a shell whose transport is request/response (HTTP, IPC) can show their progress and cancel
 * them: start, poll status until done, or cancel.
 */
export class JobRegistry<T> {
  private readonly jobs = new Map<string, Job<T>>();

  constructor(private readonly limits: JobLimits = { running: 4, keepFinishedMs: 10 * 60_000 }) {}

  start(run: (control: Required<JobControl>) => Promise<T>, first: JobProgress, what = 'export'): string {
    const running = [...this.jobs.values()].filter((j) => !j.outcome).length;
    if (running >= this.limits.running)
      throw new CollateError(
        'busy',
        `${running} jobs (exports, reports, suggestions) are already under way; wait for one to finish or cancel it.`,
      );
    const id = randomUUID();
    const pace = { step: first.step, at: Date.now(), done: first.done };
    const job: Job<T> = { controller: new AbortController(), progress: first, pace, finished: [], what };
    this.jobs.set(id, job);
    const onProgress = ({ finished, ...progress }: JobProgress): void => {
      const now = Date.now();
      if (progress.step !== job.pace.step) job.pace = { step: progress.step, at: now, done: progress.done };
      const remaining = remainingMs(job.pace, progress, now);
      job.progress = { ...progress, ...(remaining !== undefined ? { remainingMs: remaining } : {}) };
      if (finished) job.finished.push(...finished);
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
        (error: unknown) => settle({ ok: false, error: asCollateError(error, job.what) }),
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
        'That job is no longer under way (it finished, was cancelled, or its result was not collected in time).',
      );
    if (!job.outcome) {
      const finished = job.finished.splice(0);
      return { state: 'running', progress: { ...job.progress, ...(finished.length > 0 ? { finished } : {}) } };
    }
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
