import type { SpanAnnotation } from '../model';
import { ALL_LAYERS, CURATED_LAYER, type LayerSelector } from './layer-name';

type LayeredSpan = Pick<SpanAnnotation, 'author' | 'layer'>;

/** True when the span belongs to the curated layer. */
export const isCurated = (span: LayeredSpan): boolean => span.layer === CURATED_LAYER;

/** The layer a span lies in: `curated`, or its author's own layer. */
export const layerOf = (span: LayeredSpan): string => (isCurated(span) ? CURATED_LAYER : span.author);

/** True when the span belongs to the chosen layer. */
export function inLayer(span: LayeredSpan, layer: LayerSelector): boolean {
  if (layer === CURATED_LAYER) return isCurated(span);
  if (layer === ALL_LAYERS) return !isCurated(span);
  return !isCurated(span) && span.author === layer;
}

/** The annotators with a layer among these spans (the curated layer aside), sorted. */
export function annotatorsOf(spans: Iterable<LayeredSpan>): string[] {
  const names = new Set<string>();
  for (const s of spans) if (!isCurated(s)) names.add(s.author);
  return [...names].sort();
}

/** Spans per annotator (the curated layer under `curated`), names sorted. */
export function countByLayer(spans: Iterable<LayeredSpan>): Array<{ layer: string; spans: number }> {
  const counts = new Map<string, number>();
  for (const s of spans) counts.set(layerOf(s), (counts.get(layerOf(s)) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([layer, n]) => ({ layer, spans: n }));
}

/** What an export takes when no layer is named: the curated layer where one exists, else every annotator's. */
export function defaultLayer(spans: Iterable<LayeredSpan>): LayerSelector {
  for (const s of spans) if (isCurated(s)) return CURATED_LAYER;
  return ALL_LAYERS;
}
