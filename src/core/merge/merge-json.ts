import { derivedId } from './derived-id';

type Json = unknown;
type JsonRecord = Record<string, Json>;

/** The outcome of a three-way merge: the merged value and what could not be reconciled. */
export interface MergeOutcome {
  value: Json;
  /** Plain-words notes: `path: …`, one per true conflict. */
  conflicts: string[];
}

const isRecord = (v: Json): v is JsonRecord => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * One text per value, whatever its key order. Parsed values are not changed during a merge, so each
 * object's text is kept: a file's records are written out once, not once per comparison at each level.
 */
const canonicalOf = new WeakMap<object, string>();

/** Whether every object inside has its keys in sorted order and no undefined value. */
function inKeyOrder(value: Json): boolean {
  if (value === null || typeof value !== 'object') return value !== undefined;
  if (Array.isArray(value)) return value.every(inKeyOrder);
  let previous: string | null = null;
  for (const key in value as JsonRecord) {
    if (previous !== null && !(previous < key)) return false;
    if (!inKeyOrder((value as JsonRecord)[key])) return false;
    previous = key;
  }
  return true;
}

function canonical(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  const known = canonicalOf.get(value);
  if (known !== undefined) return known;
  let text: string;
  // Files written by Collate have their keys in order already: then the engine's own writer gives the same text.
  if (inKeyOrder(value)) text = JSON.stringify(value);
  else if (Array.isArray(value)) text = `[${value.map(canonical).join(',')}]`;
  else {
    const record = value as JsonRecord;
    text = `{${Object.keys(record)
      .sort()
      .filter((k) => record[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`)
      .join(',')}}`;
  }
  canonicalOf.set(value, text);
  return text;
}

const same = (a: Json, b: Json): boolean => canonical(a) === canonical(b);

/** Records are matched by `id`, or by `name` (labels, relation types, attributes). */
function keyOf(items: Json[]): 'id' | 'name' | null {
  if (items.length === 0) return null;
  for (const key of ['id', 'name'] as const) {
    if (items.every((x) => isRecord(x) && typeof x[key] === 'string')) return key;
  }
  return null;
}

const GENERATED = /^([a-z])-[0-9a-hjkmnp-tv-z]{12}$/;

function mergeRecords(
  key: 'id' | 'name',
  base: JsonRecord[],
  ours: JsonRecord[],
  theirs: JsonRecord[],
  path: string,
  conflicts: string[],
): JsonRecord[] {
  const index = (list: JsonRecord[]): Map<string, JsonRecord> => new Map(list.map((r) => [r[key] as string, r]));
  const [b, o, t] = [index(base), index(ours), index(theirs)];
  const out: JsonRecord[] = [];
  const added: JsonRecord[] = [];
  const take = (id: string): void => {
    const [was, mine, other] = [b.get(id), o.get(id), t.get(id)];
    if (mine && other && same(mine, other)) return void out.push(mine);
    if (!mine && !other) return;
    if (!other) return void ((was === undefined || !same(was, mine)) && out.push(mine!));
    if (!mine) return void ((was === undefined || !same(was, other)) && out.push(other));
    if (was !== undefined && same(was, mine)) return void out.push(other);
    if (was !== undefined && same(was, other)) return void out.push(mine);
    if (isRecord(was) && isRecord(mine) && isRecord(other)) {
      const fields = mergeValue(was, mine, other, `${path}[${id}]`, []);
      if (fields.conflicts.length === 0) return void out.push(fields.value as JsonRecord);
    }
    const generated = GENERATED.exec(id);
    if (key === 'id' && generated) {
      const copyId = derivedId(generated[1]!, `${id}\u0000${canonical(other)}`);
      out.push({ ...mine, conflict: { with: copyId } });
      added.push({ ...other, id: copyId, conflict: { with: id } });
      conflicts.push(`${path}[${id}]: changed differently on both sides; both versions kept (${id} and ${copyId})`);
    } else {
      out.push(mine);
      conflicts.push(`${path}[${id}]: defined differently on both sides; ours kept, theirs was ${canonical(other)}`);
    }
  };
  for (const r of ours) take(r[key] as string);
  for (const r of theirs) if (!o.has(r[key] as string)) take(r[key] as string);
  return [...out, ...added];
}

/** Items of a list of plain values: what either side removed is gone, what either side added is in. */
function mergeSet(base: Json[], ours: Json[], theirs: Json[]): Json[] {
  const key = (v: Json): string => canonical(v);
  const inBase = new Set(base.map(key));
  const [inOurs, inTheirs] = [new Set(ours.map(key)), new Set(theirs.map(key))];
  const kept = ours.filter((v) => !inBase.has(key(v)) || inTheirs.has(key(v)));
  const seen = new Set(kept.map(key));
  for (const v of theirs) {
    if (seen.has(key(v)) || (inBase.has(key(v)) && !inOurs.has(key(v)))) continue;
    kept.push(v);
    seen.add(key(v));
  }
  return kept;
}

function mergeFields(
  base: Json,
  ours: JsonRecord,
  theirs: JsonRecord,
  path: string,
  conflicts: string[],
): MergeOutcome {
  const was = isRecord(base) ? base : {};
  const value: JsonRecord = {};
  for (const field of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const merged = mergeValue(was[field], ours[field], theirs[field], path ? `${path}.${field}` : field, conflicts);
    if (merged.value !== undefined) value[field] = merged.value;
  }
  return { value, conflicts };
}

/**
 * Merges three versions of a JSON value: what one side changed is taken; objects merge field by field,
 * lists of records by `id` (or `name`), lists of plain values as sets. A record changed differently on
 * both sides is kept twice when it has a generated id (ours, and theirs under a new id, each with a
 * `conflict` naming the other); otherwise ours is kept and the conflict is noted.
 */
export function mergeValue(base: Json, ours: Json, theirs: Json, path = '', conflicts: string[] = []): MergeOutcome {
  // Objects merge field by field, which gives what the shortcuts below would, without writing out a
  // whole file three times to compare it.
  if (isRecord(ours) && isRecord(theirs)) return mergeFields(base, ours, theirs, path, conflicts);
  if (same(ours, theirs)) return { value: ours, conflicts };
  if (base !== undefined && same(base, ours)) return { value: theirs, conflicts };
  if (base !== undefined && same(base, theirs)) return { value: ours, conflicts };
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    const was = Array.isArray(base) ? base : [];
    const key = keyOf([...was, ...ours, ...theirs]);
    if (key) {
      const value = mergeRecords(
        key,
        was as JsonRecord[],
        ours as JsonRecord[],
        theirs as JsonRecord[],
        path,
        conflicts,
      );
      return { value, conflicts };
    }
    if ([...was, ...ours, ...theirs].every((v) => !isRecord(v) && !Array.isArray(v))) {
      return { value: mergeSet(was, ours, theirs), conflicts };
    }
  }
  if (ours === undefined || theirs === undefined) return { value: ours ?? theirs, conflicts };
  // Two edits of one record both stamp `modified`: the later stamp is no conflict of its own.
  if (path.endsWith('.modified') && typeof ours === 'string' && typeof theirs === 'string') {
    return { value: ours > theirs ? ours : theirs, conflicts };
  }
  conflicts.push(
    `${path}: changed differently on both sides; ours kept (${canonical(ours)}), theirs was ${canonical(theirs)}`,
  );
  return { value: ours, conflicts };
}
