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

/** Documents indexed again since the base segment was built are merged into it past this many. */
const MERGE_AT = 400;

/**
 * The full-text index of a workspace, kept document by document: a base segment (read from the
 * cache, used in place) and a small one of the documents indexed since, rebuilt when it changes.
 * A document indexed again is marked stale in the base; merging folds the small segment into the base.
 */
export class CorpusIndex {
  private positions = new Map<string, number>();
  private stale = new Uint8Array(0);
  private readonly recent = new Map<string, DocumentTerms>();
  private recentSegment: IndexSegment | null = null;

  private constructor(private base: IndexSegment) {
    this.setBase(base);
  }

  static empty(): CorpusIndex {
    return new CorpusIndex(new SegmentBuilder().build());
  }

  /** An index of the documents a builder collected. */
  static of(builder: SegmentBuilder): CorpusIndex {
    return new CorpusIndex(builder.build());
  }

  /** The index of a cache file; throws with what is wrong when it is not a sound one of this version. */
  static fromBytes(bytes: Buffer): CorpusIndex {
    return new CorpusIndex(segmentFromBytes(bytes));
  }

  /** The cache file's bytes, after merging what was indexed since the base was built. */
  toBytes(): Buffer {
    this.merge();
    return segmentBytes(this.base);
  }

  /** The stamp a document was indexed with, or undefined if it is not indexed. */
  stampOf(id: string): string | undefined {
    const recent = this.recent.get(id);
    if (recent) return recent.stamp;
    const at = this.positions.get(id);
    return at === undefined || this.stale[at] ? undefined : this.base.parts.documents[at]!.stamp;
  }

  /** Every document indexed. */
  ids(): string[] {
    const ids = this.base.parts.documents.filter((_, i) => !this.stale[i]).map((d) => d.id);
    return [...ids, ...this.recent.keys()];
  }

  /** Indexes a document and its spans, in place of what was indexed of it before. */
  put(document: CollateDocument, spans: readonly SpanAnnotation[], stamp: string): void {
    this.remove(document.id);
    this.recent.set(document.id, documentTerms(document, spans, stamp));
    this.recentSegment = null;
    if (this.recent.size > MERGE_AT) this.merge();
  }

  remove(id: string): void {
    const at = this.positions.get(id);
    if (at !== undefined) this.stale[at] = 1;
    if (this.recent.delete(id) || at !== undefined) this.recentSegment = null;
  }

  /** The `limit` best matches of every word of the query (the last may be the start of a word), best first. */
  match(query: string, limit: number): IndexMatch[] {
    const segments: SearchedSegment[] = [{ segment: this.base, stale: (d) => this.stale[d] === 1 }];
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

  /** Folds the documents indexed since into the base, leaving out the stale ones. */
  merge(): void {
    if (this.recent.size === 0 && !this.stale.includes(1)) return;
    const recent = this.recentOnes();
    this.setBase(
      mergeSegments([
        { segment: this.base, keep: (d) => this.stale[d] !== 1 },
        { segment: recent, keep: () => true },
      ]),
    );
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

  private setBase(base: IndexSegment): void {
    this.base = base;
    this.positions = new Map(base.parts.documents.map((d, i) => [d.id, i]));
    this.stale = new Uint8Array(base.parts.documents.length);
  }
}
