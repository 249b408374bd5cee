import { useState } from 'react';
import type { LockHolder } from '../../api/contract';
import { useActions } from './app-context';

interface Props {
  readonly holder: LockHolder;
}

/** The time a lock was taken, in the reader's own words; as written when it is not a date. */
function readableTime(since: string): string {
  const date = new Date(since);
  return Number.isNaN(date.getTime()) ? since : date.toLocaleString();
}

/**
 * Shown instead of the workbench when Collate on another computer holds the workspace's lock: who
 * holds it, what taking it over risks, and the choice. Nothing is written until "Take over the lock".
 */
export function ForeignLockPrompt({ holder }: Props) {
  const actions = useActions();
  const [busy, setBusy] = useState(false);
  const takeOver = (): void => {
    setBusy(true);
    void actions.takeOverLock().finally(() => setBusy(false));
  };
  return (
    <main className="startup-problem" aria-labelledby="foreign-lock-title" aria-describedby="foreign-lock-risk">
      <h1 id="foreign-lock-title">This workspace is open on another computer</h1>
      <p>
        Collate on another computer holds the lock of <code>{holder.path}</code>:
      </p>
      <dl className="foreign-lock-holder" aria-label="Lock holder">
        <dt>Computer</dt>
        <dd>{holder.host}</dd>
        <dt>Process</dt>
        <dd>{holder.pid}</dd>
        <dt>Since</dt>
        <dd>
          <time dateTime={holder.since}>{readableTime(holder.since)}</time>
        </dd>
      </dl>
      <p id="foreign-lock-risk">
        If Collate is still open there, two computers would edit the same files and one of them would lose its edits.
        Take the lock over only if Collate was closed there, or that computer is off or crashed.
      </p>
      <div className="foreign-lock-actions">
        <button type="button" className="button primary" onClick={takeOver} disabled={busy}>
          Take over the lock
        </button>
        <button type="button" className="button" onClick={actions.declineLockTakeover} disabled={busy}>
          Cancel
        </button>
      </div>
    </main>
  );
}
