import { useAppState } from './app-context';

/** The pieces of a discontinuous span kept so far, until a label tags them together. */
export function PendingFragments() {
  const pending = useAppState((s) => s.pendingFragments);
  if (!pending) return null;
  const n = pending.fragments.length;
  return (
    <p className="pending-note" role="status" aria-label="Pending fragments">
      {n} fragment{n === 1 ? '' : 's'} pending: press a label to tag them together
    </p>
  );
}
