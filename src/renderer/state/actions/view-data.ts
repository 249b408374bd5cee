import type { AppState } from '../app-state';
import { ATTRIBUTED_TO, groupOf, relationsOf } from '../links';
import type { ActionContext } from './action-context';
import type { Loading } from './loading';

export type ViewData = ReturnType<typeof createViewDataActions>;

/** The labels a claim can be attributed to (the sources), as the schema says. */
export const sourceLabelsOf = (state: AppState): Set<string> =>
  new Set(state.workspace?.schema.relationTypes.find((t) => t.name === ATTRIBUTED_TO)?.to ?? ['Source']);

/**
 * What the views across documents need, loaded when they are shown instead of every document's spans
 * at start: a page of the claims matrix, the sources view, a span's links in the inspector, the
 * attribution list. Each resolves once the spans are in the state; spans already loaded cost nothing.
 */
export function createViewDataActions({ store }: ActionContext, loading: Loading) {
  return {
    /** The members of these claim groups and the sources they are attributed to. */
    async loadMatrixGroups(groupIds: readonly string[]): Promise<void> {
      const { claimGroups, relations } = store.get();
      const wanted = new Set(groupIds);
      const members = new Set(claimGroups.filter((g) => wanted.has(g.id)).flatMap((g) => g.members));
      const sources = relations.filter((r) => r.type === ATTRIBUTED_TO && members.has(r.from)).map((r) => r.to);
      await loading.loadDocumentsOfSpans([...members, ...sources]);
    },

    /** Every document holding a source (by the corpus index's label counts) or a claim attributed to one. */
    async loadSourcesView(): Promise<void> {
      const state = store.get();
      const isSource = sourceLabelsOf(state);
      const holding = state.documents
        .filter((d) => Object.keys(state.documentCounts[d.id]?.labels ?? {}).some((l) => isSource.has(l)))
        .map((d) => d.id);
      await loading.loadSpansOf(holding);
      const claims = state.relations.filter((r) => r.type === ATTRIBUTED_TO).map((r) => r.from);
      await loading.loadDocumentsOfSpans(claims);
    },

    /** The spans at the other end of a span's links and the other members of its claim group. */
    async loadLinkedSpans(spanId: string): Promise<void> {
      const { relations, claimGroups } = store.get();
      const others = relationsOf(spanId, relations).map((l) => l.other);
      await loading.loadDocumentsOfSpans([...others, ...(groupOf(spanId, claimGroups)?.members ?? [])]);
    },

    /** The sources claims are attributed to anywhere (the attribution list offers them "elsewhere"). */
    async loadAttributedSources(): Promise<void> {
      const targets = store
        .get()
        .relations.filter((r) => r.type === ATTRIBUTED_TO)
        .map((r) => r.to);
      await loading.loadDocumentsOfSpans(targets);
    },
  };
}
