import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import type { CollateDocument, SpanAnnotation } from '../../core/model';
import { recordsOf, SEARCH_BOOST, SEARCH_FIELDS, STORED_FIELDS, type SearchRecord } from './search-records';

/**
 * What the index remembers of each document it holds: when it was indexed and its records. Counts
 * are not kept here: the corpus index (src/service/corpus-index) is their one home.
 */
export interface IndexedDocument {
  /** Changes whenever the document or its annotation files change on disk (see corpus-search.ts). */
  stamp: string;
  records: string[];
}

/** The index as written to the cache file. */
export interface IndexFile {
  format: 'collate-search-index';
  version: number;
  documents: Record<string, IndexedDocument>;
  index: AsPlainObject;
}

/** 2: documents' tags are searched. */
export const INDEX_VERSION = 2;

const OPTIONS: Options<SearchRecord> = {
  fields: SEARCH_FIELDS,
  storeFields: STORED_FIELDS,
  autoVacuum: { minDirtCount: 2000, minDirtFactor: 0.2, batchSize: 2000, batchWait: 10 },
};

/** A match of a query: the record's stored fields, the terms that matched and in which fields. */
export type IndexMatch = SearchResult & {
  documentId: string;
  spanId?: string;
  label?: string;
  start?: number;
  end?: number;
};

/** The full-text index of a workspace (MiniSearch), kept document by document. */
export class CorpusIndex {
  private constructor(
    private readonly search: MiniSearch<SearchRecord>,
    readonly documents: Map<string, IndexedDocument>,
  ) {}

  static empty(): CorpusIndex {
    return new CorpusIndex(new MiniSearch(OPTIONS), new Map());
  }

  /** The index of a cache file; throws when the file is not one this version wrote. */
  static fromFile(file: unknown): CorpusIndex {
    const parsed = file as Partial<IndexFile> | null;
    if (parsed?.format !== 'collate-search-index' || parsed.version !== INDEX_VERSION) {
      throw new Error('not a search index of this version');
    }
    if (!parsed.documents || typeof parsed.documents !== 'object' || !parsed.index) {
      throw new Error('the search index is incomplete');
    }
    const search = MiniSearch.loadJS(parsed.index, OPTIONS);
    return new CorpusIndex(search, new Map(Object.entries(parsed.documents)));
  }

  toFile(): IndexFile {
    return {
      format: 'collate-search-index',
      version: INDEX_VERSION,
      documents: Object.fromEntries(this.documents),
      index: this.search.toJSON(),
    };
  }

  /** Indexes a document and its spans, in place of what was indexed of it before. */
  put(document: CollateDocument, spans: readonly SpanAnnotation[], stamp: string): void {
    this.remove(document.id);
    const records = recordsOf(document, spans);
    this.search.addAll(records);
    this.documents.set(document.id, { stamp, records: records.map((r) => r.id) });
  }

  remove(documentId: string): void {
    const indexed = this.documents.get(documentId);
    if (!indexed) return;
    this.search.discardAll(indexed.records.filter((id) => this.search.has(id)));
    this.documents.delete(documentId);
  }

  /** Records matching every word of the query, best first; the last word may be the start of a word. */
  match(query: string): IndexMatch[] {
    return this.search.search(query, {
      boost: SEARCH_BOOST,
      combineWith: 'AND',
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
    }) as IndexMatch[];
  }
}
