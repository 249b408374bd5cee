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
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return JSON.stringify(sortKeys(value), null, 2) + '\n';
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => {
      const field = (value as Record<string, unknown>)[key];
      const rendered =
        Array.isArray(field) && field.length > 0 && field.every((x) => x !== null && typeof x === 'object')
          ? '[\n' + field.map((record) => '    ' + recordLine(record as object)).join(',\n') + '\n  ]'
          : JSON.stringify(sortKeys(field), null, 2).replace(/\n/g, '\n  ');
      return `  ${JSON.stringify(key)}: ${rendered}`;
    });
  return entries.length === 0 ? '{}\n' : '{\n' + entries.join(',\n') + '\n}\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}
