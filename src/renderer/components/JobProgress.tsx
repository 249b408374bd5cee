import type { JobProgress as Progress } from '../../api/contract';

interface JobProgressProps {
  /** The progress bar's accessible name, e.g. "Export progress". */
  label: string;
  progress: Progress;
  onCancel: () => void;
}

/** How far an export or a report has come, and the button that stops it: nothing is saved then. */
export function JobProgress({ label, progress, onCancel }: JobProgressProps) {
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
