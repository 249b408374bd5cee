import type { JobProgress } from '../../../api/contract';
import { followJob } from '../follow-job';
import type { ActionContext } from './action-context';

const STARTING: JobProgress = { step: 'Starting', done: 0, total: 0 };

const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** What the suggest-job actions need of the suggestion actions: the panes' lists and the switch. */
export interface SuggestionLists {
  loadSuggestions(documentId: string): Promise<void>;
  setSuggestionsOn(on: boolean): void;
}

/**
 * The assistant over many documents as a background job in the service (`startJob`, kind
 * `suggest`): progress and time left while it runs, Cancel, and each open document's suggestions
 * fetched again as soon as its own are made. It writes no span: the suggestions wait in the panes
 * for the analyst to accept or reject, as for one document; the window stays free meanwhile.
 */
export function createSuggestJobActions(ctx: ActionContext, lists: SuggestionLists, pollMs?: number) {
  const { api, store, alert } = ctx;
  let controller: AbortController | null = null;

  /** Open documents whose suggestions just became ready are shown them. */
  function pickUp(documentIds: readonly string[]): void {
    const { openIds, suggestionsOn } = store.get();
    if (!suggestionsOn) return;
    for (const id of documentIds) if (openIds.includes(id)) void lists.loadSuggestions(id);
  }

  return {
    /** Suggests for these documents (every document when absent) in the background; one batch at a time. */
    async suggestForDocuments(documentIds?: readonly string[]): Promise<void> {
      if (store.get().suggestJob) return;
      const own = new AbortController();
      controller = own;
      const documents = documentIds?.length ?? store.get().documents.length;
      if (!store.get().suggestionsOn) lists.setSuggestionsOn(true);
      store.set((s) => ({
        ...s,
        suggestJob: { progress: STARTING, documents, cancelling: false },
        suggestJobNotice: null,
      }));
      let last = STARTING;
      let notice: string | null = null;
      try {
        const request = { kind: 'suggest' as const, ...(documentIds ? { documentIds: [...documentIds] } : {}) };
        const onProgress = (progress: JobProgress): void => {
          last = progress;
          store.set((s) => (s.suggestJob ? { ...s, suggestJob: { ...s.suggestJob, progress } } : s));
          pickUp(progress.finished ?? []);
        };
        const outcome = await followJob(api, request, { signal: own.signal, onProgress }, pollMs);
        if (!outcome.ok) alert(`Could not make suggestions: ${outcome.error.message}`);
        else if (outcome.value === null) {
          const counted =
            last.step === 'Suggesting' ? ` at about ${last.done} of ${plural(last.total, 'document')}` : '';
          notice = `Suggestions stopped${counted}: each document has all its suggestions or none. Run again to do the rest.`;
        } else if (outcome.value.kind === 'suggest') {
          const { documents: asked, made, ready, suggestions } = outcome.value;
          const kept = ready > 0 ? `, ${ready} kept from before` : '';
          notice = `Suggestions ready for ${plural(asked, 'document')} (${made} made now${kept}): ${plural(suggestions, 'suggestion')} to review in each document's Suggestions panel.`;
          pickUp(store.get().openIds);
        }
      } finally {
        if (controller === own) controller = null;
        store.set((s) => ({ ...s, suggestJob: null, suggestJobNotice: notice }));
      }
    },

    /** Stops the batch: documents already done keep their suggestions, the others have none made. */
    cancelSuggestJob(): void {
      if (!controller) return;
      store.set((s) => (s.suggestJob ? { ...s, suggestJob: { ...s.suggestJob, cancelling: true } } : s));
      controller.abort();
    },

    dismissSuggestJobNotice(): void {
      store.set((s) => ({ ...s, suggestJobNotice: null }));
    },
  };
}
