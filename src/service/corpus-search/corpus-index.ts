import type { CollateDocument, SpanAnnotation } from '../../core/model';
import { searchSegments, type SearchedSegment } from './index-query';
import type { IndexSegment } from './index-segment';
import { documentTerms, mergeSegments, SegmentBuilder, type DocumentTerms } from './segment-builder';
import { segmentBytes, segmentFromBytes } from './segment-file';

/** A match of a query: where it is (a document, or a span of it), its score, and what it matched where. */
export interface IndexMatch {
  documentId: string;
  spanId?: string;
  label?: string;
  start?: number;
  end?: number;
  score: number;
  /** The index's terms the record matched (lower-cased; a prefix query's continuations included). */
  terms: string[];
  /** The fields they matched in, in SEARCH_FIELDS order. */
  fields: string[];
}

/** The documents indexed since are sealed into a segment of their own past this many. */
export const SEAL_AT = 200;

/** A segment in use, and which of its documents are stale (indexed again later, or removed). */
interface Sealed {
  segment: IndexSegment;
  positions: Map<string, number>;
  stale: Uint8Array;
}

const sealed = (segment: IndexSegment): Sealed => ({
  segment,
  positions: new Map(segment.parts.documents.map((d, i) => [d.id, i])),
  stale: new Uint8Array(segment.parts.documents.length),
});

/**
 * The full-text index of a workspace, kept document by document: a base segment (read from the
 * cache, used in place), segments sealed from documents indexed since, and the documents indexed
 * most recently, whose small segment is rebuilt when they change. A document indexed again is marked
 * stale where it was; writing the cache merges every segment into one. No step costs more than the
 * recent documents' segment, until the cache is written.
 */
export class CorpusIndex {
  private segments: Sealed[];
  private readonly recent = new Map<string, DocumentTerms>();
  private recentSegment: IndexSegment | null = null;
  /** Documents indexed or removed since the index was read or last written. */
  changed = 0;

  private constructor(base: IndexSegment) {
    this.segments = [sealed(base)];
  }

  static empty(): CorpusIndex {
    return new CorpusIndex(new SegmentBuilder().build());
  }

  /** An index of the documents a builder collected, or of the segment it built. */
  static of(built: SegmentBuilder | IndexSegment): CorpusIndex {
    return new CorpusIndex(built instanceof SegmentBuilder ? built.build() : built);
  }

  /** The index of a cache file; throws with what is wrong when it is not a sound one of this version. */
  static fromBytes(bytes: Buffer): CorpusIndex {
    return new CorpusIndex(segmentFromBytes(bytes));
  }

  /** The cache file's bytes, every segment merged into one (linear in the postings: ~1 s at 10,000 articles). */
  toBytes(): Buffer {
    this.merge();
    this.changed = 0;
    return segmentBytes(this.segments[0]!.segment);
  }

  /** The stamp a document was indexed with, or undefined if it is not indexed. */
  stampOf(id: string): string | undefined {
    const recent = this.recent.get(id);
    if (recent) return recent.stamp;
    for (const { segment, positions, stale } of this.segments) {
      const at = positions.get(id);
      if (at !== undefined && !stale[at]) return segment.parts.documents[at]!.stamp;
    }
    return undefined;
  }

  /** Notes that a document's files changed while what was indexed of it did not (a journal folded into its file). */
  restamp(id: string, stamp: string): void {
    const recent = this.recent.get(id);
    if (recent) recent.stamp = stamp;
    for (const { segment, positions, stale } of this.segments) {
      const at = positions.get(id);
      if (at !== undefined && !stale[at]) segment.parts.documents[at]!.stamp = stamp;
    }
  }

  /** Every document indexed. */
  ids(): string[] {
    const ids = this.segments.flatMap(({ segment, stale }) =>
      segment.parts.documents.filter((_, i) => !stale[i]).map((d) => d.id),
    );
    return [...ids, ...this.recent.keys()];
  }

  /** Indexes a document and its spans, in place of what was indexed of it before. */
  put(document: CollateDocument, spans: readonly SpanAnnotation[], stamp: string): void {
    this.remove(document.id);
    this.recent.set(document.id, documentTerms(document, spans, stamp));
    this.recentSegment = null;
    if (this.recent.size >= SEAL_AT) {
      this.segments.push(sealed(this.recentOnes()));
      this.recent.clear();
      this.recentSegment = null;
    }
  }

  remove(id: string): void {
    this.changed++;
    if (this.recent.delete(id)) this.recentSegment = null;
    for (const { positions, stale } of this.segments) {
      const at = positions.get(id);
      if (at !== undefined) stale[at] = 1;
    }
  }

  /** The `limit` best matches of every word of the query (the last may be the start of a word), best first. */
  match(query: string, limit: number): IndexMatch[] {
    const segments: SearchedSegment[] = this.segments.map(({ segment, stale }) => ({
      segment,
      stale: (d) => stale[d] === 1,
    }));
    if (this.recent.size > 0) segments.push({ segment: this.recentOnes(), stale: () => false });
    return searchSegments(segments, query, limit).map(({ segment: s, record, score, terms, fields }) => {
      const segment = segments[s]!.segment;
      const place = segment.parts.places.get(record);
      const documentId = segment.documentOf(record).id;
      if (place === '') return { documentId, score, terms, fields };
      const [spanId, label, start, end] = JSON.parse(place) as [string, string, number, number];
      return { documentId, spanId, label, start, end, score, terms, fields };
    });
  }

  /** Folds every segment and the recent documents into one segment, leaving out the stale. */
  private merge(): void {
    if (this.segments.length === 1 && this.recent.size === 0 && !this.segments[0]!.stale.includes(1)) return;
    const parts = this.segments.map(({ segment, stale }) => ({ segment, keep: (d: number) => stale[d] !== 1 }));
    if (this.recent.size > 0) parts.push({ segment: this.recentOnes(), keep: () => true });
    this.segments = [sealed(mergeSegments(parts))];
    this.recent.clear();
    this.recentSegment = null;
  }

  private recentOnes(): IndexSegment {
    if (!this.recentSegment) {
      const builder = new SegmentBuilder();
      for (const terms of this.recent.values()) builder.add(terms);
      this.recentSegment = builder.build();
    }
    return this.recentSegment;
  }
}
