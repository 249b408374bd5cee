import { z } from 'zod';
import type { SpanAnnotation } from '../model';
import { compareLayers, type Disagreement } from './compare-layers';

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
  agreed: number;
  disagreements: Array<Disagreement & { decision?: CurationDecision }>;
  resolved: number;
}

/** The curation view's state of a document from its spans and the decisions recorded so far. */
export function curationState(
  documentId: string,
  spans: readonly SpanAnnotation[],
  decisions: readonly CurationDecision[],
): CurationState {
  const comparison = compareLayers(spans);
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const disagreements = comparison.disagreements.map((d) => {
    const decision = byId.get(d.id);
    return decision ? { ...d, decision } : d;
  });
  return {
    documentId,
    annotators: comparison.annotators,
    agreed: comparison.agreed.length,
    disagreements,
    resolved: disagreements.filter((d) => 'decision' in d).length,
  };
}

/** "37 of 52 disagreements resolved". */
export const progressText = (state: Pick<CurationState, 'resolved' | 'disagreements'>): string =>
  `${state.resolved} of ${state.disagreements.length} disagreement${state.disagreements.length === 1 ? '' : 's'} resolved`;
