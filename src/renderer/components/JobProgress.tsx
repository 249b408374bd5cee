import type { JobProgress as Progress } from '../../api/contract';
import type { useJob } from '../hooks/use-job';

interface JobProgressProps {
  /** What runs, for the names: "Export" gives "Export progress" and "Export cancelled". */
  what: 'Export' | 'Report';
  job: ReturnType<typeof useJob>;
}

/** How far an export or a report has come and the button that stops it, or that it was stopped: nothing is saved then. */
export function JobProgress({ what, job }: JobProgressProps) {
  if (job.progress) return <ProgressBar label={`${what} progress`} progress={job.progress} onCancel={job.cancel} />;
  if (!job.cancelled) return null;
  return (
    <p role="status" aria-label={`${what} cancelled`} className="hint">
      {what} cancelled; nothing was downloaded.
    </p>
  );
}

function ProgressBar({ label, progress, onCancel }: { label: string; progress: Progress; onCancel: () => void }) {
  const { step, done, total } = progress;
  const counted = total > 0;
  const text = counted ? `${step}: ${done} of ${total}` : `${step}…`;
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
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
