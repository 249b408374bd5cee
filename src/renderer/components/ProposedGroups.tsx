import { useEffect, useState } from 'react';
import type { ResultOf } from '../../api/contract';
import { findSpan } from '../state/app-state';
import { useActions, useAppState } from './app-context';

type Proposal = ResultOf<'proposeClaimGroups'>[number];

/** Proposals rejected in this session (by their members), so that they stay hidden until a reload. */
const rejected = new Set<string>();
const keyOf = (p: Proposal): string => [...p.members].sort().join('|');

/** The assistant's proposed claim groups: each accepted or rejected by the analyst, never applied silently. */
export function ProposedGroups() {
  const actions = useActions();
  const groups = useAppState((s) => s.claimGroups);
  const annotations = useAppState((s) => s.annotations);
  const state = useAppState((s) => s);
  const documents = useAppState((s) => s.documents);
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [, setHidden] = useState(0);

  useEffect(() => {
    let live = true;
    void actions.proposeClaimGroups().then((found) => {
      if (live) setProposals(found);
    });
    return () => {
      live = false;
    };
  }, [actions, groups, annotations]);

  const titleOf = (id: string): string => documents.find((d) => d.id === id)?.title ?? id;
  const shown = (proposals ?? []).filter((p) => !rejected.has(keyOf(p)));
  return (
    <section className="panel proposed-groups" aria-label="Proposed groups">
      <h2>Proposed groups</h2>
      {proposals === null && <p className="hint">Looking for claims that say the same…</p>}
      {proposals !== null && shown.length === 0 && <p className="hint">No proposed groups.</p>}
      <ul aria-label="Proposed groups list">
        {shown.map((p) => {
          const key = keyOf(p);
          const name = p.members.map((id) => findSpan(state, id)?.quote ?? id).join(' / ');
          return (
            <li key={key} aria-label={name}>
              <ul>
                {p.members.map((id) => {
                  const span = findSpan(state, id);
                  return (
                    <li key={id}>
                      <span>“{span?.quote ?? id}”</span>{' '}
                      <span className="hint">({span ? titleOf(span.documentId) : 'unknown document'})</span>
                    </li>
                  );
                })}
              </ul>
              <span className="proposal-reason">
                {p.reason} · score {p.score.toFixed(2)}
              </span>{' '}
              <button type="button" className="button" onClick={() => void actions.acceptProposedGroup(p.members)}>
                Accept group
              </button>{' '}
              <button
                type="button"
                className="button"
                onClick={() => {
                  rejected.add(key);
                  setHidden((n) => n + 1);
                }}
              >
                Reject
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
