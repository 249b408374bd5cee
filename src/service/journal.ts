/**
 * The change journal beside a workspace file: one JSON line per saved edit, appended, so an edit
 * costs the size of what changed rather than the size of the file. The file itself is rewritten
 * (compacted) now and then, and records in `$seq` the last journal entry it contains, so entries
 * it already holds are skipped when the journal is read back.
 */

/** One field's change: a new value, the field's removal, or a splice of an array field. */
export type JournalOp =
  | { field: string; value: unknown }
  | { field: string; unset: true }
  | { field: string; at: number; remove: number; insert: unknown[] };

export interface JournalEntry {
  seq: number;
  ops: JournalOp[];
}

export const journalFile = (file: string): string => `${file}.journal`;

/**
 * What turns `previous` into `next`, field by field. Records are never changed in place, so an
 * array's unchanged prefix and suffix are found by identity and only the middle is written.
 */
export function diffFields(previous: object, next: object): JournalOp[] {
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const ops: JournalOp[] = [];
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const old = before[field];
    const now = after[field];
    if (old === now) continue;
    if (now === undefined) ops.push({ field, unset: true });
    else if (!Array.isArray(old) || !Array.isArray(now)) ops.push({ field, value: now });
    else {
      const splice = spliceOp(field, old, now);
      if (splice.remove > 0 || splice.insert.length > 0) ops.push(splice);
    }
  }
  return ops;
}

function spliceOp(
  field: string,
  old: unknown[],
  now: unknown[],
): { field: string; at: number; remove: number; insert: unknown[] } {
  let prefix = 0;
  const shorter = Math.min(old.length, now.length);
  while (prefix < shorter && old[prefix] === now[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && old[old.length - 1 - suffix] === now[now.length - 1 - suffix]) suffix++;
  return { field, at: prefix, remove: old.length - prefix - suffix, insert: now.slice(prefix, now.length - suffix) };
}

/** Replays a journal entry's changes on a copy of `data`; throws if they do not fit it. */
export function applyOps<T extends object>(data: T, ops: JournalOp[]): T {
  const result: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const op of ops) {
    if ('unset' in op) delete result[op.field];
    else if ('value' in op) result[op.field] = op.value;
    else {
      const array = result[op.field];
      if (!Array.isArray(array) || op.at + op.remove > array.length)
        throw new Error(`a change to "${op.field}" does not fit the file`);
      const copy = [...array];
      copy.splice(op.at, op.remove, ...op.insert);
      result[op.field] = copy;
    }
  }
  return result as T;
}

export const formatEntry = (entry: JournalEntry): string => JSON.stringify(entry) + '\n';

export interface ReadJournal {
  entries: JournalEntry[];
  /** Bytes of whole lines; anything after it is a line cut short by a crash and was never acknowledged. */
  goodLength: number;
  /** The first line that is not a journal entry although whole lines follow it. */
  damagedAt?: number;
}

/** Parses a journal, tolerating a last line cut short by a crash. */
export function parseJournal(text: string): ReadJournal {
  const entries: JournalEntry[] = [];
  let offset = 0;
  let lineNumber = 0;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1) break;
    lineNumber++;
    const entry = parseEntry(text.slice(offset, newline));
    if (!entry) return { entries, goodLength: Buffer.byteLength(text.slice(0, offset)), damagedAt: lineNumber };
    entries.push(entry);
    offset = newline + 1;
  }
  return { entries, goodLength: Buffer.byteLength(text.slice(0, offset)) };
}

function parseEntry(line: string): JournalEntry | null {
  try {
    const value = JSON.parse(line) as JournalEntry;
    return Number.isInteger(value?.seq) && Array.isArray(value.ops) && value.ops.every(isOp) ? value : null;
  } catch {
    return null;
  }
}

function isOp(op: unknown): op is JournalOp {
  if (op === null || typeof op !== 'object' || typeof (op as { field?: unknown }).field !== 'string') return false;
  const o = op as Record<string, unknown>;
  if ('value' in o || o.unset === true) return true;
  return (
    Number.isInteger(o.at) &&
    Number.isInteger(o.remove) &&
    (o.at as number) >= 0 &&
    (o.remove as number) >= 0 &&
    Array.isArray(o.insert)
  );
}
