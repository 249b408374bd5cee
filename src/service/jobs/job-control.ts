import type { JobProgress } from '../../api/contract';
import { CollateError } from '../../core/collate-error';

/** What a long export listens to: a signal that cancels it, and where it reports how far it has come. */
export interface JobControl {
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
}

export const cancelledError = (what = 'nothing was written'): CollateError =>
  new CollateError('cancelled', `Cancelled; ${what}.`);

/**
 * A point where a long export may stop: throws when cancelled, reports progress, and lets other
 * work run (a status poll, the cancel itself) before the next step.
 */
export async function checkpoint(control: JobControl | undefined, progress: JobProgress): Promise<void> {
  if (!control) return;
  if (control.signal?.aborted) throw cancelledError();
  control.onProgress?.(progress);
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (control.signal?.aborted) throw cancelledError();
}
