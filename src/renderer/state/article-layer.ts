import { ALL_LAYERS, CURATED_LAYER, type LayerSelector } from '../../core/layers/layer-name';
import { annotatorsOf, inLayer, isCurated } from '../../core/layers/span-layers';
import type { SpanAnnotation } from '../../core/model';
import type { AppState } from './app-state';

/**
 * The layer the article view shows (`curated`, `all` or an annotator, as exports take it) and what may be
 * edited there: only my own spans, and new spans only where my layer is shown (mine, or all annotators').
 * The curated layer is edited in the curation view.
 */

/** Who annotates in this window (empty until the workspace is open, and in tests without one). */
export const annotatorOf = (s: AppState): string => s.workspace?.annotator ?? '';

/** The spans of one document that the chosen layer holds (the same list when it holds them all). */
export function spansInLayer(spans: readonly SpanAnnotation[], layer: LayerSelector): readonly SpanAnnotation[] {
  if (layer === ALL_LAYERS && !spans.some(isCurated)) return spans;
  return spans.filter((s) => inLayer(s, layer));
}

/** Whether a span may be edited in the article view: it is in my own layer. */
export const canEditSpan = (span: Pick<SpanAnnotation, 'author' | 'layer'>, me: string): boolean =>
  !isCurated(span) && span.author === me;

/** Whether text may be tagged while this layer is shown: my layer is part of it. */
export const canTagIn = (layer: LayerSelector, me: string): boolean => layer === ALL_LAYERS || layer === me;

/** How a layer is named to the user. */
export function layerTitle(layer: LayerSelector, me: string): string {
  if (layer === ALL_LAYERS) return 'All annotators';
  if (layer === CURATED_LAYER) return 'Curated';
  return layer === me ? `My layer (${me})` : layer;
}

/** Why this layer cannot be edited in the article view, or null when it can. */
export function readOnlyReason(layer: LayerSelector, me: string): string | null {
  if (canTagIn(layer, me)) return null;
  return layer === CURATED_LAYER
    ? 'The curated layer is read-only here: edit it in the Curation view.'
    : `${layer}'s layer is read-only: show your own layer (or all annotators) to edit.`;
}

/** Why one span cannot be edited in the article view, or null when it can. */
export function spanReadOnlyReason(span: Pick<SpanAnnotation, 'author' | 'layer'>, me: string): string | null {
  if (canEditSpan(span, me)) return null;
  return isCurated(span)
    ? 'This span is in the curated layer: edit it in the Curation view.'
    : `This span is in ${span.author || 'another annotator'}'s layer, read-only here.`;
}

/** How many documents each annotator made spans in, as the corpus index counts them. */
export function indexedAnnotatorTally(documentCounts: AppState['documentCounts']): ReadonlyMap<string, number> {
  const tally = new Map<string, number>();
  for (const id in documentCounts)
    for (const name of documentCounts[id]!.annotators) tally.set(name, (tally.get(name) ?? 0) + 1);
  return tally;
}

/**
 * The annotators of the documents whose spans are not loaded, as the corpus index counts them (their
 * spans are read only when a view needs them). With the index's `tally` kept, this costs what the
 * loaded documents cost, not what the workspace does.
 */
export function annotatorsNotLoaded(
  state: Pick<AppState, 'annotations' | 'documentCounts'>,
  tally: ReadonlyMap<string, number> = indexedAnnotatorTally(state.documentCounts),
): string[] {
  const left = new Map(tally);
  for (const id of Object.keys(state.annotations))
    for (const name of state.documentCounts[id]?.annotators ?? []) left.set(name, (left.get(name) ?? 0) - 1);
  return [...left]
    .filter(([, documents]) => documents > 0)
    .map(([name]) => name)
    .sort();
}

/** Whether a document whose spans are not loaded holds curated spans (the corpus index counts them). */
export function curatedNotLoaded(state: Pick<AppState, 'annotations' | 'documentCounts'>): boolean {
  for (const [id, counts] of Object.entries(state.documentCounts))
    if (!state.annotations[id] && (counts.curated ?? 0) > 0) return true;
  return false;
}

/**
 * The layers a user can switch the article view to: mine, all annotators', each other annotator's
 * (of the loaded spans and `elsewhere`, the annotators of documents not loaded), curated (when a
 * loaded span is, or `curatedElsewhere`: a document not loaded holds curated spans).
 */
export function layerChoices(
  annotations: Readonly<Record<string, readonly SpanAnnotation[]>>,
  me: string,
  elsewhere: readonly string[] = [],
  curatedElsewhere = false,
): Array<{ value: LayerSelector; label: string }> {
  const spans = Object.values(annotations).flat();
  const others = [...new Set([...annotatorsOf(spans), ...elsewhere])].filter((name) => name !== me).sort();
  const choices = [
    { value: me, label: layerTitle(me, me) },
    { value: ALL_LAYERS, label: layerTitle(ALL_LAYERS, me) },
    ...others.map((name) => ({ value: name, label: name })),
  ];
  if (curatedElsewhere || spans.some(isCurated))
    choices.push({ value: CURATED_LAYER, label: layerTitle(CURATED_LAYER, me) });
  return choices;
}

/** Whether the workspace holds any layer besides mine (then the article view offers the switch). */
export function hasOtherLayers(
  annotations: Readonly<Record<string, readonly SpanAnnotation[]>>,
  me: string,
  elsewhere: readonly string[] = [],
  curatedElsewhere = false,
): boolean {
  if (curatedElsewhere || elsewhere.some((name) => name !== me)) return true;
  for (const spans of Object.values(annotations))
    for (const s of spans) if (isCurated(s) || (s.author !== me && !s.id.startsWith('pending-'))) return true;
  return false;
}
