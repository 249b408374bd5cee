import { useMemo, useState } from 'react';
import type { LibraryRow } from '../../api/library-rows';
import {
  annotatorFacet,
  assigneeFacet,
  labelFacet,
  outletFacet,
  tagFacet,
  type FacetValue,
  type LibraryFacts,
  type LibrarySortKey,
} from '../state/library-view';
import { useActions, useAppState } from './app-context';

const SORTS: ReadonlyArray<[LibrarySortKey, string]> = [
  ['imported', 'Import order'],
  ['title', 'Title'],
  ['date', 'Date'],
  ['source', 'Source'],
  ['annotations', 'Annotations'],
];

/** One facet as a choice: "any" first, then each value with how many documents have it. */
function FacetSelect({
  name,
  any,
  values,
  value,
  onChange,
}: {
  name: string;
  any: string;
  values: readonly FacetValue[];
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  return (
    <select aria-label={name} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{any}</option>
      {values.map((v) => (
        <option key={v.value} value={v.value}>
          {v.value} ({v.count})
        </option>
      ))}
    </select>
  );
}

/**
 * Filter as you type, the order, and the facets of the library: outlet, label, tag, annotator (who
 * made spans), assigned to, status and date range. Every count comes from the summaries and the
 * corpus index's span counts held in memory, so no document is read.
 */
export function LibraryFilters({ documents, facts }: { documents: readonly LibraryRow[]; facts: LibraryFacts }) {
  const actions = useActions();
  const view = useAppState((s) => s.library);
  const [open, setOpen] = useState(false);
  // Counted when the documents or their counts change, not on every key typed in the filter.
  const facets = useMemo(
    () =>
      open
        ? {
            outlets: outletFacet(documents),
            labels: labelFacet(documents, facts.counts),
            tags: tagFacet(documents),
            annotators: annotatorFacet(documents, facts.counts),
            assignees: assigneeFacet(documents, facts),
          }
        : null,
    [open, documents, facts],
  );
  const active = [
    view.outlet !== null,
    view.label !== null,
    view.tag !== null,
    view.annotator !== null,
    view.assignee !== null,
    view.done !== 'all',
    !!view.from,
    !!view.to,
  ].filter(Boolean).length;
  return (
    <div className="library-filters">
      <input
        type="search"
        className="library-filter"
        aria-label="Filter documents"
        placeholder="Filter by title, outlet, date, tag…"
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
      {facets && (
        <div className="library-facets" role="group" aria-label="Filters">
          <FacetSelect
            name="Outlet"
            any="All outlets"
            values={facets.outlets}
            value={view.outlet}
            onChange={(outlet) => actions.setLibraryFacets({ outlet })}
          />
          <FacetSelect
            name="Label"
            any="Any label"
            values={facets.labels}
            value={view.label}
            onChange={(label) => actions.setLibraryFacets({ label })}
          />
          <FacetSelect
            name="Tag"
            any="Any tag"
            values={facets.tags}
            value={view.tag}
            onChange={(tag) => actions.setLibraryFacets({ tag })}
          />
          <FacetSelect
            name="Annotated by"
            any="Any annotator"
            values={facets.annotators}
            value={view.annotator}
            onChange={(annotator) => actions.setLibraryFacets({ annotator })}
          />
          <FacetSelect
            name="Assigned to"
            any="Any assignee"
            values={facets.assignees}
            value={view.assignee}
            onChange={(assignee) => actions.setLibraryFacets({ assignee })}
          />
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
