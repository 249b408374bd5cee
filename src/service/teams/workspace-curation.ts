import { CollateError } from '../../core/collate-error';
import { compareLayers } from '../../core/curation/compare-layers';
import { preMergeAgreements, resolveDisagreement } from '../../core/curation/curate';
import { curationState, type CurationDecision, type CurationState } from '../../core/curation/curation-state';
import type { AnnotationContext } from '../workspace-annotations';
import { unlinkSpan } from '../workspace-links';

/** The curation view's state of a document: its layers compared, decisions so far. Reads only. */
export async function documentCuration(context: AnnotationContext, documentId: string): Promise<CurationState> {
  context.document(documentId);
  const store = await context.annotationStore(documentId);
  return curationState(documentId, store.data.spans, store.data.curation ?? []);
}

/** Opens a document for adjudication: spans every annotator made alike enter the curated layer (once). */
export async function startCuration(context: AnnotationContext, documentId: string): Promise<CurationState> {
  context.document(documentId);
  const store = await context.annotationStore(documentId);
  const now = { author: context.author, now: context.now() };
  const added = preMergeAgreements(compareLayers(store.data.spans), store.data.spans, now);
  if (added.length > 0) {
    await store.update((data) => ({ next: { ...data, spans: [...data.spans, ...added] }, result: undefined }));
  }
  return documentCuration(context, documentId);
}

/**
 * Settles one disagreement: the chosen sides' spans (indices; none rejects them all) replace whatever
 * an earlier decision put into the curated layer, and the decision is recorded. Links to a removed
 * copy go with it.
 */
export async function settleDisagreement(
  context: AnnotationContext,
  request: { documentId: string; disagreementId: string; take: number[] },
): Promise<CurationState> {
  const store = await context.annotationStore(request.documentId);
  const disagreement = compareLayers(store.data.spans).disagreements.find((d) => d.id === request.disagreementId);
  if (!disagreement) {
    throw new CollateError(
      'no-disagreement',
      `There is no disagreement "${request.disagreementId}" in document "${request.documentId}" (it may have changed).`,
    );
  }
  const wrong = request.take.find((i) => i >= disagreement.sides.length);
  if (wrong !== undefined) {
    throw new CollateError(
      'bad-side',
      `The disagreement has ${disagreement.sides.length} sides; there is no side ${wrong}.`,
    );
  }
  const now = context.now();
  const { remove, add } = resolveDisagreement(disagreement, request.take, store.data.spans, {
    author: context.author,
    now,
  });
  const decision: CurationDecision = {
    id: disagreement.id,
    take: [...new Set(request.take)].sort((a, b) => a - b),
    author: context.author,
    decided: now,
  };
  const gone = new Set(remove);
  await store.update((data) => ({
    next: {
      ...data,
      spans: [...data.spans.filter((s) => !gone.has(s.id)), ...add],
      curation: [...(data.curation ?? []).filter((d) => d.id !== decision.id), decision],
    },
    result: undefined,
  }));
  for (const id of remove) await unlinkSpan(context.links, id);
  return documentCuration(context, request.documentId);
}
