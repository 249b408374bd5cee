/** Turns CRLF and lone CR into LF; says how many it changed so the import can note it. */
export function normalizeLineEndings(text: string): { text: string; changed: number } {
  if (!text.includes('\r')) return { text, changed: 0 };
  let changed = 0;
  const normalized = text.replace(/\r\n?/g, () => {
    changed++;
    return '\n';
  });
  return { text: normalized, changed };
}
