import type { AssignmentList } from '../../../api/contract';
import { checkAnnotatorName } from '../../../core/layers/layer-name';
import type { ActionContext } from './action-context';

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

export type AssignmentActions = ReturnType<typeof createAssignmentActions>;

/** Assignments: load them, assign documents to an annotator (with undo), and mark mine done or open. */
export function createAssignmentActions({ api, store, history, must, alert }: ActionContext) {
  const keep = (list: AssignmentList): void => store.set((s) => ({ ...s, assignments: list }));

  async function loadAssignments(): Promise<void> {
    const list = await api.listAssignments({});
    if (list.ok) keep(list.value);
    else alert(`Could not read the assignments: ${list.error.message}`);
  }

  async function assign(annotator: string, ids: readonly string[], unassign: boolean): Promise<boolean> {
    const call = unassign ? api.unassignDocuments : api.assignDocuments;
    const list = await must('Could not change the assignments', () => call({ annotator, ids: [...ids] }));
    if (list) keep(list);
    return list !== null;
  }

  /** Marks my assigned documents among `ids` done (or open again); false when the service refused. */
  async function markMine(ids: readonly string[], done: boolean): Promise<boolean> {
    const { me, assignments } = store.get().assignments;
    const mine = new Set(assignments.filter((a) => a.annotator === me).map((a) => a.documentId));
    const assigned = ids.filter((id) => mine.has(id));
    if (assigned.length === 0) return true;
    const list = await must('Could not mark the assignment', () => api.markAssignmentsDone({ ids: assigned, done }));
    if (list) keep(list);
    return list !== null;
  }

  return {
    loadAssignments,
    markMyAssignments: markMine,

    /** Puts documents in an annotator's queue; undo takes out only those this added. */
    async assignDocuments(annotatorText: string, ids: readonly string[]): Promise<void> {
      const checked = checkAnnotatorName(annotatorText);
      if (!checked.ok) return alert(checked.error.message);
      const annotator = checked.value;
      const had = new Set(
        store
          .get()
          .assignments.assignments.filter((a) => a.annotator === annotator)
          .map((a) => a.documentId),
      );
      const added = ids.filter((id) => !had.has(id));
      if (added.length === 0) return alert(`Already assigned to ${annotator}.`);
      await history.run(async () => {
        if (!(await assign(annotator, added, false))) return null;
        store.set((s) => ({ ...s, libraryNotice: `Assigned ${plural(added.length, 'document')} to ${annotator}.` }));
        return {
          name: `assign ${plural(added.length, 'document')}`,
          undo: () => assign(annotator, added, true),
          redo: () => assign(annotator, added, false),
        };
      });
    },
  };
}
