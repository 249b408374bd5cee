import { splitsSurrogatePair } from './offsets';
import { fail, ok, type Result } from './result';

export interface Range {
  start: number;
  end: number;
}

/**
 * Checks a requested span against its text: inside the text, not empty, and widened so that it
 * never cuts a surrogate pair (an emoji is tagged whole or not at all).
 */
export function validateSpanRange(text: string, range: Range): Result<Range> {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    return fail('out-of-range', `Span ${start}–${end} lies outside the text (length ${text.length}).`);
  }
  if (end <= start) return fail('empty-span', 'A span must cover at least one character.');
  const s = splitsSurrogatePair(text, start) ? start - 1 : start;
  const e = splitsSurrogatePair(text, end) ? end + 1 : end;
  if (text.slice(s, e).trim() === '') return fail('empty-span', 'A span must cover more than white space.');
  return ok({ start: s, end: e });
}
