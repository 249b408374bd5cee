import type { ResultOf, Suggestion } from '../../../api/contract';
import type { Relation, SpanAnnotation } from '../../../core/model';
import type { Command } from '../undo-stack';
import type { ActionContext } from './action-context';
import { mayTagHere } from './article-layer';
import type { Edits } from './edits';
import type { Loading } from './loading';

const suggestionsKey = (workspacePath: string): string => `collate.suggestions:${workspacePath}`;

/** Ids to accept for one suggestion: a claim brings its still-open source and cue along. */
export function idsToAccept(suggestion: Suggestion, open: readonly Suggestion[]): string[] {
  const ids = [suggestion.id];
  if (suggestion.label === 'Claim') {
    for (const linked of [suggestion.links?.sourceId, suggestion.links?.cueId]) {
      if (linked && open.some((s) => s.id === linked)) ids.push(linked);
    }
  }
  return ids;
}

/** Whether suggestions were left on in this workspace. */
export function storedSuggestionsOn(workspacePath: string): boolean {
  try {
    return localStorage.getItem(suggestionsKey(workspacePath)) === 'on';
  } catch {
    return false;
  }
}

/** The offline assistant: suggested spans to accept or reject, and the discrepancies of a claim group. */
export function createSuggestionActions(ctx: ActionContext, loading: Loading, edits: Edits) {
  const { api, store, history, alert, must } = ctx;
  /** Suggestions being fetched, so that one document is not asked twice at once. */
  const suggesting = new Set<string>();

  async function loadSuggestions(documentId: string): Promise<void> {
    if (suggesting.has(documentId)) return;
    suggesting.add(documentId);
    try {
      const result = await api.suggestAnnotations({ documentId });
      if (!result.ok) {
        alert(`Could not get suggestions: ${result.error.message}`);
        store.set((s) => ({ ...s, suggestions: { ...s.suggestions, [documentId]: [] } }));
        return;
      }
      store.set((s) => (s.suggestionsOn ? { ...s, suggestions: { ...s.suggestions, [documentId]: result.value } } : s));
    } finally {
      suggesting.delete(documentId);
    }
  }

  const reloadIfOn = async (documentId: string): Promise<void> => {
    if (store.get().suggestionsOn) await loadSuggestions(documentId);
  };

  function acceptedCommand(documentId: string, spans: SpanAnnotation[], relations: Relation[]): Command {
    return {
      name: spans.length === 1 ? `accept suggested ${spans[0]!.label}` : `accept ${spans.length} suggestions`,
      async undo() {
        for (const span of [...spans].reverse()) if (!(await edits.removeSpan(span))) return false;
        await reloadIfOn(documentId);
        return true;
      },
      async redo() {
        for (const span of spans) if (!(await edits.restoreSpan(span))) return false;
        for (const r of relations) await edits.restoreRelation(r);
        await reloadIfOn(documentId);
        return true;
      },
    };
  }

  return {
    loadSuggestions,

    /** Turns the assistant's suggestions on or off for this workspace. */
    setSuggestionsOn(on: boolean): void {
      store.set((s) => ({ ...s, suggestionsOn: on, suggestions: {} }));
      const path = store.get().workspace?.path;
      if (path) {
        try {
          localStorage.setItem(suggestionsKey(path), on ? 'on' : 'off');
        } catch {
          // Remembered for this session only.
        }
      }
    },

    /** Accepts suggestions as spans (and their links); refreshes spans, links and suggestions. */
    async acceptSuggestions(documentId: string, ids: readonly string[]): Promise<void> {
      if (ids.length === 0 || !mayTagHere(ctx)) return;
      await history.run(async () => {
        const result = await must('Could not accept the suggestion', () =>
          api.acceptSuggestions({ documentId, ids: [...ids] }),
        );
        await Promise.all([loading.loadSpans(documentId), loading.refreshLinks()]);
        await loadSuggestions(documentId);
        return result && result.spans.length > 0 ? acceptedCommand(documentId, result.spans, result.relations) : null;
      });
    },

    /** Rejects suggestions: the service never offers them again for this document. */
    async rejectSuggestions(documentId: string, ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      await must('Could not reject the suggestion', () => api.rejectSuggestions({ documentId, ids: [...ids] }));
      await loadSuggestions(documentId);
    },

    /** How the members of a claim group differ, kind by kind (the comparison of a hand-made group). */
    async findDiscrepancies(groupId: string): Promise<ResultOf<'findDiscrepancies'>> {
      const result = await api.findDiscrepancies({ groupId });
      if (!result.ok) {
        alert(`Could not compare the claims of a group: ${result.error.message}`);
        return [];
      }
      return result.value;
    },
  };
}
