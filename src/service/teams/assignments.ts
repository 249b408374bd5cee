import { z } from 'zod';
import { CollateError } from '../../core/collate-error';
import { checkAnnotatorName } from '../../core/layers/layer-name';
import { derivedId } from '../../core/merge/derived-id';
import { JsonStore } from '../json-store';
import type { WorkspaceService } from '../workspace-service';

/** Who annotates which documents: one record per annotator and document, merged by id in git. */
export const ASSIGNMENTS_FILE = 'assignments.json';

const Assignment = z.object({
  id: z.string(),
  annotator: z.string(),
  documentId: z.string(),
  assigned: z.string(),
  done: z.string().optional(),
});
export type Assignment = z.infer<typeof Assignment>;

const assignmentsKind = {
  format: 'assignments',
  description: 'assignments file',
  schema: z.object({ assignments: z.array(Assignment) }),
};

/** The same annotator and document give the same id on every machine, so two leads' assignments merge as one. */
const assignmentId = (annotator: string, documentId: string): string =>
  derivedId('a', `${annotator}\u0000${documentId}`);

function annotatorName(name: string): string {
  const checked = checkAnnotatorName(name);
  if (!checked.ok) throw new CollateError(checked.error.code, checked.error.message);
  return checked.value;
}

async function change(service: WorkspaceService, edit: (list: Assignment[]) => Assignment[]): Promise<Assignment[]> {
  const store = await JsonStore.open(service.root, ASSIGNMENTS_FILE, assignmentsKind, { assignments: [] });
  const result = await store.update((data) => {
    const assignments = edit(data.assignments);
    return { next: { assignments }, result: assignments };
  });
  store.flushSync();
  return result;
}

/** The workspace's assignments (none before the first). */
export async function listAssignments(service: WorkspaceService): Promise<Assignment[]> {
  const store = await JsonStore.open(service.root, ASSIGNMENTS_FILE, assignmentsKind, { assignments: [] });
  return store.data.assignments;
}

/** Assigns documents to an annotator; a document already assigned to them is left as it is. */
export function assignDocuments(
  service: WorkspaceService,
  annotator: string,
  documentIds: string[],
): Promise<Assignment[]> {
  const name = annotatorName(annotator);
  for (const id of documentIds) service.document(id);
  const now = service.now().toISOString();
  return change(service, (list) => {
    const known = new Set(list.map((a) => a.id));
    const added = documentIds
      .filter((id) => !known.has(assignmentId(name, id)))
      .map((documentId) => ({ id: assignmentId(name, documentId), annotator: name, documentId, assigned: now }));
    return [...list, ...added];
  });
}

/** Marks an annotator's assigned document done. */
export function markDone(service: WorkspaceService, annotator: string, documentId: string): Promise<Assignment[]> {
  const name = annotatorName(annotator);
  const id = assignmentId(name, documentId);
  const now = service.now().toISOString();
  return change(service, (list) => {
    if (!list.some((a) => a.id === id)) {
      throw new CollateError('not-assigned', `Document "${documentId}" is not assigned to ${name}.`);
    }
    return list.map((a) => (a.id === id && !a.done ? { ...a, done: now } : a));
  });
}

/** One line per annotator: documents assigned, done, open. */
export function progressTable(assignments: readonly Assignment[]): string {
  const names = [...new Set(assignments.map((a) => a.annotator))].sort();
  const rows = names.map((name) => {
    const mine = assignments.filter((a) => a.annotator === name);
    const done = mine.filter((a) => a.done).length;
    return [name, String(mine.length), String(done), String(mine.length - done)];
  });
  const lines = [['annotator', 'assigned', 'done', 'open'], ...rows].map((cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(20) : c.padStart(9))).join(''),
  );
  return lines.join('\n') + '\n';
}
