import type { Fragment } from '../model';
import { type OffsetIndex, splitsSurrogatePair, type OffsetUnit } from '../offsets';
import { fail, ok, type Result } from '../result';

/** Whitespace runs collapsed, for a lenient comparison of quoted texts. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Converts a span's pieces from the file's unit to UTF-16 and checks them against the text: inside
 * it, not empty, not cutting a surrogate pair, not only white space, in order without overlap.
 * Messages say what is wrong in the file's own unit, for the caller to prefix with file and line.
 */
export function toUtf16Fragments(
  text: string,
  index: OffsetIndex,
  pieces: readonly Fragment[],
  unit: OffsetUnit,
): Result<Fragment[]> {
  const length = unit === 'codepoint' ? index.codePointLength : index.utf16Length;
  const unitName = unit === 'codepoint' ? 'characters (code points)' : 'UTF-16 units';
  const out: Fragment[] = [];
  for (const p of pieces) {
    if (!Number.isInteger(p.start) || !Number.isInteger(p.end) || p.start < 0 || p.end < 0) {
      return fail('bad-offsets', `offsets ${p.start}–${p.end} are not whole non-negative numbers`);
    }
    if (p.end > length || p.start > length) {
      return fail('past-the-end', `offsets ${p.start}–${p.end} point past the end of the text (${length} ${unitName})`);
    }
    if (p.end <= p.start) return fail('empty-span', `offsets ${p.start}–${p.end} cover nothing`);
    const start = index.convert(p.start, unit, 'utf16');
    const end = index.convert(p.end, unit, 'utf16');
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
      return fail(
        'splits-character',
        `offsets ${p.start}–${p.end} cut a character (an emoji or other astral character) in half`,
      );
    }
    out.push({ start, end });
  }
  if (out.length === 0) return fail('empty-span', 'the span has no offsets');
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  if (out.some((f, i) => i > 0 && f.start < out[i - 1]!.end))
    return fail('overlapping-fragments', 'the pieces of the span overlap');
  if (out.every((f) => text.slice(f.start, f.end).trim() === ''))
    return fail('empty-span', 'the span covers only white space');
  return ok(out);
}

/**
 * Checks the text a file says a span covers against what its offsets cover: equal, or equal once
 * white space is collapsed (then with a warning). Returns the problem, or undefined when it matches.
 */
export function compareQuote(said: string, covered: string): { problem?: string; warning?: string } {
  if (said === covered) return {};
  if (squash(said) === squash(covered))
    return { warning: `its text differs from the offsets' text in white space only` };
  const clip = (s: string): string => JSON.stringify(s.length > 60 ? s.slice(0, 57) + '…' : s);
  return { problem: `the file says ${clip(said)} but the offsets cover ${clip(covered)}` };
}
