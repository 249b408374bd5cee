import { derivedId } from '../merge/derived-id';
import type { ClaimGroup, Relation, SpanAnnotation } from '../model';
import { annotatorsOf, isCurated } from '../layers/span-layers';

/**
 * One annotator's (or one merge version's) answer in a disagreement: possibly nothing at all. In a
 * disagreement about links, `relations` or `groups` hold the answer and `spans` the spans they join.
 */
export interface CurationSide {
  name: string;
  spans: SpanAnnotation[];
  relations?: Relation[];
  groups?: ClaimGroup[];
}

/**
 * A place where the layers differ: overlapping spans the annotators did not all make alike, the two
 * versions a git merge kept of one span (`kind: 'conflict'`), or links of one kind between the same
 * spans that not every annotator made alike (`relations`, `groups`). `start`/`end` cover every span
 * of the document in it.
 */
export interface Disagreement {
  id: string;
  kind: 'spans' | 'conflict' | 'relations' | 'groups';
  start: number;
  end: number;
  sides: CurationSide[];
}

/** The same span (label, range, attributes) made by every annotator of the document. */
export interface AgreedSpan {
  spans: SpanAnnotation[];
}

export interface LayerComparison {
  annotators: string[];
  agreed: AgreedSpan[];
  disagreements: Disagreement[];
}

/** What makes two spans the same answer: label, pieces and attributes (not id, author or times). */
export function spanContentKey(span: SpanAnnotation): string {
  const pieces = (span.fragments ?? [{ start: span.start, end: span.end }]).map((f) => `${f.start}-${f.end}`);
  const attributes = Object.keys(span.attributes)
    .sort()
    .map((k) => `${k}=${span.attributes[k]}`);
  return JSON.stringify([span.label, pieces, attributes]);
}

const byPosition = (a: SpanAnnotation, b: SpanAnnotation): number =>
  a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Pairs of versions a git merge kept of one span (each names the other in `conflict.with`). */
function conflictPairs(spans: readonly SpanAnnotation[]): Array<[SpanAnnotation, SpanAnnotation]> {
  const marked = spans.filter((s) => s.conflict);
  if (marked.length === 0) return [];
  const byId = new Map(marked.map((s) => [s.id, s]));
  const pairs = new Map<string, [SpanAnnotation, SpanAnnotation]>();
  for (const s of marked) {
    const other = s.conflict ? byId.get(s.conflict.with) : undefined;
    if (!other) continue;
    const pair: [SpanAnnotation, SpanAnnotation] = s.id < other.id ? [s, other] : [other, s];
    pairs.set(`${pair[0].id}\u0000${pair[1].id}`, pair);
  }
  return [...pairs.values()];
}

/** Groups spans whose extents overlap, in text order. */
function overlapClusters(spans: readonly SpanAnnotation[]): SpanAnnotation[][] {
  const clusters: SpanAnnotation[][] = [];
  let end = -1;
  for (const s of [...spans].sort(byPosition)) {
    const last = clusters[clusters.length - 1];
    if (last && s.start < end) last.push(s);
    else clusters.push([s]);
    end = Math.max(last && s.start < end ? end : s.end, s.end);
  }
  return clusters;
}

export const extent = (spans: readonly SpanAnnotation[]): { start: number; end: number } => ({
  start: Math.min(...spans.map((s) => s.start)),
  end: Math.max(...spans.map((s) => s.end)),
});

/** A disagreement's id, from its kind and the ids of what is in it: the same on every machine. */
export const idOf = (kind: Disagreement['kind'], items: ReadonlyArray<{ id: string }>): string =>
  derivedId(
    'k',
    `${kind}:${items
      .map((s) => s.id)
      .sort()
      .join(',')}`,
  );

/**
 * Compares the annotators' layers of one document (the curated layer and orphaned spans aside): spans
 * every annotator made alike are agreed; merge-conflict pairs and every cluster of overlapping spans
 * that is not agreed are disagreements, in text order, with one side per annotator.
 */
export function compareLayers(spans: readonly SpanAnnotation[]): LayerComparison {
  const annotated = spans.filter((s) => !isCurated(s) && !s.orphaned);
  const annotators = annotatorsOf(annotated);
  const disagreements: Disagreement[] = [];
  const inConflict = new Set<string>();
  for (const [a, b] of conflictPairs(annotated)) {
    inConflict.add(a.id).add(b.id);
    disagreements.push({
      id: idOf('conflict', [a, b]),
      kind: 'conflict',
      ...extent([a, b]),
      sides: [
        { name: `${a.author}, version 1`, spans: [a] },
        { name: `${b.author}, version 2`, spans: [b] },
      ],
    });
  }
  const byKey = new Map<string, SpanAnnotation[]>();
  for (const s of annotated) {
    if (inConflict.has(s.id)) continue;
    const key = spanContentKey(s);
    byKey.set(key, [...(byKey.get(key) ?? []), s]);
  }
  const agreed: AgreedSpan[] = [];
  const open: SpanAnnotation[] = [];
  for (const group of byKey.values()) {
    const authors = new Set(group.map((s) => s.author));
    if (authors.size === annotators.length) {
      agreed.push({ spans: [...group].sort((a, b) => (a.author < b.author ? -1 : a.author > b.author ? 1 : 0)) });
    } else open.push(...group);
  }
  for (const cluster of overlapClusters(open)) {
    disagreements.push({
      id: idOf('spans', cluster),
      kind: 'spans',
      ...extent(cluster),
      sides: annotators.map((name) => ({ name, spans: cluster.filter((s) => s.author === name) })),
    });
  }
  disagreements.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
  agreed.sort((a, b) => byPosition(a.spans[0]!, b.spans[0]!));
  return { annotators, agreed, disagreements };
}
