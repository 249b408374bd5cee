import { useEffect, useMemo } from 'react';
import type { RecordedDiscrepancy } from '../../api/contract';
import { differenceList } from '../state/differences';
import { useActions, useAppState } from './app-context';
import { DifferenceKindChip } from './DifferenceKind';
import { SidePanelHeading } from './SidePanelHeading';

const optionId = (d: RecordedDiscrepancy): string => `difference-${d.id.replace(/[^\w-]/g, '_')}`;

/**
 * The recorded discrepancies, walked one key at a time: ↓/↑ (or n/p) move and line the two panes
 * up on both quotes, Enter accepts, Backspace or Delete rejects (then the next one is shown).
 */
export function DifferencesPanel() {
  const actions = useActions();
  const proposals = useAppState((s) => s.compareProposals);
  const currentId = useAppState((s) => s.currentDifferenceId);
  const documents = useAppState((s) => s.documents);
  const list = useMemo(() => differenceList(proposals), [proposals]);
  const current = list.find((d) => d.id === currentId) ?? null;
  const titleOf = (id: string): string => documents.find((d) => d.id === id)?.title ?? id;

  useEffect(() => {
    if (current) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const side = (s: RecordedDiscrepancy['a']) => (
    <span className="difference-side">
      “{s.text}”{' '}
      <span className="hint">
        — {titleOf(s.documentId)}
        {s.source ? `, source: ${s.source}` : ''}
      </span>
    </span>
  );
  return (
    <section className="panel differences-panel" aria-label="Differences">
      <SidePanelHeading panel="differences">Differences</SidePanelHeading>
      {list.length === 0 && (
        <p className="hint">No differences recorded. Run “Compare articles” in the claims matrix (m).</p>
      )}
      {list.length > 0 && (
        <>
          <ul
            role="listbox"
            aria-label="Differences"
            tabIndex={0}
            className="difference-list"
            aria-activedescendant={current ? optionId(current) : undefined}
            onKeyDown={(event) => {
              if (event.ctrlKey || event.altKey || event.metaKey) return;
              const key = event.key;
              if (key === 'ArrowDown' || key === 'n' || key === 'ArrowUp' || key === 'p') {
                void actions.moveDifference(key === 'ArrowDown' || key === 'n' ? 1 : -1);
              } else if (key === 'Home' || key === 'End') {
                void actions.showDifference((key === 'Home' ? list[0] : list.at(-1))!.id);
              } else if ((key === 'Enter' || key === 'Backspace' || key === 'Delete') && current) {
                void actions.decideDifference(current.id, key === 'Enter' ? 'accept' : 'reject');
              } else {
                // Keep label hotkeys from tagging text while the list has focus.
                event.stopPropagation();
                return;
              }
              event.preventDefault();
              event.stopPropagation();
            }}
          >
            {list.map((d) => (
              <li
                key={d.id}
                id={optionId(d)}
                role="option"
                aria-selected={d.id === currentId}
                className={`difference-item${d.id === currentId ? ' is-active' : ''}`}
                data-status={d.status}
                onClick={() => void actions.showDifference(d.id)}
              >
                <DifferenceKindChip kind={d.kind} /> <span className="difference-detail">{d.detail}</span>
                {side(d.a)}
                {side(d.b)}
                <span className="difference-status">{d.status === 'accepted' ? 'Accepted' : 'Proposed'}</span>
              </li>
            ))}
          </ul>
          <p className="hint" title="↓/↑ or n/p move · Enter accepts · Backspace rejects">
            ↓/↑ or n/p move · Enter accepts · Backspace rejects
          </p>
        </>
      )}
    </section>
  );
}
