/** Test support: the curation calls of the fake service, over its spans (not links), with the real core rules. */
import { preMergeAgreements, resolveDisagreement } from '../../../core/curation/curate';
import { compareDocument, curationState, type CurationDecision } from '../../../core/curation/curation-state';
import type { SpanAnnotation } from '../../../core/model';

const STAMP = '2026-01-01T00:00:00.000Z';
const CURATOR = { author: 'lead', now: STAMP };

export function fakeCuration(spans: Map<string, SpanAnnotation[]>) {
  const decisions = new Map<string, CurationDecision[]>();
  const list = (documentId: string): SpanAnnotation[] => spans.get(documentId) ?? [];
  const state = (documentId: string) =>
    curationState(documentId, compareDocument(documentId, list(documentId)), decisions.get(documentId) ?? []);
  return {
    getCuration: ({ documentId }: { documentId: string }) => state(documentId),
    startCuration: ({ documentId }: { documentId: string }) => {
      const added = preMergeAgreements(compareDocument(documentId, list(documentId)).spans, list(documentId));
      spans.set(documentId, [...list(documentId), ...added]);
      return state(documentId);
    },
    settleDisagreement: (a: { documentId: string; disagreementId: string; take?: number[]; reopen?: true }) => {
      const found = compareDocument(a.documentId, list(a.documentId));
      const disagreement = found.disagreements.find((d) => d.id === a.disagreementId);
      if (!disagreement) throw new Error(`no disagreement ${a.disagreementId}`);
      const take = a.take ?? [];
      const { remove, add } = resolveDisagreement(disagreement, take, list(a.documentId), CURATOR);
      spans.set(a.documentId, [...list(a.documentId).filter((s) => !remove.includes(s.id)), ...add]);
      const kept = (decisions.get(a.documentId) ?? []).filter((d) => d.id !== disagreement.id);
      const decision = { id: disagreement.id, take, author: CURATOR.author, decided: STAMP };
      decisions.set(a.documentId, a.reopen ? kept : [...kept, decision]);
      return state(a.documentId);
    },
  };
}
