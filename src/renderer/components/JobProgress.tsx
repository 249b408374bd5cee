import type { JobProgress as Progress } from '../../api/contract';
import type { useJob } from '../hooks/use-job';

interface JobProgressProps {
  /** What runs, for the names: "Export" gives "Export progress" and "Export cancelled". */
  what: 'Export' | 'Report';
  job: ReturnType<typeof useJob>;
}

/** How far an export or a report has come and the button that stops it, or that it was stopped: nothing is saved then. */
export function JobProgress({ what, job }: JobProgressProps) {
  if (job.progress) return <JobProgressBar label={`${what} progress`} progress={job.progress} onCancel={job.cancel} />;
  if (!job.cancelled) return null;
  return (
    <p role="status" aria-label={`${what} cancelled`} className="hint">
      {what} cancelled; nothing was downloaded.
    </p>
  );
}

/** "about 40 s left", "about 3 min left": what a person reads of the job's estimate. */
export function timeLeft(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds < 90 ? `about ${seconds} s left` : `about ${Math.round(seconds / 60)} min left`;
}

/** A job's progress bar (counted, or not while its step cannot be), its step in words, and its Cancel button. */
export function JobProgressBar({
  label,
  progress,
  onCancel,
  cancelName = 'Cancel',
  cancelling = false,
  unit = '',
}: {
  label: string;
  progress: Progress;
  onCancel: () => void;
  /** The Cancel button's accessible name, where "Cancel" alone would not say what it stops. */
  cancelName?: string;
  cancelling?: boolean;
  /** What is counted ("documents"), after the total. */
  unit?: string;
}) {
  const { step, done, total, remainingMs } = progress;
  const counted = total > 0;
  const left = counted && remainingMs !== undefined ? `, ${timeLeft(remainingMs)}` : '';
  const text = counted ? `${step}: ${done} of ${total}${unit ? ` ${unit}` : ''}${left}` : `${step}…`;
  return (
    <div className="job-progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        {...(counted ? { 'aria-valuemax': total, 'aria-valuenow': done } : {})}
        aria-valuetext={text}
        className={counted ? 'progress-track' : 'progress-track indeterminate'}
      >
        <div className="progress-fill" style={{ width: counted ? `${(100 * done) / total}%` : '100%' }} />
      </div>
      <span className="hint job-progress-step">{text}</span>
      <button type="button" className="button" aria-label={cancelName} disabled={cancelling} onClick={onCancel}>
        {cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </div>
  );
}
