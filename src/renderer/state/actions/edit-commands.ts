import type { ClaimGroup, Relation, SpanAnnotation } from '../../../core/model';
import type { Command } from '../undo-stack';
import type { Edits, RemovedLinks } from './edits';

export type EditCommands = ReturnType<typeof createEditCommands>;

/** What saving a group back needs (a curated group stays curated). */
const groupRecord = (g: ClaimGroup) => ({
  id: g.id,
  statement: g.statement,
  members: [...g.members],
  ...(g.layer ? { layer: g.layer } : {}),
});

/** Undoable commands built from primitive edits. */
export function createEditCommands(edits: Edits, refreshLinks: () => Promise<void>) {
  const { restoreSpan, removeSpan, restoreRelation, removeRelation, saveGroup, removeGroup } = edits;

  async function putLinksBack(links: RemovedLinks): Promise<void> {
    for (const r of links.relations) await restoreRelation(r);
    for (const g of links.claimGroups) await saveGroup(groupRecord(g));
  }

  /** A span deleted with the links it took along. */
  function deleteCommand(span: SpanAnnotation, links: RemovedLinks): Command {
    let saved = links;
    return {
      name: `delete ${span.label}`,
      async undo() {
        if (!(await restoreSpan(span))) return false;
        await putLinksBack(saved);
        await refreshLinks();
        return true;
      },
      async redo() {
        const again = await removeSpan(span);
        if (again) saved = again;
        return !!again;
      },
    };
  }

  /** A span made; undoing it removes it, and redoing it brings back the links made to it meanwhile. */
  function createSpanCommand(span: SpanAnnotation): Command {
    let links: RemovedLinks = { relations: [], claimGroups: [] };
    return {
      name: `tag ${span.label}`,
      async undo() {
        const gone = await removeSpan(span);
        if (gone) links = gone;
        return !!gone;
      },
      async redo() {
        if (!(await restoreSpan(span))) return false;
        await putLinksBack(links);
        return true;
      },
    };
  }

  function relationCommand(relation: Relation): Command {
    return {
      name: `link ${relation.type}`,
      undo: () => removeRelation(relation.id),
      redo: () => restoreRelation(relation),
    };
  }

  /** Replacing a group's members or statement; `before` null when the group was new, `after` null when deleted. */
  function groupCommand(name: string, before: ClaimGroup | null, after: ClaimGroup | null): Command {
    const put = async (g: ClaimGroup | null, other: ClaimGroup | null): Promise<boolean> => {
      if (g) return !!(await saveGroup(groupRecord(g)));
      return other ? removeGroup(other.id) : true;
    };
    return { name, undo: () => put(before, after), redo: () => put(after, before) };
  }

  /** Steps done in order as one command, undone in reverse. */
  function sequence(name: string, steps: readonly Command[]): Command {
    return {
      name,
      async undo() {
        for (const s of [...steps].reverse()) if (!(await s.undo())) return false;
        return true;
      },
      async redo() {
        for (const s of steps) if (!(await s.redo())) return false;
        return true;
      },
    };
  }

  return { deleteCommand, createSpanCommand, relationCommand, groupCommand, sequence };
}
