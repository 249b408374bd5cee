import { CollateError } from '../../core/collate-error';
import { preMergeAgreements, resolveDisagreement } from '../../core/curation/curate';
import { CuratedSpans, preMergeLinks, resolveLinkDisagreement } from '../../core/curation/curate-links';
import {
  compareDocument,
  curationState,
  type CurationDecision,
  type CurationState,
  type DocumentComparison,
} from '../../core/curation/curation-state';
import type { SpanAnnotation } from '../../core/model';
import type { JsonStore } from '../json-store';
import type { AnnotationsFile } from '../store-kinds';
import type { AnnotationContext } from '../workspace-annotations';
import { unlinkSpan } from '../workspace-links';

interface Loaded {
  store: JsonStore<AnnotationsFile>;
  comparison: DocumentComparison;
  /** Every span the document's links may join: its own, and those of documents its claim groups reach. */
  spans: Map<string, SpanAnnotation>;
}

/** Reads a document's spans, the spans its claim groups reach in other documents, and compares the layers. */
async function load(context: AnnotationContext, documentId: string): Promise<Loaded> {
  context.document(documentId);
  const store = await context.annotationStore(documentId);
  const spans = new Map(store.data.spans.map((s) => [s.id, s]));
  const { relations, claimGroups } = context.links.relations.data;
  const elsewhere = new Set<string>();
  for (const g of claimGroups) {
    if (g.members.some((m) => spans.get(m)?.documentId === documentId)) {
      for (const m of g.members) if (!spans.has(m)) elsewhere.add(m);
    }
  }
  const documents = new Set<string>();
  for (const id of elsewhere) {
    const span = await context.findSpan(id);
    if (span) documents.add(span.documentId);
  }
  for (const other of documents) for (const s of (await context.annotationStore(other)).data.spans) spans.set(s.id, s);
  const comparison = compareDocument(documentId, store.data.spans, { spans, relations, groups: claimGroups });
  return { store, comparison, spans };
}

function stateOf(context: AnnotationContext, documentId: string, loaded: Loaded): CurationState {
  const decisions = [...(loaded.store.data.curation ?? []), ...(context.links.relations.data.curation ?? [])];
  return curationState(documentId, loaded.comparison, decisions);
}

/** The curation view's state of a document: its layers compared, decisions so far. Reads only. */
export async function documentCuration(context: AnnotationContext, documentId: string): Promise<CurationState> {
  return stateOf(context, documentId, await load(context, documentId));
}

/**
 * Opens a document for adjudication: spans every annotator made alike enter the curated layer (once;
 * not those the adjudicator deleted), then the relations and claim groups they agreed on between them.
 */
export async function startCuration(context: AnnotationContext, documentId: string): Promise<CurationState> {
  const loaded = await load(context, documentId);
  const deleted = new Set(loaded.store.data.curatedDeletions ?? []);
  const added = preMergeAgreements(loaded.comparison.spans, loaded.store.data.spans, deleted);
  if (added.length > 0) {
    await loaded.store.update((data) => ({ next: { ...data, spans: [...data.spans, ...added] }, result: undefined }));
    // The comparison leaves the curated layer out, so it stands; only the links need the new copies.
    for (const s of added) loaded.spans.set(s.id, s);
  }
  const linkStore = context.links.relations;
  const mapping = { spans: loaded.spans, curated: new CuratedSpans(loaded.spans.values()) };
  const links = preMergeLinks(loaded.comparison.links, linkStore.data, mapping);
  if (links.relations.length > 0 || links.claimGroups.length > 0) {
    await linkStore.update((data) => ({
      next: {
        ...data,
        relations: [...data.relations, ...links.relations],
        claimGroups: [...data.claimGroups, ...links.claimGroups],
      },
      result: undefined,
    }));
  }
  return stateOf(context, documentId, loaded);
}

/** A decision recorded (`take`), or taken back (`reopen`: the disagreement is open again). */
export type SettleRequest = { documentId: string; disagreementId: string } & (
  { take: number[]; reopen?: undefined } | { reopen: true; take?: undefined }
);

const withDecision = (list: CurationDecision[] | undefined, id: string, decision: CurationDecision | null) => [
  ...(list ?? []).filter((d) => d.id !== id),
  ...(decision ? [decision] : []),
];

/** Tombstones of copies a decision puts back are dropped (the field stays absent where it was). */
const forget = (deletions: string[] | undefined, added: ReadonlySet<string>) =>
  deletions ? { curatedDeletions: deletions.filter((id) => !added.has(id)) } : {};

/**
 * Settles one disagreement: the chosen sides (indices; none rejects them all) replace whatever an
 * earlier decision put into the curated layer, and the decision is recorded; `reopen` takes the
 * decision and what it put in back. Spans' decisions live in the document's annotations file, links'
 * in the relations file beside the links. Links to a removed span copy go with it.
 */
export async function settleDisagreement(context: AnnotationContext, request: SettleRequest): Promise<CurationState> {
  const { store, comparison, spans } = await load(context, request.documentId);
  const disagreement = comparison.disagreements.find((d) => d.id === request.disagreementId);
  if (!disagreement) {
    throw new CollateError(
      'no-disagreement',
      `There is no disagreement "${request.disagreementId}" in document "${request.documentId}" (it may have changed).`,
    );
  }
  const take = request.reopen ? [] : [...new Set(request.take)].sort((a, b) => a - b);
  const wrong = take.find((i) => i >= disagreement.sides.length);
  if (wrong !== undefined) {
    throw new CollateError(
      'bad-side',
      `The disagreement has ${disagreement.sides.length} sides; there is no side ${wrong}.`,
    );
  }
  const curator = { author: context.author, now: context.now() };
  const decision = request.reopen ? null : { id: disagreement.id, take, author: curator.author, decided: curator.now };
  if (disagreement.kind === 'relations' || disagreement.kind === 'groups') {
    const linkStore = context.links.relations;
    const mapping = { spans, curated: new CuratedSpans(spans.values()) };
    const change = resolveLinkDisagreement(disagreement, take, linkStore.data, mapping, curator);
    if (!change.ok) throw new CollateError(change.error.code, change.error.message);
    const { removeRelations, addRelations, removeGroups, addGroups } = change.value;
    const added = new Set([...addRelations, ...addGroups].map((x) => x.id));
    await linkStore.update((data) => ({
      next: {
        ...data,
        relations: [...data.relations.filter((r) => !removeRelations.includes(r.id)), ...addRelations],
        claimGroups: [...data.claimGroups.filter((g) => !removeGroups.includes(g.id)), ...addGroups],
        curation: withDecision(data.curation, disagreement.id, decision),
        ...forget(data.curatedDeletions, added),
      },
      result: undefined,
    }));
  } else {
    const { remove, add } = resolveDisagreement(disagreement, take, store.data.spans, curator);
    const gone = new Set(remove);
    const added = new Set(add.map((s) => s.id));
    await store.update((data) => ({
      next: {
        ...data,
        spans: [...data.spans.filter((s) => !gone.has(s.id)), ...add],
        curation: withDecision(data.curation, disagreement.id, decision),
        ...forget(data.curatedDeletions, added),
      },
      result: undefined,
    }));
    for (const id of remove) await unlinkSpan(context.links, id);
  }
  return documentCuration(context, request.documentId);
}
