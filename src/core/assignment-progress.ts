/** What progress needs of an assignment: whose it is and whether it is done. */
export interface AssignmentState {
  readonly annotator: string;
  readonly documentId: string;
  /** When it was marked done (ISO 8601); absent while open. */
  readonly done?: string;
}

/** One annotator's line of the progress table. */
export interface AnnotatorProgress {
  annotator: string;
  assigned: number;
  done: number;
  open: number;
}

/** Documents assigned, done and open per annotator, by name: what `collate assign --status` prints and the UI shows. */
export function assignmentProgress(assignments: readonly AssignmentState[]): AnnotatorProgress[] {
  const rows = new Map<string, AnnotatorProgress>();
  for (const a of assignments) {
    const row = rows.get(a.annotator) ?? { annotator: a.annotator, assigned: 0, done: 0, open: 0 };
    row.assigned++;
    if (a.done) row.done++;
    else row.open++;
    rows.set(a.annotator, row);
  }
  return [...rows.values()].sort((a, b) => (a.annotator < b.annotator ? -1 : a.annotator > b.annotator ? 1 : 0));
}
