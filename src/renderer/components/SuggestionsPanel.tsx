import { useEffect, useMemo, useState } from 'react';
import type { Suggestion } from '../../api/contract';
import { idsToAccept } from '../state/actions/suggestions';
import { activeDocumentId } from '../state/app-state';
import { useActions, useAppState } from './app-context';
import { SidePanelHeading } from './SidePanelHeading';
import { coveredText } from '../../core/covered-text';

const NONE: readonly Suggestion[] = [];
const KINDS = [
  ['Source', 'Sources'],
  ['Claim', 'Claims'],
  ['Cue', 'Cues'],
] as const;

/**
 * The assistant's open suggestions for the focused document: ↑/↓ move, Enter accepts (a claim with
 * its suggested source and cue), Backspace rejects. Nothing is applied without one of these.
 */
export function SuggestionsPanel() {
  const actions = useActions();
  const openIds = useAppState((s) => s.openIds);
  const suggestions = useAppState((s) => s.suggestions);
  const documentId = useAppState(activeDocumentId);
  const doc = useAppState((s) => (documentId ? s.loaded[documentId] : undefined));
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);

  // Every open pane gets its suggestions while they are on.
  useEffect(() => {
    for (const id of openIds) if (!suggestions[id]) void actions.loadSuggestions(id);
  }, [actions, openIds, suggestions]);

  const list = useMemo(
    () => [...((documentId && suggestions[documentId]) || NONE)].sort((a, b) => a.start - b.start || a.end - b.end),
    [documentId, suggestions],
  );
  const current = Math.min(active, Math.max(0, list.length - 1));
  const quote = (s: Suggestion): string => (doc ? coveredText(doc.text, s, ' … ') : '');

  const run = async (task: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  };
  const accept = (s: Suggestion): Promise<void> =>
    run(() => actions.acceptSuggestions(documentId!, idsToAccept(s, list)));
  const reject = (s: Suggestion): Promise<void> => run(() => actions.rejectSuggestions(documentId!, [s.id]));

  const optionId = (s: Suggestion): string => `suggestion-${s.id}`;
  useEffect(() => {
    const s = list[current];
    if (s) document.getElementById(optionId(s))?.scrollIntoView({ block: 'nearest' });
  }, [list, current]);

  return (
    <section className="panel suggestions-panel" aria-label="Suggestions">
      <SidePanelHeading panel="suggestions">Suggestions</SidePanelHeading>
      {!documentId && <p className="hint">Open a document to see the assistant's suggestions.</p>}
      {documentId && (
        <>
          <div className="toolbar accept-kinds" role="group" aria-label="Accept suggestions by kind">
            <span className="hint" aria-hidden="true">
              Accept all
            </span>
            {KINDS.map(([label, plural]) => {
              const ids = list.filter((s) => s.label === label).map((s) => s.id);
              return (
                <button
                  key={label}
                  type="button"
                  className="button"
                  aria-label={`Accept all ${plural}`}
                  title={`Accept all ${plural}`}
                  disabled={busy || ids.length === 0}
                  onClick={() => void run(() => actions.acceptSuggestions(documentId, ids))}
                >
                  {plural}
                </button>
              );
            })}
          </div>
          {list.length === 0 && (
            <p className="hint">
              {suggestions[documentId] ? 'No open suggestions for this document.' : 'Looking for suggestions…'}
            </p>
          )}
          <ul
            role="listbox"
            aria-label="Suggestions"
            tabIndex={0}
            className="suggestion-list"
            aria-activedescendant={list[current] ? optionId(list[current]) : undefined}
            aria-busy={busy}
            onKeyDown={(event) => {
              if (event.ctrlKey || event.altKey || event.metaKey) return;
              const s = list[current];
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                setActive(Math.max(0, Math.min(list.length - 1, current + (event.key === 'ArrowDown' ? 1 : -1))));
              } else if (event.key === 'Home' || event.key === 'End') {
                event.preventDefault();
                setActive(event.key === 'Home' ? 0 : list.length - 1);
              } else if (event.key === 'Enter' && s && !busy) {
                event.preventDefault();
                void accept(s);
              } else if (event.key === 'Backspace' && s && !busy) {
                event.preventDefault();
                void reject(s);
              }
              // Keep label hotkeys and Delete from acting on the text while the list has focus.
              event.stopPropagation();
            }}
          >
            {list.map((s, i) => (
              <li
                key={s.id}
                id={optionId(s)}
                role="option"
                aria-selected={i === current}
                className={`suggestion-item${i === current ? ' is-active' : ''}`}
                data-label={s.label}
                title={`${s.label} “${quote(s)}”`}
                onClick={() => setActive(i)}
              >
                <span className="suggestion-label">{s.label}</span>{' '}
                <span className="suggestion-quote">“{quote(s)}”</span>
                <span className="suggestion-reason">
                  {s.reason} · score {s.score.toFixed(2)}
                </span>
              </li>
            ))}
          </ul>
          <p className="hint" title="↑/↓ move · Enter accepts · Backspace rejects">
            ↑/↓ move · Enter accepts · Backspace rejects
          </p>
        </>
      )}
    </section>
  );
}
