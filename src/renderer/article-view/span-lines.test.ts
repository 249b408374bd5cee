import { describe, expect, it } from 'vitest';
import type { HighlightSpan } from './span-decorations';
import { SpanLines } from './span-lines';

/** Lines of ten characters each. */
const forLines = (span: HighlightSpan, visit: (k: number) => void): void => {
  for (let k = Math.floor(span.start / 10); k <= Math.floor((span.end - 1) / 10); k++) visit(k);
};
const span = (id: string, start: number, end: number, orphaned = false): HighlightSpan =>
  ({ id, label: 'Claim', start, end, ...(orphaned ? { orphaned } : {}) }) as HighlightSpan;

describe('SpanLines', () => {
  it('indexes a list by line, with lanes that keep overlapping spans apart', () => {
    const lines = new SpanLines(5, forLines);
    const a = span('a', 2, 25);
    const b = span('b', 12, 14);
    expect(lines.update([a, b], () => {})).toBe(false);
    expect(lines.on(0)).toEqual([a]);
    expect(lines.on(1)).toEqual([a, b]);
    expect(lines.has(3)).toBe(false);
    expect(lines.lane('a')).not.toBe(lines.lane('b'));
  });

  it("updates only the lines of one added, replaced or removed span, and keeps the others' lanes", () => {
    const lines = new SpanLines(5, forLines);
    const a = span('a', 2, 25);
    const b = span('b', 12, 14);
    const list = [a, b];
    lines.update(list, () => {});
    const laneOfA = lines.lane('a');
    const c = span('c', 31, 35);
    const dirty: number[] = [];
    expect(lines.update([...list, c], (k) => dirty.push(k))).toBe(true);
    expect(dirty).toEqual([3]);
    expect(lines.span('c')).toBe(c);
    expect(lines.lane('a')).toBe(laneOfA);

    const dropped: number[] = [];
    expect(lines.update([b, c], (k) => dropped.push(k))).toBe(true);
    expect(dropped).toEqual([0, 1, 2]);
    expect(lines.on(0)).toEqual([]);
    expect(lines.span('a')).toBeUndefined();
  });

  it('keeps orphaned spans findable but on no line, and indexes afresh when asked', () => {
    const lines = new SpanLines(5, forLines);
    const o = span('o', 0, 5, true);
    lines.update([o], () => {});
    expect(lines.span('o')).toBe(o);
    expect(lines.has(0)).toBe(false);
    expect(lines.update(lines.list, () => {}, true)).toBe(false);
  });
});
