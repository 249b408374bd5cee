import { useEffect, useMemo, useState } from 'react';
import type { ResultOf } from '../../api/contract';
import { groupDifferences, type GroupDifference } from '../state/differences';
import { indexSpans } from '../state/links';
import { buildMatrix, MATRIX_PAGE_SIZE } from '../state/matrix';
import { useActions, useAppState } from './app-context';
import { ComparisonPanel } from './ComparisonPanel';
import { DifferenceKindChip } from './DifferenceKind';

type Discrepancies = ResultOf<'findDiscrepancies'>;

/** Rows are claim groups, columns documents; each cell the document's wording, sources and attributes. */
export function ClaimsMatrix() {
  const actions = useActions();
  const groups = useAppState((s) => s.claimGroups);
  const annotations = useAppState((s) => s.annotations);
  const relations = useAppState((s) => s.relations);
  const documents = useAppState((s) => s.documents);
  const proposals = useAppState((s) => s.compareProposals);
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(groups.length / MATRIX_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = useMemo(
    () => groups.slice(current * MATRIX_PAGE_SIZE, (current + 1) * MATRIX_PAGE_SIZE),
    [groups, current],
  );
  // The page's members and their sources are read when the page is shown, not at start.
  const pageKey = shown.map((g) => g.id).join(' ');
  const [readKey, setReadKey] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void actions.loadMatrixGroups(pageKey ? pageKey.split(' ') : []).then(() => live && setReadKey(pageKey));
    return () => {
      live = false;
    };
  }, [actions, pageKey, relations]);
  const spanIndex = useMemo(() => indexSpans(annotations), [annotations]);
  const matrix = useMemo(
    () =>
      buildMatrix(
        shown,
        spanIndex,
        relations,
        documents.map((d) => d.id),
      ),
    [shown, spanIndex, relations, documents],
  );
  const titleOf = (id: string): string => documents.find((d) => d.id === id)?.title ?? id;
  const [discrepancies, setDiscrepancies] = useState<Readonly<Record<string, Discrepancies>>>({});
  // The assistant's findings, once the page is read, one group at a time: each costs the service
  // tens of milliseconds, and a page's worth at once would hold up everything else it is asked.
  const pageRead = readKey === pageKey;
  useEffect(() => {
    if (!pageRead) return;
    let live = true;
    void (async () => {
      for (const g of shown) {
        const found = await actions.findDiscrepancies(g.id);
        if (!live) return;
        setDiscrepancies((before) => ({ ...before, [g.id]: found }));
      }
    })();
    return () => {
      live = false;
    };
  }, [actions, shown, annotations, relations, pageRead]);
  const recorded = useMemo(
    () =>
      Object.fromEntries(
        shown.map((g) => [g.id, groupDifferences(g, proposals, relations, (id) => spanIndex.get(id)?.quote ?? id)]),
      ),
    [shown, proposals, relations, spanIndex],
  );
  /** The recorded and marked differences of a group, then the assistant's live findings they do not repeat. */
  const differencesOf = (groupId: string): GroupDifference[] => {
    const own = recorded[groupId] ?? [];
    const pairOf = (d: GroupDifference): string => `${d.kind}|${[d.a, d.b].sort().join('|')}`;
    const seen = new Set(own.map(pairOf));
    const live = (discrepancies[groupId] ?? []).map((d, k): GroupDifference => ({
      key: `live-${k}`,
      kind: d.kind,
      detail: d.detail,
      a: d.a.claimId,
      b: d.b.claimId,
      aText: d.a.text,
      bText: d.b.text,
      status: 'proposed',
    }));
    return [...own, ...live.filter((d) => !seen.has(pairOf(d)))];
  };
  const statusWords = { proposed: 'proposed', accepted: 'accepted', marked: 'marked by you' } as const;
  if (groups.length === 0) {
    return (
      <section className="view" aria-label="Claims matrix view">
        <ComparisonPanel />
        <p className="hint">
          No claim groups yet. Select a claim, press “New claim group” in the inspector (or g), then add the same claim
          from the other articles.
        </p>
      </section>
    );
  }
  return (
    <section className="view" aria-label="Claims matrix view">
      <ComparisonPanel />
      <p className="hint">Words that the other articles’ wording lacks are marked. Click a cell to jump to the span.</p>
      {pages > 1 && (
        <nav className="matrix-pages" aria-label="Claim group pages">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous groups
          </button>
          <span role="status">
            Groups {(current * MATRIX_PAGE_SIZE + 1).toLocaleString('en-US')}–
            {(current * MATRIX_PAGE_SIZE + shown.length).toLocaleString('en-US')} of{' '}
            {groups.length.toLocaleString('en-US')}
          </span>
          <button type="button" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
            Next groups
          </button>
        </nav>
      )}
      {readKey !== pageKey ? (
        <p className="hint" role="status">
          Reading the claims of these groups…
        </p>
      ) : (
        <table className="matrix" aria-label="Claims matrix">
          <thead>
            <tr>
              <th scope="col">Claim group</th>
              {matrix.documentIds.map((d) => (
                <th scope="col" key={d}>
                  {titleOf(d)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.group.id}>
                <th scope="row">
                  {row.group.statement || '(no statement)'}
                  {differencesOf(row.group.id).length > 0 && (
                    <ul className="discrepancies" aria-label={`Discrepancies in ${row.group.statement || 'the group'}`}>
                      {differencesOf(row.group.id).map((d) => (
                        <li key={d.key} data-kind={d.kind} data-status={d.status}>
                          <DifferenceKindChip kind={d.kind} />: {d.detail}{' '}
                          <span className="difference-status">({statusWords[d.status]})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </th>
                {row.cells.map((entries, i) => (
                  <td key={matrix.documentIds[i]} className={entries.length === 0 ? 'empty' : undefined}>
                    {entries.length === 0 && <span className="hint">—</span>}
                    {entries.map((entry) => (
                      <button
                        key={entry.span.id}
                        type="button"
                        className="matrix-cell"
                        onClick={() => void actions.jumpToSpan(entry.span.id)}
                      >
                        <span className="matrix-wording">
                          {entry.pieces.map((p, k) =>
                            p.differs ? (
                              <mark key={k} className="differs">
                                {p.text}
                              </mark>
                            ) : (
                              <span key={k}>{p.text}</span>
                            ),
                          )}
                        </span>
                        {differencesOf(row.group.id)
                          .filter((d) => d.a === entry.span.id || d.b === entry.span.id)
                          .map((d) => (
                            <span key={d.key} className="matrix-difference">
                              <DifferenceKindChip kind={d.kind} /> “{d.a === entry.span.id ? d.aText : d.bText}”
                            </span>
                          ))}
                        <span className="matrix-sources">
                          Source: {entry.sources.length > 0 ? entry.sources.join('; ') : 'none'}
                        </span>
                        {Object.keys(entry.span.attributes).length > 0 && (
                          <span className="matrix-attributes">
                            {Object.entries(entry.span.attributes)
                              .map(([k, v]) => `${k}: ${v}`)
                              .join(', ')}
                          </span>
                        )}
                      </button>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
