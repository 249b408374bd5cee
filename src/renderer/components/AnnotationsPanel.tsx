import { useDeferredValue, useMemo } from 'react';
import { filterAnnotations, isFiltering } from '../state/annotation-filter';
import { listAnnotations, truncateQuote } from '../state/annotation-list';
import { useActions, useAppState } from './app-context';

const MAX_ROWS = 300;

export function AnnotationsPanel() {
  const actions = useActions();
  const openIds = useAppState((s) => s.openIds);
  // Deferred: with tens of thousands of spans the list updates just after the highlight, not before it.
  const annotations = useDeferredValue(useAppState((s) => s.annotations));
  const loaded = useAppState((s) => s.loaded);
  const selectedId = useAppState((s) => s.selectedAnnotationId);
  const labels = useAppState((s) => s.workspace?.schema.labels);
  const filter = useAppState((s) => s.filter);
  const colourOf = useMemo(() => new Map((labels ?? []).map((l) => [l.name, l.colour])), [labels]);
  const all = useMemo(() => listAnnotations(openIds, annotations, (id) => loaded[id]?.title ?? id), [openIds, annotations, loaded]);
  const matching = useMemo(() => filterAnnotations(all, filter), [all, filter]);
  // A document can hold tens of thousands of spans: the list shows the first ones (and the selected one); filters narrow it.
  const items = useMemo(() => {
    if (matching.length <= MAX_ROWS) return matching;
    const shown = matching.slice(0, MAX_ROWS);
    const selected = matching.find((i) => i.annotation.id === selectedId);
    if (selected && !shown.includes(selected)) shown.unshift(selected);
    return shown;
  }, [matching, selectedId]);
  const canDelete = selectedId !== null && !selectedId.startsWith('pending-') && all.some((i) => i.annotation.id === selectedId);
  const attributeChoices = useMemo(
    () => (labels ?? []).flatMap((l) => l.attributes.flatMap((a) => a.values.map((v) => `${a.name}=${v}`))).filter((x, i, xs) => xs.indexOf(x) === i),
    [labels],
  );

  return (
    <section className="annotations" aria-label="Annotations">
      <div className="annotations-head">
        <h2 className="panel-title">Annotations</h2>
        <button type="button" className="button danger" disabled={!canDelete} onClick={() => void actions.deleteSelected()}>
          Delete annotation
        </button>
      </div>
      <div className="filters" role="group" aria-label="Filter annotations">
        <select aria-label="Filter by label" value={filter.label} onChange={(e) => actions.setFilter({ label: e.currentTarget.value })}>
          <option value="">All labels</option>
          {(labels ?? []).map((l) => (
            <option key={l.name} value={l.name}>
              {l.name}
            </option>
          ))}
        </select>
        <select aria-label="Filter by document" value={filter.documentId} onChange={(e) => actions.setFilter({ documentId: e.currentTarget.value })}>
          <option value="">All open documents</option>
          {openIds.map((id) => (
            <option key={id} value={id}>
              {loaded[id]?.title ?? id}
            </option>
          ))}
        </select>
        <select aria-label="Filter by attribute" value={filter.attribute} onChange={(e) => actions.setFilter({ attribute: e.currentTarget.value })}>
          <option value="">Any attribute</option>
          {attributeChoices.map((a) => (
            <option key={a} value={a}>
              {a.replace('=', ': ')}
            </option>
          ))}
        </select>
        <input type="search" aria-label="Filter by text" placeholder="Filter by text" value={filter.text} onChange={(e) => actions.setFilter({ text: e.currentTarget.value })} />
        {(isFiltering(filter) || matching.length > items.length) && (
          <p className="hint" role="status" aria-label="Annotations shown">
            {matching.length > items.length ? `First ${items.length} of ${matching.length} matching` : `${matching.length} of ${all.length}`} shown
          </p>
        )}
      </div>
      {all.length === 0 && <p className="hint">Select text in an article and press a label (or its key) to tag it.</p>}
      <ul className="annotation-list" aria-label="Annotations list">
        {items.map(({ annotation: a, documentTitle }) => (
          <li key={a.id} aria-selected={a.id === selectedId} className={`annotation${a.id === selectedId ? ' is-selected' : ''}${a.orphaned ? ' is-orphaned' : ''}`}>
            <button type="button" className="annotation-button" onClick={() => actions.selectAnnotation(a.id, { scroll: true })}>
              <span className="annotation-label">
                <span className="chip" style={{ backgroundColor: colourOf.get(a.label) ?? '#888888' }} aria-hidden="true" />
                {a.label}
                {a.fragments && <span className="badge">{a.fragments.length} fragments</span>}
                {a.orphaned && <span className="badge warn">Orphaned</span>}
              </span>
              <span className="annotation-quote">{truncateQuote(a.quote)}</span>
              <span className="annotation-doc">{documentTitle}</span>
            </button>
            {a.orphaned && (
              <button type="button" className="button small" onMouseDown={(e) => e.preventDefault()} onClick={() => void actions.reattachSelected(a.id)}>
                Re-attach to selection
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
