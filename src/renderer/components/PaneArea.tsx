import { useCallback, useMemo } from 'react';
import type { SpanAnnotation } from '../../core/model';
import { useActions, useAppState } from './app-context';
import { ArticlePane } from './ArticlePane';

const NO_SPANS: readonly SpanAnnotation[] = [];

export function PaneArea() {
  const actions = useActions();
  const openIds = useAppState((s) => s.openIds);
  const loaded = useAppState((s) => s.loaded);
  const annotations = useAppState((s) => s.annotations);
  const selectedId = useAppState((s) => s.selectedAnnotationId);
  const labels = useAppState((s) => s.workspace?.schema.labels);
  const colours = useMemo(() => new Map((labels ?? []).map((l) => [l.name, l.colour])), [labels]);
  const select = useCallback((id: string) => actions.selectAnnotation(id), [actions]);
  const close = useCallback((id: string) => actions.closeDocument(id), [actions]);
  const use = useCallback((id: string) => actions.paneUsed(id), [actions]);

  if (openIds.length === 0) {
    return (
      <div className="panes empty">
        <p className="hint">Open a document from the library. Up to four sit side by side.</p>
      </div>
    );
  }
  return (
    <div className="panes">
      {openIds.map((id) => {
        const doc = loaded[id];
        if (!doc) return null;
        const spans = annotations[id] ?? NO_SPANS;
        const selectedHere = selectedId && spans.some((s) => s.id === selectedId) ? selectedId : null;
        return (
          <ArticlePane
            key={id}
            document={doc}
            spans={spans}
            colours={colours}
            selectedId={selectedHere}
            onSelectSpan={select}
            onClose={close}
            onUse={use}
          />
        );
      })}
    </div>
  );
}
