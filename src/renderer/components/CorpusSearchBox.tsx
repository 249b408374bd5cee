import { useEffect, useState } from 'react';
import { useActions, useAppState } from './app-context';

const TYPING_PAUSE_MS = 200;

const placeOf = (hit: { kind: string; label?: string; fields: readonly string[] }): string =>
  hit.kind === 'annotation' ? `${hit.label ?? 'Span'} · ${hit.fields.join(', ')}` : hit.fields.join(', ');

/** Search every document and annotation of the workspace; a hit opens its document at the place. */
export function CorpusSearchBox() {
  const actions = useActions();
  const search = useAppState((s) => s.corpusSearch);
  const [text, setText] = useState(search.query);

  useEffect(() => {
    const timer = setTimeout(() => void actions.searchCorpus(text), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [actions, text]);

  const shown = text.trim() !== '' && search.query === text;
  const summary = search.error
    ? search.error
    : search.searching
      ? 'Searching…'
      : shown
        ? search.hits.length === 0
          ? 'No hits'
          : `${search.hits.length}${search.hits.length >= 50 ? '+' : ''} hit${search.hits.length === 1 ? '' : 's'}`
        : '';
  return (
    <div role="search" className="corpus-search" aria-label="Search all documents">
      <input
        type="search"
        aria-label="Search all documents"
        placeholder="Search all documents and notes"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void actions.searchCorpus(text);
          if (e.key === 'Escape') setText('');
        }}
      />
      <div role="status" aria-label="Corpus search results" className="corpus-search-status">
        {summary}
      </div>
      {shown && search.hits.length > 0 && (
        <ul className="corpus-hits" aria-label="Corpus search hits">
          {search.hits.map((hit, i) => (
            <li key={`${hit.documentId}:${hit.spanId ?? ''}:${hit.start}:${i}`}>
              <button type="button" className="corpus-hit" onClick={() => void actions.openCorpusHit(hit)}>
                <span className="corpus-hit-title">{hit.title}</span>
                <span className="corpus-hit-place">{placeOf(hit)}</span>
                <span className="corpus-hit-snippet">{hit.snippet}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
