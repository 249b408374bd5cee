import { useMemo } from 'react';
import { listAnnotations, truncateQuote } from '../state/annotation-list';
import { useActions, useAppState } from './app-context';

export function AnnotationsPanel() {
  const actions = useActions();
  const openIds = useAppState((s) => s.openIds);
  const annotations = useAppState((s) => s.annotations);
  const loaded = useAppState((s) => s.loaded);
  const selectedId = useAppState((s) => s.selectedAnnotationId);
  const labels = useAppState((s) => s.workspace?.schema.labels);
  const colourOf = useMemo(() => new Map((labels ?? []).map((l) => [l.name, l.colour])), [labels]);
  const items = useMemo(
    () => listAnnotations(openIds, annotations, (id) => loaded[id]?.title ?? id),
    [openIds, annotations, loaded],
  );
  const canDelete = selectedId !== null && !selectedId.startsWith('pending-') && items.some((i) => i.annotation.id === selectedId);

  return (
    <section className="annotations" aria-label="Annotations">
      <div className="annotations-head">
        <h2 className="panel-title">Annotations</h2>
        <button type="button" className="button danger" disabled={!canDelete} onClick={() => void actions.deleteSelected()}>
          Delete annotation
        </button>
      </div>
      {items.length === 0 && <p className="hint">Select text in an article and press a label (or its key) to tag it.</p>}
      <ul className="annotation-list" aria-label="Annotations list">
        {items.map(({ annotation: a, documentTitle }) => (
          <li key={a.id} aria-selected={a.id === selectedId} className={a.id === selectedId ? 'annotation is-selected' : 'annotation'}>
            <button type="button" className="annotation-button" onClick={() => actions.selectAnnotation(a.id, { scroll: true })}>
              <span className="annotation-label">
                <span className="chip" style={{ backgroundColor: colourOf.get(a.label) ?? '#888888' }} aria-hidden="true" />
                {a.label}
              </span>
              <span className="annotation-quote">{truncateQuote(a.quote)}</span>
              <span className="annotation-doc">{documentTitle}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
