import { fail, ok, type Result } from '../result';
import { mergeValue } from './merge-json';

const FORMAT_KEY = '$collate';
const VERSION_KEY = '$version';
const SEQ_KEY = '$seq';

export interface MergedFile {
  value: Record<string, unknown>;
  conflicts: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Three-way merge of one workspace file (parsed JSON), record by record. `$seq` becomes the larger of
 * both sides, so no journal entry the file already holds is replayed onto it. The manifest
 * (`$collate: workspace`) records its unresolved conflicts in `conflicts`. `base` is null when the
 * file was added on both sides.
 */
export function mergeWorkspaceFile(base: unknown, ours: unknown, theirs: unknown): Result<MergedFile> {
  if (!isObject(ours) || !isObject(theirs)) return fail('not-mergeable', 'both sides must be JSON objects');
  if (ours[FORMAT_KEY] !== theirs[FORMAT_KEY]) {
    return fail(
      'not-mergeable',
      `the sides hold different files (${String(ours[FORMAT_KEY])}, ${String(theirs[FORMAT_KEY])})`,
    );
  }
  if (ours[VERSION_KEY] !== theirs[VERSION_KEY]) {
    return fail('not-mergeable', `the sides were written by different format versions; open each in Collate first`);
  }
  const was = isObject(base) ? base : {};
  const strip = (o: Record<string, unknown>): Record<string, unknown> => {
    const { [SEQ_KEY]: _seq, conflicts: _conflicts, ...rest } = o;
    return rest;
  };
  const merged = mergeValue(strip(was), strip(ours), strip(theirs));
  const value = merged.value as Record<string, unknown>;
  const seqs = [ours[SEQ_KEY], theirs[SEQ_KEY]].filter((s): s is number => typeof s === 'number');
  if (seqs.length > 0) value[SEQ_KEY] = Math.max(...seqs);
  if (ours[FORMAT_KEY] === 'workspace') {
    const notes = mergeNotes(ours.conflicts, theirs.conflicts, merged.conflicts);
    if (notes.length > 0) value.conflicts = notes;
  }
  return ok({ value, conflicts: merged.conflicts });
}

function mergeNotes(...lists: unknown[]): string[] {
  const notes = new Set<string>();
  for (const list of lists) if (Array.isArray(list)) for (const n of list) if (typeof n === 'string') notes.add(n);
  return [...notes];
}
