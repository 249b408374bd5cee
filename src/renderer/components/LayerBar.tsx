import { Lock } from 'lucide-react';
import { useMemo } from 'react';
import { ALL_LAYERS } from '../../core/layers/layer-name';
import {
  annotatorOf,
  annotatorsNotLoaded,
  indexedAnnotatorTally,
  curatedNotLoaded,
  hasOtherLayers,
  layerChoices,
} from '../state/article-layer';
import { layerTitle, readOnlyReason } from '../state/article-layer';
import { useActions, useAppState } from './app-context';

/**
 * The article view's layer switch, shown once the workspace holds another layer than mine: my layer,
 * all annotators', one other annotator's, or the curated one. Only my layer is edited here.
 */
export function LayerBar() {
  const actions = useActions();
  const me = useAppState(annotatorOf);
  const layer = useAppState((s) => s.articleLayer);
  const annotations = useAppState((s) => s.annotations);
  const documentCounts = useAppState((s) => s.documentCounts);
  const tally = useMemo(() => indexedAnnotatorTally(documentCounts), [documentCounts]);
  const elsewhere = useMemo(
    () => annotatorsNotLoaded({ annotations, documentCounts }, tally),
    [annotations, documentCounts, tally],
  );
  const curated = useMemo(() => curatedNotLoaded({ annotations, documentCounts }), [annotations, documentCounts]);
  const offered = useMemo(
    () => hasOtherLayers(annotations, me, elsewhere, curated),
    [annotations, me, elsewhere, curated],
  );
  const choices = useMemo(
    () => layerChoices(annotations, me, elsewhere, curated),
    [annotations, me, elsewhere, curated],
  );
  if (!offered && layer === ALL_LAYERS) return null;
  const options = choices.some((c) => c.value === layer)
    ? choices
    : [...choices, { value: layer, label: layerTitle(layer, me) }];
  const readOnly = readOnlyReason(layer, me);
  return (
    <div className="layer-bar" role="group" aria-label="Layer">
      <label className="field-inline">
        Layer shown
        <select value={layer} onChange={(e) => actions.setArticleLayer(e.currentTarget.value)}>
          {options.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <p className={readOnly ? 'layer-status is-read-only' : 'layer-status'} role="status" aria-label="Layer status">
        {readOnly && <Lock aria-hidden="true" size={14} strokeWidth={1.75} />}
        {readOnly ?? `Editable: new spans go into your layer (${me}).`}
      </p>
    </div>
  );
}
