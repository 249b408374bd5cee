import { describe, expect, it } from 'vitest';
import { CURATED_LAYER } from '../../core/layers/layer-name';
import type { SpanAnnotation } from '../../core/model';
import { countSpans } from './span-counts';

const span = (id: string, author: string, layer?: string): SpanAnnotation =>
  ({
    id,
    documentId: 'd-1',
    label: 'Claim',
    start: 0,
    end: 1,
    quote: 'a',
    prefix: '',
    suffix: '',
    attributes: {},
    author,
    created: '',
    modified: '',
    ...(layer ? { layer } : {}),
  }) as SpanAnnotation;

describe('a document’s span counts', () => {
  it('count the curated spans, so that the layer is offered before the document is loaded', () => {
    const counts = countSpans([
      span('s-1', 'ana'),
      span('s-2', 'ben', CURATED_LAYER),
      span('s-3', 'ben', CURATED_LAYER),
    ]);
    expect(counts).toEqual({ spans: 3, orphaned: 0, labels: { Claim: 3 }, annotators: ['ana', 'ben'], curated: 2 });
    expect(countSpans([span('s-1', 'ana')])).not.toHaveProperty('curated');
  });
});
