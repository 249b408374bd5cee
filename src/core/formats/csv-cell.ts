/**
 * One CSV cell by RFC 4180, safe to open in a spreadsheet: text starting with `=`, `+`, `-`, `@`,
 * tab or carriage return gets a leading `'` so it is never read as a formula; a cell with a comma,
 * quote, CR or LF is quoted, its quotes doubled. So is one with a semicolon, tab or pipe: spreadsheets
 * set to another separator would otherwise split `a;=1+2` and run `=1+2` as a formula.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;|\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV table: rows joined by CRLF, each ending with CRLF, as RFC 4180 writes them. */
export function csvTable(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
