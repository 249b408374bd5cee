import { useEffect, useMemo, useState } from 'react';
import type { ResultOf } from '../../api/contract';
import { groupDifferences, type GroupDifference } from '../state/differences';
import { indexSpans } from '../state/links';
import { buildMatrix, MATRIX_PAGE_SIZE } from '../state/matrix';
import { useActions, useAppState } from './app-context';
import { ComparisonPanel } from './ComparisonPanel';
import { MatrixTable, WINDOWED_FROM_COLUMNS } from './MatrixTable';

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
  const titles = useMemo(() => new Map(documents.map((d) => [d.id, d.title])), [documents]);
  const titleOf = (id: string): string => titles.get(id) ?? id;
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
    <section
      className={matrix.documentIds.length > WINDOWED_FROM_COLUMNS ? 'view matrix-view-wide' : 'view'}
      aria-label="Claims matrix view"
    >
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
        <MatrixTable
          matrix={matrix}
          titleOf={titleOf}
          differencesOf={differencesOf}
          onJump={(id) => void actions.jumpToSpan(id)}
        />
      )}
    </section>
  );
}
