import { describe, expect, it } from 'vitest';
import type { CollateDocument, SpanAnnotation } from '../../core/model';
import { CorpusIndex } from './corpus-index';
import { documentTerms, SegmentBuilder } from './segment-builder';
import { segmentBytes, segmentFromBytes } from './segment-file';

const stamp = '2026-01-01T00:00:00.000Z';
const doc = (id: string, title: string, text: string): CollateDocument => ({
  id,
  title,
  source: `${id}.txt`,
  format: 'txt',
  encoding: 'utf-8',
  sha256: id,
  textSha256: id,
  importedAt: stamp,
  notes: [],
  text,
});
const span = (documentId: string, id: string, label: string, start: number, end: number, note?: string) =>
  ({
    id,
    documentId,
    label,
    start,
    end,
    quote: '',
    prefix: '',
    suffix: '',
    attributes: {},
    author: 'ana',
    created: stamp,
    modified: stamp,
    ...(note ? { note } : {}),
  }) as SpanAnnotation;

const harbour = doc('d-a', 'Harbour closed', 'The harbour closed after the storm. Harbours elsewhere stayed open.');
const talks = doc('d-b', 'Talks', 'Ceasefire talks resumed near the harbour.');
const other = doc('d-c', 'Weather', 'A storm is expected tomorrow.');
const spans = [span('d-b', 's-1', 'Claim', 0, 15, '<p>check the ministry</p>'), span('d-b', 's-2', 'Claim', 16, 23)];

function built(entries: Array<[CollateDocument, SpanAnnotation[]]>): CorpusIndex {
  const builder = new SegmentBuilder();
  for (const [document, own] of entries) builder.add(documentTerms(document, own, 'v1'));
  return CorpusIndex.of(builder);
}
const places = (index: CorpusIndex, query: string) =>
  index.match(query, 10).map((m) => [m.documentId, m.spanId ?? '', m.fields.join(',')]);
const scores = (index: CorpusIndex, query: string) => index.match(query, 10).map((m) => m.score.toFixed(9));

describe('CorpusIndex', () => {
  it('matches every word of a query, the last also as the start of a longer word, best first', () => {
    const index = built([
      [harbour, []],
      [talks, spans],
      [other, []],
    ]);
    expect(index.match('harbour', 10).map((m) => m.documentId)).toEqual(['d-a', 'd-b']);
    expect(index.match('harbour', 10)[0]!.terms.sort()).toEqual(['harbour', 'harbours']);
    expect(index.match('storm har', 10).map((m) => m.documentId)).toEqual(['d-a']);
    expect(index.match('har storm', 10)).toEqual([]); // only the last word may be a start
    expect(index.match('ha', 10)).toEqual([]); // too short to stand for longer words
    expect(index.match('harbour', 1).map((m) => m.documentId)).toEqual(['d-a']);
    expect(index.match('...', 10)).toEqual([]);
  });

  it('places span records: one per span with a note, one per label and annotator for the others', () => {
    const index = built([[talks, spans]]);
    expect(index.match('ministry', 10)).toMatchObject([{ spanId: 's-1', label: 'Claim', start: 0, end: 15 }]);
    const claims = index.match('claim', 10);
    expect(claims.map((m) => [m.spanId, m.fields])).toEqual([
      ['s-1', ['label']],
      ['s-2', ['label']],
    ]);
  });

  it('answers after edits as an index built afresh, and once merged and read back with the same scores', () => {
    const index = built([
      [harbour, []],
      [talks, spans],
      [other, []],
    ]);
    const edited = { ...talks, title: 'Harbour talks' };
    index.put(edited, spans.slice(1), 'v2');
    index.remove('d-c');
    const fresh = built([
      [harbour, []],
      [edited, spans.slice(1)],
    ]);
    const queries = ['harbour', 'claim', 'storm', 'ministry', 'talks harb'];
    const expected = queries.map((q) => places(fresh, q));
    // Until merged, the statistics still count what was indexed before: the same hits, close scores.
    expect(queries.map((q) => places(index, q))).toEqual(expected);
    expect(index.stampOf('d-b')).toBe('v2');
    expect(index.stampOf('d-c')).toBeUndefined();
    const read = CorpusIndex.fromBytes(index.toBytes());
    expect(queries.map((q) => places(read, q))).toEqual(expected);
    expect(queries.map((q) => scores(read, q))).toEqual(queries.map((q) => scores(fresh, q)));
    expect(read.ids().sort()).toEqual(['d-a', 'd-b']);
  });

  it('refuses a cache file that is cut short, and a query of postings that point outside it', () => {
    const builder = new SegmentBuilder();
    builder.add(documentTerms(harbour, [], 'v1'));
    const bytes = segmentBytes(builder.build());
    expect(() => segmentFromBytes(bytes.subarray(0, bytes.length - 8))).toThrow(/damaged/);
    expect(() => segmentFromBytes(Buffer.from('{"format":"collate-search-index"}'))).toThrow(/damaged/);
    const header = JSON.parse(bytes.toString('utf8', 4, 4 + bytes.readUInt32LE(0))) as {
      sections: Record<string, [number, number]>;
    };
    const start = Math.ceil((4 + bytes.readUInt32LE(0)) / 8) * 8;
    const broken = Buffer.from(bytes);
    broken.writeUInt32LE(999, start + header.sections['postingRecord']![0]);
    // Postings are checked as a query reads them (the first posting is the first term's).
    const first = segmentFromBytes(broken).parts.terms.get(0);
    expect(() => CorpusIndex.fromBytes(broken).match(first, 10)).toThrow(/damaged \(postings\)/);
    expect(segmentFromBytes(Buffer.from(bytes)).termIndex('harbour')).toBeGreaterThanOrEqual(0);
  });
});
