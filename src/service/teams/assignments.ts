import { z } from 'zod';
import { AssignmentSchema, type Assignment } from '../../api/team-schemas';
import { assignmentProgress } from '../../core/assignment-progress';
import { CollateError } from '../../core/collate-error';
import { checkAnnotatorName } from '../../core/layers/layer-name';
import { derivedId } from '../../core/merge/derived-id';
import { JsonStore } from '../json-store';

export type { Assignment };

/** Who annotates which documents: one record per annotator and document, merged by id in git. */
export const ASSIGNMENTS_FILE = 'assignments.json';

const assignmentsKind = {
  format: 'assignments',
  description: 'assignments file',
  schema: z.object({ assignments: z.array(AssignmentSchema) }),
};

/** What assignments need of the workspace: its folder, its documents (to check ids) and the clock. */
interface AssignmentHost {
  readonly root: string;
  /** Throws when there is no such document. */
  document(id: string): unknown;
  now(): Date;
}

/** The same annotator and document give the same id on every machine, so two leads' assignments merge as one. */
const assignmentId = (annotator: string, documentId: string): string =>
  derivedId('a', `${annotator}\u0000${documentId}`);

function annotatorName(name: string): string {
  const checked = checkAnnotatorName(name);
  if (!checked.ok) throw new CollateError(checked.error.code, checked.error.message);
  return checked.value;
}

async function change(host: AssignmentHost, edit: (list: Assignment[]) => Assignment[]): Promise<Assignment[]> {
  const store = await JsonStore.open(host.root, ASSIGNMENTS_FILE, assignmentsKind, { assignments: [] });
  const result = await store.update((data) => {
    const assignments = edit(data.assignments);
    return { next: { assignments }, result: assignments };
  });
  store.flushSync();
  return result;
}

/** The workspace's assignments (none before the first). */
export async function listAssignments(host: Pick<AssignmentHost, 'root'>): Promise<Assignment[]> {
  const store = await JsonStore.open(host.root, ASSIGNMENTS_FILE, assignmentsKind, { assignments: [] });
  return store.data.assignments;
}

/** Assigns documents to an annotator; a document already assigned to them is left as it is. */
export function assignDocuments(host: AssignmentHost, annotator: string, documentIds: string[]): Promise<Assignment[]> {
  const name = annotatorName(annotator);
  for (const id of documentIds) host.document(id);
  const now = host.now().toISOString();
  return change(host, (list) => {
    const known = new Set(list.map((a) => a.id));
    const added = [...new Set(documentIds)]
      .filter((id) => !known.has(assignmentId(name, id)))
      .map((documentId) => ({ id: assignmentId(name, documentId), annotator: name, documentId, assigned: now }));
    return [...list, ...added];
  });
}

/** Takes documents out of an annotator's queue (the UI's undo of an assignment); others' are untouched. */
export function unassignDocuments(
  host: AssignmentHost,
  annotator: string,
  documentIds: string[],
): Promise<Assignment[]> {
  const name = annotatorName(annotator);
  const gone = new Set(documentIds.map((id) => assignmentId(name, id)));
  return change(host, (list) => list.filter((a) => !gone.has(a.id)));
}

/**
 * Marks an annotator's assigned documents done, or open again with `done` false. Every document must
 * be assigned to them, else nothing changes.
 */
export function markDone(
  host: AssignmentHost,
  annotator: string,
  documentIds: string[],
  done = true,
): Promise<Assignment[]> {
  const name = annotatorName(annotator);
  const ids = new Set(documentIds.map((id) => assignmentId(name, id)));
  const now = host.now().toISOString();
  return change(host, (list) => {
    const known = new Set(list.map((a) => a.id));
    const missing = documentIds.find((id) => !known.has(assignmentId(name, id)));
    if (missing !== undefined) {
      throw new CollateError('not-assigned', `Document "${missing}" is not assigned to ${name}.`);
    }
    return list.map((a) => {
      if (!ids.has(a.id)) return a;
      if (done) return a.done ? a : { ...a, done: now };
      const { done: _was, ...open } = a;
      return open;
    });
  });
}

/** One line per annotator: documents assigned, done, open. */
export function progressTable(assignments: readonly Assignment[]): string {
  const rows = assignmentProgress(assignments).map((r) => [r.annotator, r.assigned, r.done, r.open].map(String));
  const lines = [['annotator', 'assigned', 'done', 'open'], ...rows].map((cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(20) : c.padStart(9))).join(''),
  );
  return lines.join('\n') + '\n';
}
