import type { LibraryFacts } from '../state/library-view';
import { inQueue } from '../state/library-view';
import { currentDocumentId } from '../state/actions/library';
import { useActions, useAppState } from './app-context';

/**
 * The annotator's queue: how many of the documents assigned to me are open, a switch that shows only
 * them, a button marking the document I work in done, and the team's progress table.
 */
export function MyQueue({ facts }: { facts: LibraryFacts }) {
  const actions = useActions();
  const { me, assignments } = useAppState((s) => s.assignments);
  const queueOn = useAppState((s) => s.library.queue);
  const current = useAppState((s) => currentDocumentId(s));
  const currentTitle = useAppState((s) => s.documents.find((d) => d.id === current)?.title);
  if (assignments.length === 0) return null;
  const mine = assignments.filter((a) => a.annotator === me);
  const open = mine.filter((a) => !a.done).length;
  const currentOpen = current !== null && inQueue(facts, current, me);
  return (
    <section className="my-queue" aria-label="My queue">
      <span className="queue-count" role="status" aria-label="Queue status">
        {mine.length === 0 ? `Nothing assigned to ${me}` : `${me}: ${open} of ${mine.length} to do`}
      </span>
      {mine.length > 0 && (
        <button
          type="button"
          aria-pressed={queueOn}
          onClick={() => actions.setLibraryFacets({ queue: !queueOn })}
          title="Show only the documents assigned to me that are not done"
        >
          My queue
        </button>
      )}
      {currentOpen && (
        <button type="button" onClick={() => void actions.markCurrentDone(true)} title={`Mark “${currentTitle}” done`}>
          Mark current done
        </button>
      )}
      <button type="button" className="link-button" onClick={() => actions.openDialog('progress')}>
        Progress
      </button>
    </section>
  );
}
