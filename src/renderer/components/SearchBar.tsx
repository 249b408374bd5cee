import { useEffect } from 'react';
import { ChevronDown, ChevronUp } from 'lucide-react';
import { useActions, useAppState } from './app-context';

/** Search in the open documents (or the active one): plain text or a regular expression; Enter steps through hits. */
export function SearchBar() {
  const actions = useActions();
  const search = useAppState((s) => s.search);
  const openIds = useAppState((s) => s.openIds);
  const loaded = useAppState((s) => s.loaded);
  // Opening or closing panes (or a re-import) changes what there is to search.
  useEffect(() => {
    if (search.text) actions.rerunSearch();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openIds, loaded]);
  const count = search.hits.length;
  const status = search.error
    ? `Not a regular expression: ${search.error}.`
    : search.text === ''
      ? ''
      : count === 0
        ? 'No matches'
        : `${search.current + 1} of ${count}${count >= 5000 ? '+' : ''}`;
  return (
    <div className="search-bar" role="search" aria-label="Search documents">
      <input
        id="collate-search"
        type="search"
        role="searchbox"
        aria-label="Search"
        placeholder="Search (Ctrl+F)"
        value={search.text}
        onChange={(e) => actions.setSearch({ text: e.currentTarget.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'F3') {
            e.preventDefault();
            actions.stepSearch(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            actions.setSearch({ text: '' });
            (e.currentTarget as HTMLInputElement).blur();
          }
        }}
      />
      <label className="check" title="Regular expression">
        <input
          type="checkbox"
          checked={search.regex}
          onChange={(e) => actions.setSearch({ regex: e.currentTarget.checked })}
        />
        Regex
      </label>
      <select
        aria-label="Search in"
        value={search.scope}
        onChange={(e) => actions.setSearch({ scope: e.currentTarget.value as 'all' | 'active' })}
      >
        <option value="all">All open</option>
        <option value="active">This document</option>
      </select>
      <button
        type="button"
        className="icon-button small"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        disabled={count === 0}
        onClick={() => actions.stepSearch(-1)}
      >
        <ChevronUp aria-hidden="true" size={16} strokeWidth={1.75} />
      </button>
      <button
        type="button"
        className="icon-button small"
        aria-label="Next match"
        title="Next match (Enter)"
        disabled={count === 0}
        onClick={() => actions.stepSearch(1)}
      >
        <ChevronDown aria-hidden="true" size={16} strokeWidth={1.75} />
      </button>
      <span className="search-status" role="status" aria-label="Search results">
        {status}
      </span>
    </div>
  );
}
