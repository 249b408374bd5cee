import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobProgress } from '../../api/contract';
import type { FollowJob } from '../state/follow-job';

const STARTING: JobProgress = { step: 'Starting', done: 0, total: 0 };

/**
 * One export or report at a time for a dialog: its progress while it runs, and Cancel, which shows
 * at once and drops the job's result. Unmounting cancels too, so that closing the dialog never
 * leaves a job running or a download coming.
 */
export function useJob() {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  /** Runs a job; undefined when it was cancelled. */
  const run = useCallback(async <T>(job: (follow: Required<FollowJob>) => Promise<T>): Promise<T | undefined> => {
    const own = new AbortController();
    controller.current = own;
    setCancelled(false);
    setProgress(STARTING);
    try {
      const result = await job({ signal: own.signal, onProgress: (p) => !own.signal.aborted && setProgress(p) });
      return own.signal.aborted ? undefined : result;
    } finally {
      if (controller.current === own) {
        controller.current = null;
        setProgress(null);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setProgress(null);
    setCancelled(true);
  }, []);

  return { progress, running: progress !== null, cancelled, run, cancel };
}
