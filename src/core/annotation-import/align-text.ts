import type { Fragment } from '../model';

/**
 * Maps UTF-16 offsets of a text as a file holds it onto the text Collate keeps after importing it,
 * which differs only by line endings (CRLF and lone CR become LF) and a leading byte-order mark.
 * Returns undefined when the two texts differ in any other way.
 */
export function alignImportedText(raw: string, imported: string): ((offset: number) => number) | undefined {
  if (raw === imported) return (offset) => offset;
  const map = new Int32Array(raw.length + 1);
  let i = 0;
  let j = 0;
  if (raw.charCodeAt(0) === 0xfeff && imported.charCodeAt(0) !== 0xfeff) {
    map[0] = 0;
    i = 1;
  }
  while (i < raw.length) {
    map[i] = j;
    const c = raw[i];
    if (c === '\r' && raw[i + 1] === '\n' && imported[j] === '\n') {
      i++; // the CR of a CRLF disappears: it maps to where the LF lands
      continue;
    }
    if (c === imported[j] || (c === '\r' && imported[j] === '\n')) {
      i++;
      j++;
      continue;
    }
    return undefined;
  }
  if (j !== imported.length) return undefined;
  map[raw.length] = j;
  return (offset) => map[offset]!;
}

/** Moves fragments through an alignment; drops none, but says when one became empty. */
export function alignFragments(fragments: readonly Fragment[], at: (offset: number) => number): Fragment[] | undefined {
  const out = fragments.map((f) => ({ start: at(f.start), end: at(f.end) }));
  return out.every((f) => f.end > f.start) ? out : undefined;
}
