import { describe, expect, it } from 'vitest';
import { checkAnnotatorName, parseLayerSelector, pathSafeAnnotator } from './layer-name';
import { annotatorsOf, countByLayer, defaultLayer, inLayer } from './span-layers';

describe('layer names', () => {
  it('reads curated, all or an annotator and refuses what cannot be a name', () => {
    expect(parseLayerSelector(' Curated ')).toEqual({ ok: true, value: 'curated' });
    expect(parseLayerSelector('all')).toEqual({ ok: true, value: 'all' });
    expect(parseLayerSelector('Ana María')).toEqual({ ok: true, value: 'Ana María' });
    expect(parseLayerSelector('a\u0007b').ok).toBe(false);
    expect(parseLayerSelector('').ok).toBe(false);
    expect(checkAnnotatorName('curated').ok).toBe(false);
    expect(checkAnnotatorName('x'.repeat(101)).ok).toBe(false);
  });

  it('lets only plain names become part of a path', () => {
    expect(pathSafeAnnotator('ana_b-2.x').ok).toBe(true);
    for (const bad of ['../etc', 'a/b', 'a\\b', '.hidden', 'a..b', 'Ana María', ''])
      expect(pathSafeAnnotator(bad).ok, bad).toBe(false);
  });
});

describe('span layers', () => {
  const spans = [
    { author: 'ben' },
    { author: 'ana' },
    { author: 'lead', layer: 'curated' as const },
    { author: 'ana' },
  ];
  it('selects a layer and counts spans per layer', () => {
    expect(spans.filter((s) => inLayer(s, 'curated'))).toHaveLength(1);
    expect(spans.filter((s) => inLayer(s, 'all'))).toHaveLength(3);
    expect(spans.filter((s) => inLayer(s, 'ana'))).toHaveLength(2);
    expect(spans.filter((s) => inLayer(s, 'lead'))).toHaveLength(0);
    expect(annotatorsOf(spans)).toEqual(['ana', 'ben']);
    expect(countByLayer(spans)).toEqual([
      { layer: 'ana', spans: 2 },
      { layer: 'ben', spans: 1 },
      { layer: 'curated', spans: 1 },
    ]);
  });
  it('defaults to the curated layer only where one exists', () => {
    expect(defaultLayer(spans)).toBe('curated');
    expect(defaultLayer(spans.filter((s) => !('layer' in s)))).toBe('all');
  });
});
