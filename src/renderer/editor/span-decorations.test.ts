import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { buildLineIndex } from './offsets';
import { assignLanes, buildDecorationSpecs, hexToRgba, rangeToLinePositions } from './span-decorations';
import { textToDocContent } from './doc-content';
import { ArticleDocument, ArticleParagraph, ArticleText } from './schema-nodes';
import { currentHighlights, highlightPlugin, highlightsTransaction } from './highlight-plugin';
import { pickInnermost } from './hit-test';

const colours = new Map([
  ['Claim', '#f2b705'],
  ['Source', '#2f80ed'],
]);

describe('rangeToLinePositions', () => {
  it('splits a span across line breaks and skips empty lines', () => {
    const text = 'abc\n\ndef';
    const index = buildLineIndex(text);
    // "bc\n\nde" → line 0 [1,3), line 2 [5,7)
    expect(rangeToLinePositions(index, 1, 7)).toEqual([
      [2, 4],
      [8, 10],
    ]);
  });

  it('drops a span that only covers a line break', () => {
    expect(rangeToLinePositions(buildLineIndex('ab\ncd'), 2, 3)).toEqual([]);
  });
});

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
});

describe('buildDecorationSpecs', () => {
  const text = 'The minister said 😀 it\nwas fine.';
  const index = buildLineIndex(text);

  it('builds one element per span per line with its own attributes', () => {
    const specs = buildDecorationSpecs(
      index,
      [
        { id: 'a', label: 'Claim', start: 4, end: 29 },
        { id: 'b', label: 'Source', start: 4, end: 12 },
      ],
      colours,
      'b',
    );
    const a = specs.filter((s) => s.spanId === 'a');
    expect(a.map((s) => [s.from, s.to])).toEqual([
      [5, 24], // "minister said 😀 it" up to the line end
      [26, 31], // "was f" on the next line
    ]);
    const b = specs.find((s) => s.spanId === 'b')!;
    expect(b.attrs['class']).toBe('collate-span is-selected');
    expect(b.attrs['data-label']).toBe('Source');
    expect(b.attrs['nodeName']).toBe('span');
    expect(b.attrs['style']).toContain(hexToRgba('#2f80ed', 0.26));
    expect(b.attrs['style']).toContain('text-underline-offset: 7px');
    expect(a[0]!.attrs['style']).toContain('text-underline-offset: 3px');
  });

  it('produces decorations ProseMirror renders over the right text', () => {
    const schema = getSchema([ArticleDocument, ArticleParagraph, ArticleText]);
    const state = EditorState.create({ doc: schema.nodeFromJSON(textToDocContent(text)), plugins: [highlightPlugin()] });
    const specs = buildDecorationSpecs(index, [{ id: 'x', label: 'Claim', start: 18, end: 27 }], colours, null);
    const next = state.apply(highlightsTransaction(state, specs));
    const found = currentHighlights(next)!.find();
    expect(found.map((d) => next.doc.textBetween(d.from, d.to))).toEqual(['😀 it', 'was']);
    // Without new specs the set is kept as it is.
    const again = next.apply(next.tr.setMeta('other', true));
    expect(currentHighlights(again)).toBe(currentHighlights(next));
  });

  it('stays quick for a long document with many spans', () => {
    const long = Array.from({ length: 6000 }, (_, i) => `Paragraph ${i} says something about the matter at hand, at length.`).join('\n');
    const longIndex = buildLineIndex(long);
    const spans = Array.from({ length: 2000 }, (_, i) => ({ id: `s${i}`, label: 'Claim', start: i * 150, end: i * 150 + 400 }));
    const t0 = performance.now();
    const specs = buildDecorationSpecs(longIndex, spans, colours, null);
    expect(specs.length).toBeGreaterThan(2000);
    expect(performance.now() - t0).toBeLessThan(1000);
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
