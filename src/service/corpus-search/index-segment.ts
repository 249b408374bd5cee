import { SEARCH_FIELDS } from './search-records';

export const FIELD_COUNT = SEARCH_FIELDS.length;

/** A list of strings read one at a time: from an array, or decoded from UTF-8 bytes only when asked for. */
export interface StringColumn {
  readonly length: number;
  get(i: number): string;
}

export const arrayColumn = (values: readonly string[]): StringColumn => ({
  length: values.length,
  get: (i) => values[i]!,
});

/** Strings stored back to back as UTF-8, `offsets[i]..offsets[i + 1]` the bytes of the i-th. */
export const bytesColumn = (bytes: Buffer, offsets: Uint32Array): StringColumn => ({
  length: offsets.length - 1,
  get: (i) => bytes.toString('utf8', offsets[i]!, offsets[i + 1]!),
});

/** One indexed document of a segment: its records are `first .. first + count - 1`. */
export interface SegmentDocument {
  id: string;
  /** What the document was indexed from (its files' stamps); another stamp means it must be indexed again. */
  stamp: string;
  first: number;
  count: number;
}

/** What a segment is made of, as built or as read back from the cache file. */
export interface SegmentParts {
  documents: SegmentDocument[];
  /** Every term, sorted (by UTF-16 code units, as `<` compares strings). */
  terms: StringColumn;
  /** Postings of term `t`: `termStart[t] .. termStart[t + 1] - 1`, ordered by record then field. */
  termStart: Uint32Array;
  postingRecord: Uint32Array;
  postingField: Uint8Array;
  /** How often the term occurs in the field, up to 255 (BM25 counts little past a few). */
  postingFrequency: Uint8Array;
  /** The document (its position in `documents`) each record belongs to. */
  recordDocument: Uint32Array;
  /** How many words each record holds in each field: `fieldLength[record * FIELD_COUNT + field]`. */
  fieldLength: Uint16Array;
  /** Per record, where it is: '' for a document's own record, else `[spanId, label, start, end]` as JSON. */
  places: StringColumn;
}

/**
 * An immutable inverted index over some documents' records: for every term, the records (and the
 * fields of them) that hold it and how often. Typed arrays throughout, so that a segment read from
 * the cache is used in place, without building any object per term or per posting.
 */
export class IndexSegment {
  readonly recordCount: number;
  /** Per field: the words of all records in that field, and how many records have the field. */
  readonly fieldWords = new Float64Array(FIELD_COUNT);
  readonly fieldRecords = new Float64Array(FIELD_COUNT);

  constructor(readonly parts: SegmentParts) {
    this.recordCount = parts.recordDocument.length;
    const lengths = parts.fieldLength;
    for (let i = 0; i < lengths.length; i++) {
      const length = lengths[i]!;
      if (length === 0) continue;
      const field = i % FIELD_COUNT;
      this.fieldWords[field]! += length;
      this.fieldRecords[field]! += 1;
    }
  }

  get termCount(): number {
    return this.parts.terms.length;
  }

  /** The position of the first term not below `term`. */
  private lowerBound(term: string): number {
    let low = 0;
    let high = this.parts.terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.parts.terms.get(mid) < term) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The position of a term, or -1. */
  termIndex(term: string): number {
    const at = this.lowerBound(term);
    return at < this.parts.terms.length && this.parts.terms.get(at) === term ? at : -1;
  }

  /** Every term starting with `prefix`, with its position. */
  termsStartingWith(prefix: string): Array<{ term: string; index: number }> {
    const found: Array<{ term: string; index: number }> = [];
    for (let at = this.lowerBound(prefix); at < this.parts.terms.length; at++) {
      const term = this.parts.terms.get(at);
      if (!term.startsWith(prefix)) break;
      found.push({ term, index: at });
    }
    return found;
  }

  /** The fields of a record that hold a term (bit i for SEARCH_FIELDS[i]), found by bisecting its postings. */
  fieldsOf(termIndex: number, record: number): number {
    const { termStart, postingRecord, postingField } = this.parts;
    let low = termStart[termIndex]!;
    let high = termStart[termIndex + 1]!;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (postingRecord[mid]! < record) low = mid + 1;
      else high = mid;
    }
    let fields = 0;
    for (let p = low; p < termStart[termIndex + 1]! && postingRecord[p] === record; p++)
      fields |= 1 << postingField[p]!;
    return fields;
  }

  documentOf(record: number): SegmentDocument {
    return this.parts.documents[this.parts.recordDocument[record]!]!;
  }
}

/** A segment whose contents point outside it: the cache is damaged and must be rebuilt. */
export class DamagedIndexError extends Error {
  constructor(what: string) {
    super(`the search index is damaged (${what})`);
  }
}

/**
 * Checks a segment read from a file, all but its postings, which a query checks as it reads them
 * (reading them all here would cost more than the query); throws with what is wrong.
 */
export function checkSegment(parts: SegmentParts): void {
  const { documents, terms, termStart, postingRecord, postingField, postingFrequency, recordDocument } = parts;
  const records = recordDocument.length;
  const fail = (what: string): never => {
    throw new DamagedIndexError(what);
  };
  if (termStart.length !== terms.length + 1 || termStart[0] !== 0) fail('term table');
  if (termStart[terms.length] !== postingRecord.length) fail('term table');
  for (let t = 1; t < termStart.length; t++) if (termStart[t]! < termStart[t - 1]!) fail('term table');
  if (postingField.length !== postingRecord.length || postingFrequency.length !== postingRecord.length)
    fail('postings');
  if (parts.fieldLength.length !== records * FIELD_COUNT || parts.places.length !== records) fail('records');
  let next = 0;
  documents.forEach((d, i) => {
    if (typeof d.id !== 'string' || typeof d.stamp !== 'string' || d.first !== next || !(d.count >= 1))
      fail('documents');
    for (let r = d.first; r < d.first + d.count; r++) if (recordDocument[r] !== i) fail('documents');
    next += d.count;
  });
  if (next !== records) fail('documents');
}
