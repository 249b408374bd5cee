import type { ClaimGroup, Relation, SpanAnnotation } from '../../../core/model';
import { dropSpan, putSpan } from '../app-state';
import { libraryRowOf } from '../../../api/library-rows';
import type { ActionContext } from './action-context';
import type { Loading } from './loading';

export type Edits = ReturnType<typeof createEdits>;

/** The links a deleted span took with it, to put back on undo. */
export interface RemovedLinks {
  readonly relations: Relation[];
  readonly claimGroups: ClaimGroup[];
}

export interface SpanChanges {
  label?: string;
  attributes?: Record<string, string>;
  note?: string;
}

export interface DocumentChanges {
  title?: string;
  outlet?: string;
  author?: string;
  published?: string;
  note?: string;
}

/** Primitive edits, each sent to the service and reflected in the state; commands and their undo are made of them. */
export function createEdits({ api, store, alert, write, must }: ActionContext, { refreshLinks }: Loading) {
  const putRelation = (r: Relation): void =>
    store.set((s) => ({ ...s, relations: s.relations.some((x) => x.id === r.id) ? s.relations : [...s.relations, r] }));
  const dropRelation = (id: string): void =>
    store.set((s) => ({ ...s, relations: s.relations.filter((r) => r.id !== id) }));
  const putGroup = (g: ClaimGroup): void =>
    store.set((s) => ({
      ...s,
      claimGroups: s.claimGroups.some((x) => x.id === g.id)
        ? s.claimGroups.map((x) => (x.id === g.id ? g : x))
        : [...s.claimGroups, g],
    }));
  const dropGroup = (id: string): void =>
    store.set((s) => ({ ...s, claimGroups: s.claimGroups.filter((g) => g.id !== id) }));

  async function restoreSpan(span: SpanAnnotation): Promise<boolean> {
    const restored = await must('Could not put the annotation back', () => api.restoreAnnotation({ span }));
    if (!restored) return false;
    store.set((s) => putSpan(s, restored));
    return true;
  }

  /** Deletes a span at once in the state (put back if the service refuses); the links it took along, or null. */
  async function removeSpan(span: SpanAnnotation): Promise<RemovedLinks | null> {
    store.set((s) => dropSpan(s, span.documentId, span.id));
    const result = await write(() => api.deleteAnnotation({ documentId: span.documentId, id: span.id }));
    if (!result.ok) {
      store.set((s) => putSpan(s, span));
      alert(`Could not delete the annotation: ${result.error.message}`);
      return null;
    }
    await refreshLinks();
    return { relations: result.value.relations, claimGroups: result.value.claimGroups };
  }

  async function restoreRelation(r: Relation): Promise<boolean> {
    const made = await must('Could not put the link back', () =>
      api.createRelation({
        id: r.id,
        type: r.type,
        from: r.from,
        to: r.to,
        author: r.author,
        created: r.created,
        ...(r.layer ? { layer: r.layer } : {}),
      }),
    );
    if (made) putRelation(made);
    return !!made;
  }

  async function removeRelation(id: string): Promise<boolean> {
    const gone = await must('Could not remove the link', () => api.deleteRelation({ id }));
    if (gone) dropRelation(id);
    return !!gone;
  }

  async function saveGroup(group: {
    id?: string;
    statement: string;
    members: string[];
    layer?: 'curated';
  }): Promise<ClaimGroup | null> {
    const saved = await must('Could not save the claim group', () => api.saveClaimGroup(group));
    if (saved) putGroup(saved);
    return saved;
  }

  async function removeGroup(id: string): Promise<boolean> {
    const gone = await must('Could not delete the claim group', () => api.deleteClaimGroup({ id }));
    if (gone) dropGroup(id);
    return !!gone;
  }

  async function updateSpan(span: SpanAnnotation, changes: SpanChanges): Promise<SpanAnnotation | null> {
    const updated = await must('Could not change the annotation', () =>
      api.updateAnnotation({ documentId: span.documentId, id: span.id, ...changes }),
    );
    if (updated) store.set((s) => putSpan(s, updated));
    return updated;
  }

  async function updateDocument(id: string, changes: DocumentChanges): Promise<boolean> {
    const summary = await must('Could not save the document details', () => api.updateDocument({ id, ...changes }));
    if (!summary) return false;
    store.set((s) => {
      const doc = s.loaded[id];
      const { length: _length, ...fields } = summary;
      return {
        ...s,
        documents: s.documents.map((d) => (d.id === id ? libraryRowOf(summary) : d)),
        loaded: doc ? { ...s.loaded, [id]: { ...fields, text: doc.text } } : s.loaded,
      };
    });
    return true;
  }

  return {
    putRelation,
    restoreSpan,
    removeSpan,
    restoreRelation,
    removeRelation,
    saveGroup,
    removeGroup,
    updateSpan,
    updateDocument,
  };
}
