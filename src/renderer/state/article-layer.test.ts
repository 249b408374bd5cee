import { describe, expect, it } from 'vitest';
import type { SpanAnnotation } from '../../core/model';
import { span } from './actions/fake-service';
import {
  annotatorsNotLoaded,
  canEditSpan,
  canTagIn,
  hasOtherLayers,
  indexedAnnotatorTally,
  layerChoices,
  readOnlyReason,
  spansInLayer,
} from './article-layer';

const by = (id: string, author: string, layer?: 'curated'): SpanAnnotation => ({
  ...span(id, 'd1', 0, 1),
  author,
  ...(layer ? { layer } : {}),
});

const spans = [by('a1', 'ana'), by('b1', 'ben'), by('m1', 'me'), by('c1', 'ana', 'curated')];

describe('the article view layer', () => {
  it('shows the spans of the chosen layer: all annotators but not the curated layer, one annotator, curated', () => {
    expect(spansInLayer(spans, 'all').map((s) => s.id)).toEqual(['a1', 'b1', 'm1']);
    expect(spansInLayer(spans, 'ben').map((s) => s.id)).toEqual(['b1']);
    expect(spansInLayer(spans, 'curated').map((s) => s.id)).toEqual(['c1']);
    const mine = [by('m1', 'me')];
    expect(spansInLayer(mine, 'all')).toBe(mine);
  });

  it('edits only my own spans, and tags only where my layer is shown', () => {
    expect(canEditSpan(by('m', 'me'), 'me')).toBe(true);
    expect(canEditSpan(by('b', 'ben'), 'me')).toBe(false);
    expect(canEditSpan(by('c', 'me', 'curated'), 'me')).toBe(false);
    expect([canTagIn('all', 'me'), canTagIn('me', 'me'), canTagIn('ben', 'me'), canTagIn('curated', 'me')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(readOnlyReason('ben', 'me')).toBe(
      "ben's layer is read-only: show your own layer (or all annotators) to edit.",
    );
    expect(readOnlyReason('curated', 'me')).toContain('Curation view');
    expect(readOnlyReason('all', 'me')).toBeNull();
  });

  it('offers my layer, all, each other annotator and curated when there is one; the switch only with other layers', () => {
    expect(layerChoices({ d1: spans }, 'me')).toEqual([
      { value: 'me', label: 'My layer (me)' },
      { value: 'all', label: 'All annotators' },
      { value: 'ana', label: 'ana' },
      { value: 'ben', label: 'ben' },
      { value: 'curated', label: 'Curated' },
    ]);
    expect(hasOtherLayers({ d1: [by('m1', 'me')] }, 'me')).toBe(false);
    expect(hasOtherLayers({ d1: [by('m1', 'me'), by('b1', 'ben')] }, 'me')).toBe(true);
  });
});

describe('the annotators of documents not loaded', () => {
  const counts = (annotators: string[]) => ({ spans: annotators.length, orphaned: 0, labels: {}, annotators });
  const documentCounts = { d1: counts(['ana', 'ben']), d2: counts(['ben']), d3: counts(['cy']) };

  it("come from the corpus index's counts, less the documents whose spans are loaded", () => {
    const tally = indexedAnnotatorTally(documentCounts);
    expect(Object.fromEntries(tally)).toEqual({ ana: 1, ben: 2, cy: 1 });
    expect(annotatorsNotLoaded({ annotations: {}, documentCounts }, tally)).toEqual(['ana', 'ben', 'cy']);
    expect(annotatorsNotLoaded({ annotations: { d1: [] }, documentCounts }, tally)).toEqual(['ben', 'cy']);
    expect(annotatorsNotLoaded({ annotations: { d1: [], d2: [], d3: [] }, documentCounts })).toEqual([]);
  });
});
