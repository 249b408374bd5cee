import type { DocumentSummary } from '../../../api/contract';
import { libraryRowOf, type LibraryRow } from '../../../api/library-rows';
import { checkTag } from '../../../core/document-tags';
import type { AppState } from '../app-state';
import type { ActionContext } from './action-context';

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
const hasTag = (d: LibraryRow | undefined, tag: string): boolean =>
  (d?.tags ?? []).some((t) => t.toLocaleLowerCase() === tag.toLocaleLowerCase());

function withSummaries(state: AppState, summaries: readonly DocumentSummary[]): AppState {
  const byId = new Map(summaries.map((d) => [d.id, libraryRowOf(d)]));
  return { ...state, documents: state.documents.map((d) => byId.get(d.id) ?? d) };
}

/** Tags on documents: add or remove one tag on many documents, one undo step each. */
export function createTagActions({ api, store, history, must, alert }: ActionContext) {
  async function send(ids: readonly string[], add: string[], remove: string[]): Promise<boolean> {
    if (ids.length === 0) return true;
    const summaries = await must('Could not change the tags', () => api.tagDocuments({ ids: [...ids], add, remove }));
    if (!summaries) return false;
    store.set((s) => withSummaries(s, summaries));
    return true;
  }

  /** Adds a tag to documents (or removes it); undo touches only the documents that changed. */
  async function changeTag(ids: readonly string[], text: string, adding: boolean): Promise<void> {
    const checked = checkTag(text);
    if (!checked.ok) return alert(checked.error.message);
    const tag = checked.value;
    const byId = new Map(store.get().documents.map((d) => [d.id, d]));
    const changing = ids.filter((id) => hasTag(byId.get(id), tag) !== adding);
    if (changing.length === 0) {
      const already = adding ? `already tagged #${tag}` : `not tagged #${tag}`;
      return alert(`${ids.length === 1 ? 'The document is' : 'The documents are'} ${already}.`);
    }
    const [add, remove] = adding ? [[tag], []] : [[], [tag]];
    await history.run(async () => {
      if (!(await send(changing, add, remove))) return null;
      store.set((s) => ({
        ...s,
        libraryNotice: `${adding ? 'Tagged' : 'Untagged'} ${plural(changing.length, 'document')} #${tag}.`,
      }));
      return {
        name: `${adding ? 'tag' : 'untag'} ${plural(changing.length, 'document')}`,
        undo: () => send(changing, remove, add),
        redo: () => send(changing, add, remove),
      };
    });
  }

  return {
    tagDocuments: (ids: readonly string[], tag: string): Promise<void> => changeTag(ids, tag, true),
    untagDocuments: (ids: readonly string[], tag: string): Promise<void> => changeTag(ids, tag, false),
  };
}
