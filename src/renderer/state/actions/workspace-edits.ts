import type { LabelSchema } from '../../../core/model';
import type { ActionContext } from './action-context';
import type { DocumentChanges, Edits } from './edits';

/** A document's details and note, and the label schema: undoable edits of the workspace itself. */
export function createWorkspaceEdits({ api, store, history, alert, write }: ActionContext, edits: Edits) {
  return {
    async updateDocument(id: string, changes: DocumentChanges): Promise<void> {
      await history.run(async () => {
        // The note is only in the full document; details are in the library's row too.
        const state = store.get();
        const before: DocumentChanges | undefined = state.loaded[id] ?? state.documents.find((d) => d.id === id);
        if (!before) return null;
        const undoChanges: DocumentChanges = {};
        for (const key of Object.keys(changes) as Array<keyof DocumentChanges>) undoChanges[key] = before[key] ?? '';
        if (!(await edits.updateDocument(id, changes))) return null;
        return {
          name: changes.note !== undefined ? 'edit document note' : 'edit details',
          undo: () => edits.updateDocument(id, undoChanges),
          redo: () => edits.updateDocument(id, changes),
        };
      });
    },

    /** Saves the label schema; returns the service's refusal, if any, for the dialog to show. */
    async updateSchema(schema: LabelSchema): Promise<string | null> {
      let error: string | null = null;
      const put = async (next: LabelSchema): Promise<boolean> => {
        const result = await write(() => api.updateSchema({ schema: next }));
        if (!result.ok) {
          error = result.error.message;
          return false;
        }
        store.set((s) => (s.workspace ? { ...s, workspace: { ...s.workspace, schema: result.value } } : s));
        return true;
      };
      await history.run(async () => {
        const before = store.get().workspace?.schema;
        if (!before || !(await put(schema))) return null;
        return {
          name: 'edit schema',
          undo: async () => (await put(before)) || (alert(`Could not undo the schema change: ${error}`), false),
          redo: async () => (await put(schema)) || (alert(`Could not redo the schema change: ${error}`), false),
        };
      });
      return error;
    },
  };
}
