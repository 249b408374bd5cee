import { useMemo, useRef } from 'react';
import type { LayerSelector } from '../../core/layers/layer-name';
import type { SpanAnnotation } from '../../core/model';
import { spansInLayer } from '../state/article-layer';

type SpansByDocument = Readonly<Record<string, readonly SpanAnnotation[]>>;

/**
 * Every document's spans that the chosen layer holds. A document whose spans did not change keeps the
 * same list, so that its pane does not redraw when another document is edited.
 */
export function useLayerSpans(annotations: SpansByDocument, layer: LayerSelector): SpansByDocument {
  const cache = useRef({ layer, lists: new WeakMap<readonly SpanAnnotation[], readonly SpanAnnotation[]>() });
  return useMemo(() => {
    if (cache.current.layer !== layer) cache.current = { layer, lists: new WeakMap() };
    const { lists } = cache.current;
    const shown: Record<string, readonly SpanAnnotation[]> = {};
    for (const [id, spans] of Object.entries(annotations)) {
      let inLayer = lists.get(spans);
      if (!inLayer) lists.set(spans, (inLayer = spansInLayer(spans, layer)));
      shown[id] = inLayer;
    }
    return shown;
  }, [annotations, layer]);
}
