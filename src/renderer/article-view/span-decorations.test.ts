import { describe, expect, it } from 'vitest';
import { assignLanes, freeLane, piecesOf, spanAttrs, spanClass, suggestionAttrs } from './span-decorations';
import { hexToRgba, labelRules } from './label-styles';
import { pickInnermost } from './hit-test';

describe('assignLanes', () => {
  it('puts overlapping spans in different lanes and reuses free lanes', () => {
    const lanes = assignLanes([
      { id: 'outer', label: 'Claim', start: 0, end: 20 },
      { id: 'inner', label: 'Source', start: 5, end: 10 },
      { id: 'cross', label: 'Claim', start: 8, end: 25 },
      { id: 'later', label: 'Claim', start: 30, end: 35 },
    ]);
    expect(lanes.get('outer')).toBe(0);
    expect(lanes.get('inner')).toBe(1);
    expect(lanes.get('cross')).toBe(2);
    expect(lanes.get('later')).toBe(0);
  });

  it('gives a new span the lowest lane its neighbours leave free', () => {
    const spans = [
      { id: 'a', label: 'Claim', start: 0, end: 10 },
      { id: 'b', label: 'Claim', start: 5, end: 15 },
    ];
    const lanes = assignLanes(spans);
    expect(freeLane({ id: 'n', label: 'Claim', start: 12, end: 20 }, spans, lanes)).toBe(0);
    expect(freeLane({ id: 'n', label: 'Claim', start: 6, end: 8 }, spans, lanes)).toBe(2);
  });

  it('stays quick for 25,000 spans', () => {
    const spans = Array.from({ length: 25_000 }, (_, i) => ({
      id: `s${i}`,
      label: 'Claim',
      start: i * 20,
      end: i * 20 + 30 + (i % 7) * 10,
    }));
    const t0 = performance.now();
    expect(assignLanes(spans).size).toBe(25_000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('span attributes', () => {
  const flags = {
    selectedId: 'b',
    peerIds: new Set(['c']),
    linkedIds: new Set<string>(),
    contradictedIds: new Set<string>(),
  };

  it('marks the selected span, its group peers and fragments', () => {
    expect(spanClass({ id: 'b', label: 'Source', start: 0, end: 1 }, flags)).toBe('collate-span is-selected');
    expect(
      spanClass(
        {
          id: 'c',
          label: 'Claim',
          start: 0,
          end: 1,
          fragments: [
            { start: 0, end: 1 },
            { start: 2, end: 3 },
          ],
        },
        flags,
      ),
    ).toBe('collate-span is-peer is-fragment');
  });

  it('names the span, its label and its lane; only a very deep lane needs a style of its own', () => {
    const attrs = spanAttrs({ id: 'b', label: 'Source', start: 4, end: 12 }, 1, 'collate-span is-selected');
    expect(attrs).toEqual({ class: 'collate-span is-selected lane-1', 'data-span-id': 'b', 'data-label': 'Source' });
    expect(spanAttrs({ id: 'a', label: 'Claim', start: 0, end: 1 }, 20, 'collate-span')['style']).toBe(
      'text-underline-offset: 83px',
    );
  });

  it('colours each label by one stylesheet rule, and each lane underlines deeper', () => {
    const rules = labelRules(
      new Map([
        ['Source', '#2f80ed'],
        ['Say "so"', '#f2b705'],
      ]),
    );
    expect(rules).toContain(
      `.collate-span[data-label="Source"] { background-color: ${hexToRgba('#2f80ed', 0.26)}; text-decoration: underline 2px #2f80ed }`,
    );
    expect(rules).toContain('.collate-span.lane-0 { text-underline-offset: 3px }');
    expect(rules).toContain('.collate-span.lane-1 { text-underline-offset: 7px }');
    expect(rules.some((r) => r.startsWith('.collate-span[data-label="Say \\22 so\\22 "]'))).toBe(true);
    expect(rules.find((r) => r.startsWith('.collate-suggestion[data-label="Source"]'))).toContain(
      'outline: 1px dashed',
    );
  });

  it('outlines a suggestion and says why it was made', () => {
    const attrs = suggestionAttrs({
      id: 'x',
      label: 'Source',
      start: 0,
      end: 4,
      reason: 'a named minister',
      score: 0.8,
    });
    expect(attrs['class']).toBe('collate-suggestion');
    expect(attrs['title']).toBe('Suggested Source: a named minister (score 0.80)');
  });

  it('highlights only the pieces of a discontinuous span', () => {
    expect(
      piecesOf({
        start: 0,
        end: 9,
        fragments: [
          { start: 0, end: 2 },
          { start: 7, end: 9 },
        ],
      }),
    ).toEqual([
      { start: 0, end: 2 },
      { start: 7, end: 9 },
    ]);
    expect(piecesOf({ start: 3, end: 5 })).toEqual([{ start: 3, end: 5 }]);
  });
});

describe('pickInnermost', () => {
  it('prefers the shortest span', () => {
    expect(
      pickInnermost([
        { id: 'o', label: 'Claim', start: 0, end: 10 },
        { id: 'i', label: 'Claim', start: 2, end: 4 },
      ])?.id,
    ).toBe('i');
    expect(pickInnermost([])).toBeNull();
  });
});
