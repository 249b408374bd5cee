import { useState } from 'react';
import type { DocumentSummary } from '../../api/contract';
import { labelFacet, outletFacet, type LibrarySortKey, type SpanCounts } from '../state/library-view';
import { useActions, useAppState } from './app-context';

const SORTS: ReadonlyArray<[LibrarySortKey, string]> = [
  ['imported', 'Import order'],
  ['title', 'Title'],
  ['date', 'Date'],
  ['source', 'Source'],
  ['annotations', 'Annotations'],
];

/** Filter as you type, the order, and the facets (outlet, label, status, date range) of the library. */
export function LibraryFilters({ documents, counts }: { documents: readonly DocumentSummary[]; counts: SpanCounts }) {
  const actions = useActions();
  const view = useAppState((s) => s.library);
  const [open, setOpen] = useState(false);
  const active = [view.outlet !== null, view.label !== null, view.done !== 'all', !!view.from, !!view.to].filter(
    Boolean,
  ).length;
  return (
    <div className="library-filters">
      <input
        type="search"
        className="library-filter"
        aria-label="Filter documents"
        placeholder="Filter by title, outlet, date…"
        value={view.query}
        onChange={(e) => actions.setLibraryQuery(e.target.value)}
      />
      <div className="library-sort">
        <label>
          <span>Sort</span>
          <select
            aria-label="Sort by"
            value={view.sort}
            onChange={(e) => actions.setLibrarySort(e.target.value as LibrarySortKey, view.descending)}
          >
            {SORTS.map(([key, name]) => (
              <option key={key} value={key}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="icon-button"
          aria-pressed={view.descending}
          aria-label="Reverse order"
          title={view.descending ? 'Descending' : 'Ascending'}
          onClick={() => actions.setLibrarySort(view.sort, !view.descending)}
        >
          {view.descending ? '↓' : '↑'}
        </button>
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          Filters{active > 0 ? ` (${active})` : ''}
        </button>
      </div>
      {open && (
        <div className="library-facets" role="group" aria-label="Filters">
          <select
            aria-label="Outlet"
            value={view.outlet ?? ''}
            onChange={(e) => actions.setLibraryFacets({ outlet: e.target.value || null })}
          >
            <option value="">All outlets</option>
            {outletFacet(documents).map((o) => (
              <option key={o.outlet} value={o.outlet}>
                {o.outlet} ({o.count})
              </option>
            ))}
          </select>
          <select
            aria-label="Label"
            value={view.label ?? ''}
            onChange={(e) => actions.setLibraryFacets({ label: e.target.value || null })}
          >
            <option value="">Any label</option>
            {labelFacet(documents, counts).map((l) => (
              <option key={l.label} value={l.label}>
                {l.label} ({l.count})
              </option>
            ))}
          </select>
          <select
            aria-label="Status"
            value={view.done}
            onChange={(e) => actions.setLibraryFacets({ done: e.target.value as 'all' | 'done' | 'open' })}
          >
            <option value="all">Done and not done</option>
            <option value="done">Done</option>
            <option value="open">Not done</option>
          </select>
          <label>
            <span>From</span>
            <input
              type="date"
              aria-label="Published from"
              value={view.from}
              onChange={(e) => actions.setLibraryFacets({ from: e.target.value })}
            />
          </label>
          <label>
            <span>To</span>
            <input
              type="date"
              aria-label="Published to"
              value={view.to}
              onChange={(e) => actions.setLibraryFacets({ to: e.target.value })}
            />
          </label>
          <button type="button" className="link-button" onClick={() => actions.clearLibraryFilters()}>
            Clear filters
          </button>
        </div>
      )}
    </div>
  );
}
