import { useActions, useAppState } from './app-context';

/** The progress of an import under way, and the button that stops it after the current chunk. */
export function ImportProgress() {
  const actions = useActions();
  const progress = useAppState((s) => s.importProgress);
  if (!progress) return null;
  return (
    <div className="import-progress">
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={`${progress.done} of ${progress.total} files`}
        className="progress-track"
      >
        <div
          className="progress-fill"
          style={{ width: `${progress.total ? (100 * progress.done) / progress.total : 0}%` }}
        />
      </div>
      <button type="button" className="button" disabled={progress.cancelling} onClick={() => actions.cancelImport()}>
        {progress.cancelling ? 'Cancelling…' : 'Cancel import'}
      </button>
    </div>
  );
}
