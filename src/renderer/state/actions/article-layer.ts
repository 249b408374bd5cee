import type { LayerSelector } from '../../../core/layers/layer-name';
import type { SpanAnnotation } from '../../../core/model';
import { findSpan } from '../app-state';
import { annotatorOf, readOnlyReason, spanReadOnlyReason, spansInLayer } from '../article-layer';
import type { ActionContext } from './action-context';

/** True when new spans may be made in the layer the article view shows; otherwise says why not. */
export function mayTagHere({ store, alert }: ActionContext): boolean {
  const s = store.get();
  const why = readOnlyReason(s.articleLayer, annotatorOf(s));
  if (why) alert(why);
  return why === null;
}

/** True when the span may be edited in the article view (it is in my layer); otherwise says why not. */
export function mayEditSpan({ store, alert }: ActionContext, span: Pick<SpanAnnotation, 'author' | 'layer'>): boolean {
  const why = spanReadOnlyReason(span, annotatorOf(store.get()));
  if (why) alert(why);
  return why === null;
}

/** The article view's layer switch: my layer, one annotator's, all annotators' or the curated layer. */
export function createArticleLayerActions({ store }: ActionContext) {
  return {
    setArticleLayer(layer: LayerSelector): void {
      store.set((s) => {
        const selected = findSpan(s, s.selectedAnnotationId);
        const stillShown = selected && spansInLayer([selected], layer).length === 1;
        return { ...s, articleLayer: layer, selectedAnnotationId: stillShown ? s.selectedAnnotationId : null };
      });
    },
  };
}
