/** A document's text seen as code points: where each UTF-16 index falls, and which points are whitespace. */
export interface CodePointText {
  /** Code point index of each UTF-16 index (and of `text.length`). */
  index: Uint32Array;
  /** 1 where the code point is not whitespace. */
  counted: Uint8Array;
  length: number;
}

export function codePointText(text: string): CodePointText {
  const index = new Uint32Array(text.length + 1);
  const counted: number[] = [];
  let point = 0;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    for (let k = 0; k < width; k++) index[i + k] = point;
    counted.push(/\s/u.test(String.fromCodePoint(code)) ? 0 : 1);
    i += width;
    point++;
  }
  index[text.length] = point;
  return { index, counted: Uint8Array.from(counted), length: point };
}

/** UTF-16 pieces of a span mapped to code points. */
export function piecesOf(
  cp: CodePointText,
  span: { start: number; end: number; fragments?: ReadonlyArray<{ start: number; end: number }> },
): Array<[number, number]> {
  const clamp = (n: number): number => cp.index[Math.min(Math.max(n, 0), cp.index.length - 1)]!;
  return (span.fragments ?? [span]).map((p) => [clamp(p.start), clamp(p.end)] as [number, number]);
}

/** 1 at every code point one of the pieces covers. */
export function coverageOf(length: number, pieces: Iterable<[number, number]>): Uint8Array {
  const delta = new Int32Array(length + 1);
  for (const [start, end] of pieces) {
    if (end <= start) continue;
    delta[start]!++;
    delta[end]!--;
  }
  const covered = new Uint8Array(length);
  let depth = 0;
  for (let i = 0; i < length; i++) {
    depth += delta[i]!;
    covered[i] = depth > 0 ? 1 : 0;
  }
  return covered;
}

/** Running totals of a coverage: `sum[end] - sum[start]` counts covered points in [start, end). */
export function prefixSums(covered: Uint8Array): Uint32Array {
  const sums = new Uint32Array(covered.length + 1);
  for (let i = 0; i < covered.length; i++) sums[i + 1] = sums[i]! + covered[i]!;
  return sums;
}
