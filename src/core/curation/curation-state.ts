import { z } from 'zod';
import type { ClaimGroup, Relation, SpanAnnotation } from '../model';
import { compareLayers, type Disagreement, type LayerComparison } from './compare-layers';
import { compareLinks, type LinkComparison } from './compare-links';

/** How one disagreement was settled: the sides taken (indices; none = all rejected), by whom, when. */
export const CurationDecision = z.object({
  id: z.string().min(1),
  take: z.array(z.number().int().nonnegative()),
  author: z.string(),
  decided: z.string(),
});
export type CurationDecision = z.infer<typeof CurationDecision>;

/** One document under adjudication: its layers compared, each disagreement with its decision if any. */
export interface CurationState {
  documentId: string;
  annotators: string[];
  /** Agreements (spans, relations, claim groups) every annotator made alike. */
  agreed: number;
  disagreements: Array<Disagreement & { decision?: CurationDecision }>;
  resolved: number;
}

/** The links a document's comparison looks at: every span they may join, every relation and group. */
export interface DocumentLinks {
  spans: ReadonlyMap<string, SpanAnnotation>;
  relations: readonly Relation[];
  groups: readonly ClaimGroup[];
}

export interface DocumentComparison {
  spans: LayerComparison;
  links: LinkComparison;
  /** Every disagreement, about spans and about links, in text order. */
  disagreements: Disagreement[];
}

const NO_LINKS: DocumentLinks = { spans: new Map(), relations: [], groups: [] };

/** A document's spans, relations and claim groups compared across the annotators' layers. */
export function compareDocument(
  documentId: string,
  spans: readonly SpanAnnotation[],
  links: DocumentLinks = NO_LINKS,
): DocumentComparison {
  const layers = compareLayers(spans);
  const linked = compareLinks({ documentId, annotators: layers.annotators, ...links });
  const disagreements = [...layers.disagreements, ...linked.disagreements].sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1),
  );
  return { spans: layers, links: linked, disagreements };
}

/** The curation view's state of a document from its comparison and the decisions recorded so far. */
export function curationState(
  documentId: string,
  comparison: DocumentComparison,
  decisions: readonly CurationDecision[],
): CurationState {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const disagreements = comparison.disagreements.map((d) => {
    const decision = byId.get(d.id);
    return decision ? { ...d, decision } : d;
  });
  const { spans, links } = comparison;
  return {
    documentId,
    annotators: spans.annotators,
    agreed: spans.agreed.length + links.agreedRelations.length + links.agreedGroups.length,
    disagreements,
    resolved: disagreements.filter((d) => 'decision' in d).length,
  };
}

/** "37 of 52 disagreements resolved". */
export const progressText = (state: Pick<CurationState, 'resolved' | 'disagreements'>): string =>
  `${state.resolved} of ${state.disagreements.length} disagreement${state.disagreements.length === 1 ? '' : 's'} resolved`;
