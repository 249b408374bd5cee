import type { CollateApi } from '../../api/client';
import type { JobRequest, JobResult, JobProgress } from '../../api/contract';
import { ok, type Result } from '../../core/result';

export interface FollowJob {
  /** Aborting cancels the job in the service and drops whatever it made. */
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
}

type JobApi = Pick<CollateApi, 'startJob' | 'jobStatus' | 'cancelJob'>;

const POLL_MS = 150;

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Runs an export or report as a job in the service and follows it to its end: its result, its
 * failure, or null when cancelled. A cancelled job is stopped in the service too, and a result
 * that arrives after the cancel is dropped, so nothing is ever saved.
 */
export async function followJob(
  api: JobApi,
  request: JobRequest,
  follow: FollowJob = {},
  pollMs = POLL_MS,
): Promise<Result<JobResult | null>> {
  const { signal, onProgress } = follow;
  if (signal?.aborted) return ok(null);
  const started = await api.startJob(request);
  if (!started.ok) return started;
  const { jobId } = started.value;
  // Stopped in the service at once, even while a status call is on its way.
  const cancel = (): void => void api.cancelJob({ jobId });
  if (signal?.aborted) cancel();
  else signal?.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      if (signal?.aborted) return ok(null);
      const status = await api.jobStatus({ jobId });
      if (signal?.aborted) return ok(null);
      if (!status.ok) return status;
      if (status.value.state === 'done') return ok(status.value.result);
      onProgress?.(status.value.progress);
      await pause(pollMs, signal);
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}
