import { TEXT_PIECE, textPieces } from './text-pieces';

// Records are never changed in place (every edit makes a new object), so a record's line can be
// kept and reused: saving a file after one edit serialises one record, not all of them.
const recordLines = new WeakMap<object, string>();

function recordLine(record: object): string {
  let line = recordLines.get(record);
  if (line === undefined) {
    line = JSON.stringify(sortKeys(record));
    recordLines.set(record, line);
  }
  return line;
}

/**
 * JSON for files people keep in git: keys sorted, two-space indentation, and each record of a
 * top-level array on one line, so two analysts' edits to different spans merge cleanly.
 */
export function stableStringify(value: unknown): string {
  return [...stableJsonPieces(value)].join('');
}

/**
 * The text of stableStringify in pieces, for writing a file without ever holding its whole text: a
 * record is one piece, and a long string (a document's text) is written in pieces of its own.
 */
export function* stableJsonPieces(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    yield JSON.stringify(sortKeys(value), null, 2) + '\n';
    return;
  }
  const fields = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined);
  if (fields.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [index, key] of fields.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    const field = (value as Record<string, unknown>)[key];
    if (Array.isArray(field) && field.length > 0 && field.every((x) => x !== null && typeof x === 'object')) {
      yield '[\n';
      for (const [at, record] of field.entries()) yield (at === 0 ? '    ' : ',\n    ') + recordLine(record as object);
      yield '\n  ]';
    } else if (typeof field === 'string') yield* jsonStringPieces(field);
    else yield JSON.stringify(sortKeys(field), null, 2).replace(/\n/g, '\n  ');
    yield index < fields.length - 1 ? ',\n' : '\n}\n';
  }
}

/** A string as JSON, a long one in pieces (its escapes are the same as the whole string's). */
function* jsonStringPieces(text: string): Generator<string> {
  if (text.length <= TEXT_PIECE) {
    yield JSON.stringify(text);
    return;
  }
  yield '"';
  for (const piece of textPieces(text)) yield JSON.stringify(piece).slice(1, -1);
  yield '"';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}

/**
 * Whether two JSON values are equal as JSON, whatever the order of their keys (an index written at
 * import and a summary made from the file list the same fields in different orders).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  const defined = (o: object): string[] =>
    Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const [keysA, keysB] = [defined(a), defined(b)];
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
