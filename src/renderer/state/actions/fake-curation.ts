/** Test support: the curation calls of the fake service, over its spans, with the real core rules. */
import { compareLayers } from '../../../core/curation/compare-layers';
import { preMergeAgreements, resolveDisagreement } from '../../../core/curation/curate';
import { curationState, type CurationDecision } from '../../../core/curation/curation-state';
import type { SpanAnnotation } from '../../../core/model';

const STAMP = '2026-01-01T00:00:00.000Z';
const CURATOR = { author: 'lead', now: STAMP };

export function fakeCuration(spans: Map<string, SpanAnnotation[]>) {
  const decisions = new Map<string, CurationDecision[]>();
  const list = (documentId: string): SpanAnnotation[] => spans.get(documentId) ?? [];
  const state = (documentId: string) => curationState(documentId, list(documentId), decisions.get(documentId) ?? []);
  return {
    getCuration: ({ documentId }: { documentId: string }) => state(documentId),
    startCuration: ({ documentId }: { documentId: string }) => {
      const added = preMergeAgreements(compareLayers(list(documentId)), list(documentId), CURATOR);
      spans.set(documentId, [...list(documentId), ...added]);
      return state(documentId);
    },
    settleDisagreement: (a: { documentId: string; disagreementId: string; take: number[] }) => {
      const disagreement = compareLayers(list(a.documentId)).disagreements.find((d) => d.id === a.disagreementId);
      if (!disagreement) throw new Error(`no disagreement ${a.disagreementId}`);
      const { remove, add } = resolveDisagreement(disagreement, a.take, list(a.documentId), CURATOR);
      spans.set(a.documentId, [...list(a.documentId).filter((s) => !remove.includes(s.id)), ...add]);
      const decision = { id: disagreement.id, take: a.take, author: CURATOR.author, decided: STAMP };
      decisions.set(a.documentId, [
        ...(decisions.get(a.documentId) ?? []).filter((d) => d.id !== decision.id),
        decision,
      ]);
      return state(a.documentId);
    },
  };
}
