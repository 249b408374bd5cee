import type { ActionContext } from './action-context';
import { mayEditSpan } from './article-layer';
import { findSpan } from '../app-state';
import type { EditCommands } from './edit-commands';
import type { Edits } from './edits';

/** Links between spans (attributed-to, contradicts, supports…), each an undoable edit. */
export function createLinkingActions(ctx: ActionContext, edits: Edits, commands: EditCommands) {
  const { api, store, history, must } = ctx;
  return {
    /** Links two spans; false when the service refused or the link was there already. */
    async link(type: string, from: string, to: string): Promise<boolean> {
      const origin = findSpan(store.get(), from);
      if (origin && !mayEditSpan(ctx, origin)) return false;
      const command = await history.run(async () => {
        const made = await must(`Could not link with “${type}”`, () => api.createRelation({ type, from, to }));
        if (!made) return null;
        if (store.get().relations.some((r) => r.id === made.id)) return null;
        edits.putRelation(made);
        return commands.relationCommand(made);
      });
      return !!command;
    },

    async unlink(id: string): Promise<void> {
      const relation = store.get().relations.find((r) => r.id === id);
      if (!relation) return;
      await history.run(async () =>
        (await edits.removeRelation(id))
          ? {
              name: `unlink ${relation.type}`,
              undo: () => edits.restoreRelation(relation),
              redo: () => edits.removeRelation(id),
            }
          : null,
      );
    },
  };
}
