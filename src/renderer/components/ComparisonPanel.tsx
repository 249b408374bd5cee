import type { CompareProposals } from '../../api/contract';
import { useActions, useAppState } from './app-context';

type GroupProposal = CompareProposals['groups'][number];

/**
 * Runs a comparison of every article and lists the groups it proposed: each accepted (it becomes a
 * claim group) or rejected by the analyst. Its discrepancies are in the differences list.
 */
export function ComparisonPanel() {
  const actions = useActions();
  const comparing = useAppState((s) => s.comparing);
  const proposals = useAppState((s) => s.compareProposals);
  const documents = useAppState((s) => s.documents);
  const titleOf = (id: string): string => documents.find((d) => d.id === id)?.title ?? id;
  const open = proposals.groups.filter((g) => g.status === 'proposed');
  const differences = (g: GroupProposal): number =>
    proposals.discrepancies.filter((d) => d.groupId === g.id && d.status !== 'rejected').length;
  return (
    <section className="panel comparison-panel" aria-label="Comparison">
      <h2>Comparison</h2>
      <p className="hint">
        Finds the same claim across the articles and what differs between them. Each group and difference is a proposal
        until you accept it.
      </p>
      <button
        type="button"
        className="button"
        disabled={comparing || documents.length < 2}
        onClick={() => void actions.runComparison()}
      >
        {comparing ? 'Comparing…' : 'Compare articles'}
      </button>
      {open.length === 0 && proposals.groups.length > 0 && (
        <p className="hint">Every proposed group has been decided.</p>
      )}
      {open.length > 0 && (
        <ul className="compared-groups" aria-label="Compared groups">
          {open.map((g) => {
            const places = g.places ?? [];
            return (
              <li key={g.id} aria-label={places.map((p) => p.text).join(' / ') || g.id}>
                <ul>
                  {places.map((p, i) => (
                    <li key={i}>
                      “{p.text}” <span className="hint">({titleOf(p.documentId)})</span>
                    </li>
                  ))}
                </ul>
                <span className="proposal-reason">
                  {g.reason} · score {g.score.toFixed(2)} · {differences(g)} difference{differences(g) === 1 ? '' : 's'}
                </span>{' '}
                <button
                  type="button"
                  className="button"
                  onClick={() => void actions.decideProposedGroup(g.id, 'accept')}
                >
                  Accept group
                </button>{' '}
                <button
                  type="button"
                  className="button"
                  onClick={() => void actions.decideProposedGroup(g.id, 'reject')}
                >
                  Reject group
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
