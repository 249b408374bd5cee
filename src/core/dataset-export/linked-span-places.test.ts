import { describe, expect, it } from 'vitest';
import { LinkedSpanPlaces } from './linked-span-places';

describe('LinkedSpanPlaces', () => {
  it('keeps only the ids links name, whether present and where kept', () => {
    const places = new LinkedSpanPlaces(['s-a', 's-b', 's-a', 's-c']);
    expect(places.isNamed('s-a')).toBe(true);
    expect(places.isNamed('s-z')).toBe(false);
    places.notePresent('s-a');
    places.notePresent('s-b');
    places.notePresent('s-z');
    expect([places.isPresent('s-a'), places.isPresent('s-b'), places.isPresent('s-c')]).toEqual([true, true, false]);
    expect(places.isPresent('s-z')).toBe(false);
    places.noteKept({ id: 's-a', start: 3, end: 9, label: 'Claim' }, 2, 5);
    places.noteKept({ id: 's-b', start: 0, end: 4, label: 'Source' }, 0, 0);
    places.noteKept({ id: 's-z', start: 0, end: 1, label: 'Claim' }, 1, 0);
    expect(places.placeOf('s-a')).toEqual({ id: 's-a', document: 2, start: 3, end: 9, label: 'Claim', index: 5 });
    expect(places.placeOf('s-b')).toEqual({ id: 's-b', document: 0, start: 0, end: 4, label: 'Source', index: 0 });
    expect(places.placeOf('s-c')).toBeUndefined();
    expect(places.placeOf('s-z')).toBeUndefined();
    expect([places.documentOf('s-a'), places.documentOf('s-b'), places.documentOf('s-c')]).toEqual([2, 0, undefined]);
  });

  it('holds nothing for a workspace without links', () => {
    const places = new LinkedSpanPlaces([]);
    places.notePresent('s-a');
    places.noteKept({ id: 's-a', start: 0, end: 1, label: 'Claim' }, 0, 0);
    expect(places.isPresent('s-a')).toBe(false);
    expect(places.placeOf('s-a')).toBeUndefined();
  });
});
