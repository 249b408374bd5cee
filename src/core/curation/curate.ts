import { derivedId } from '../merge/derived-id';
import type { SpanAnnotation } from '../model';
import { CURATED_LAYER } from '../layers/layer-name';
import { isCurated } from '../layers/span-layers';
import { spanContentKey, type Disagreement, type LayerComparison } from './compare-layers';

/** Who adjudicates and when: the copies they make carry both. */
export interface CurationContext {
  author: string;
  now: string;
}

/** The id of the curated copy of an annotator's span: the same on every machine, so taking it twice adds it once. */
export const curatedIdOf = (span: Pick<SpanAnnotation, 'id'>): string => derivedId('s', `curated:${span.id}`);

/** An annotator's span copied into the curated layer, with the adjudicator as author. */
export function curatedCopy(span: SpanAnnotation, context: CurationContext): SpanAnnotation {
  const { conflict: _conflict, orphaned: _orphaned, ...kept } = span;
  return {
    ...kept,
    id: curatedIdOf(span),
    layer: CURATED_LAYER,
    author: context.author,
    created: context.now,
    modified: context.now,
  };
}

/** Who agreed on a record, as its curated copy's author: "ana + ben". */
export const agreedBy = (items: ReadonlyArray<{ author?: string | undefined }>): string =>
  [...new Set(items.map((x) => x.author ?? ''))].sort().join(' + ');

/** The latest of some ISO time stamps. */
export const latest = (stamps: readonly string[]): string => stamps.reduce((a, b) => (b > a ? b : a), '');

/**
 * The curated copy of an agreement. It holds nothing of who merged it or when (its author names the
 * annotators who agreed, its times are theirs), so two curators merging it in two clones write the
 * same line and git sees no conflict.
 */
export function agreedCopy(spans: readonly SpanAnnotation[]): SpanAnnotation {
  const modified = latest(spans.map((s) => s.modified));
  const copy = curatedCopy(spans[0]!, { author: agreedBy(spans), now: modified });
  return { ...copy, created: latest(spans.map((s) => s.created)) };
}

/**
 * Agreed spans not yet in the curated layer, as curated copies (one per agreement), leaving out those
 * the adjudicator deleted (`deleted`). A document of one annotator has nothing to agree on.
 */
export function preMergeAgreements(
  comparison: LayerComparison,
  spans: readonly SpanAnnotation[],
  deleted: ReadonlySet<string> = new Set(),
): SpanAnnotation[] {
  if (comparison.annotators.length < 2) return [];
  const present = new Set(spans.filter(isCurated).map((s) => s.id));
  return comparison.agreed
    .filter((a) => !present.has(curatedIdOf(a.spans[0]!)) && !deleted.has(curatedIdOf(a.spans[0]!)))
    .map((a) => agreedCopy(a.spans));
}

/** What settling a disagreement changes in the curated layer. */
export interface Resolution {
  /** Curated copies of this disagreement's spans made by an earlier decision. */
  remove: string[];
  add: SpanAnnotation[];
}

/**
 * Takes the chosen sides of a disagreement (indices into `sides`; none rejects them all): earlier
 * copies of its spans leave the curated layer, the chosen spans enter it once each (two sides with
 * the same span give one copy).
 */
export function resolveDisagreement(
  disagreement: Disagreement,
  take: readonly number[],
  spans: readonly SpanAnnotation[],
  context: CurationContext,
): Resolution {
  const copies = new Set(disagreement.sides.flatMap((side) => side.spans.map(curatedIdOf)));
  const remove = spans.filter((s) => isCurated(s) && copies.has(s.id)).map((s) => s.id);
  const seen = new Set<string>();
  const add: SpanAnnotation[] = [];
  for (const index of [...new Set(take)].sort((a, b) => a - b)) {
    for (const span of disagreement.sides[index]?.spans ?? []) {
      const key = spanContentKey(span);
      if (seen.has(key)) continue;
      seen.add(key);
      add.push(curatedCopy(span, context));
    }
  }
  return { remove, add };
}
