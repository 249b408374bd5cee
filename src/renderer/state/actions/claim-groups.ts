import type { ClaimGroup } from '../../../core/model';
import { groupOf } from '../links';
import type { Command } from '../undo-stack';
import type { ActionContext } from './action-context';
import type { EditCommands } from './edit-commands';
import type { Edits } from './edits';
import type { SelectionActions } from './selection';
import { mayEditSpan } from './article-layer';

/** Claim groups (the same claim across articles): making, joining, leaving, rewording, deleting; all undoable. */
export function createClaimGroupActions(
  ctx: ActionContext,
  { saveGroup, removeGroup }: Edits,
  { groupCommand, sequence }: EditCommands,
  { selectAnnotation, selectedSpan }: SelectionActions,
) {
  const { store, history, alert } = ctx;
  /** A group the service still holds (its latest members), or undefined. */
  const currentGroup = (id: string): ClaimGroup | undefined => store.get().claimGroups.find((g) => g.id === id);

  /** A new group holding one span, which leaves the group it was in. */
  async function newClaimGroup(spanId: string, statement: string): Promise<void> {
    await history.run(async () => {
      const existing = groupOf(spanId, store.get().claimGroups);
      const cleared = existing ? { ...existing, members: existing.members.filter((m) => m !== spanId) } : null;
      if (existing && cleared) {
        await saveGroup({ id: existing.id, statement: existing.statement, members: cleared.members });
      }
      const made = await saveGroup({ statement, members: [spanId] });
      if (!made) return null;
      const forward = groupCommand('new claim group', null, made);
      if (!existing) return forward;
      return sequence('new claim group', [groupCommand('move to group', existing, cleared), forward]);
    });
  }

  return {
    newClaimGroup,

    newClaimGroupForSelected(): void {
      const span = selectedSpan();
      if (!span) return alert('Select a claim first, then press g to start a claim group with it.');
      if (!mayEditSpan(ctx, span)) return;
      if (groupOf(span.id, store.get().claimGroups)) return;
      void newClaimGroup(span.id, span.quote.replace(/\s+/g, ' ').trim().slice(0, 200));
    },

    /** Adds a span to a group, taking it out of the group it was in. */
    async addToGroup(groupId: string, spanId: string): Promise<void> {
      await history.run(async () => {
        const target = currentGroup(groupId);
        if (!target || target.members.includes(spanId)) return null;
        const steps: Command[] = [];
        const previous = groupOf(spanId, store.get().claimGroups);
        if (previous) {
          const cleared = { ...previous, members: previous.members.filter((m) => m !== spanId) };
          if (!(await saveGroup(cleared))) return null;
          steps.push(groupCommand('leave group', previous, cleared));
        }
        const members = [...target.members, spanId];
        const after = await saveGroup({ id: target.id, statement: target.statement, members });
        if (!after) return null;
        steps.push(groupCommand('add to group', target, after));
        return sequence('add to claim group', steps);
      });
      selectAnnotation(spanId);
    },

    async removeFromGroup(groupId: string, spanId: string): Promise<void> {
      await history.run(async () => {
        const before = currentGroup(groupId);
        if (!before) return null;
        const members = before.members.filter((m) => m !== spanId);
        const after = await saveGroup({ id: before.id, statement: before.statement, members });
        return after ? groupCommand('leave claim group', before, after) : null;
      });
    },

    async setGroupStatement(groupId: string, statement: string): Promise<void> {
      await history.run(async () => {
        const before = currentGroup(groupId);
        if (!before || before.statement === statement) return null;
        const after = await saveGroup({ id: before.id, statement, members: [...before.members] });
        return after ? groupCommand('edit statement', before, after) : null;
      });
    },

    async deleteGroup(groupId: string): Promise<void> {
      await history.run(async () => {
        const before = currentGroup(groupId);
        if (!before || !(await removeGroup(groupId))) return null;
        return groupCommand('delete claim group', before, null);
      });
    },
  };
}
