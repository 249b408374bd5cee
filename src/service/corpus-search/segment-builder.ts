import type { CollateDocument, SpanAnnotation } from '../../core/model';
import { arrayColumn, DamagedIndexError, FIELD_COUNT, IndexSegment, type SegmentDocument } from './index-segment';
import { recordsOf, SEARCH_FIELDS, type SearchRecord } from './search-records';

/** A word as the index reads it: a run of letters (with their marks) and digits. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MAX_LENGTH = 0xffff;
const MAX_COUNT = 0xff;

/** The words of a text as the index holds them: runs of letters and digits, lower-cased. */
export const termsOf = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

/** One record, ready to index: where it is, and per field its terms with how often each occurs. */
interface RecordTerms {
  place: string;
  fields: Array<Map<string, number> | undefined>;
  lengths: number[];
}

/** A document cut into records and terms: what a segment is built from. */
export interface DocumentTerms {
  id: string;
  stamp: string;
  records: RecordTerms[];
}

function placeOf(record: SearchRecord): string {
  return record.spanId === undefined ? '' : JSON.stringify([record.spanId, record.label, record.start, record.end]);
}

/** A document and its spans as the records and terms the index holds. */
export function documentTerms(
  document: CollateDocument,
  spans: readonly SpanAnnotation[],
  stamp: string,
): DocumentTerms {
  const records = recordsOf(document, spans).map((record): RecordTerms => {
    const fields: RecordTerms['fields'] = [];
    const lengths: number[] = [];
    SEARCH_FIELDS.forEach((field, f) => {
      const value = record[field as keyof SearchRecord];
      const terms = typeof value === 'string' ? termsOf(value) : [];
      lengths.push(Math.min(terms.length, MAX_LENGTH));
      if (terms.length === 0) return;
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      fields[f] = counts;
    });
    return { place: placeOf(record), fields, lengths };
  });
  return { id: document.id, stamp, records };
}

/** Collects documents' terms, in order, into one segment. */
export class SegmentBuilder {
  private readonly documents: SegmentDocument[] = [];
  private readonly recordDocument: number[] = [];
  private readonly places: string[] = [];
  private readonly lengths: number[] = [];
  /** Per term: record, field and count, three numbers per posting. */
  private readonly postings = new Map<string, number[]>();

  add(document: DocumentTerms): void {
    const position = this.documents.length;
    this.documents.push({ id: document.id, stamp: document.stamp, first: this.places.length, count: 0 });
    for (const record of document.records) {
      const r = this.places.length;
      this.places.push(record.place);
      this.recordDocument.push(position);
      for (let f = 0; f < FIELD_COUNT; f++) {
        this.lengths.push(record.lengths[f] ?? 0);
        for (const [term, count] of record.fields[f] ?? []) {
          let list = this.postings.get(term);
          if (!list) this.postings.set(term, (list = []));
          list.push(r, f, Math.min(count, MAX_COUNT));
        }
      }
    }
    this.documents[position]!.count = document.records.length;
  }

  get size(): number {
    return this.documents.length;
  }

  build(): IndexSegment {
    const steps = this.steps();
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /** The segment, built in steps with `pause()` between them (every ~4,000 terms), so that other work goes on. */
  async buildInSlices(pause: () => Promise<void>): Promise<IndexSegment> {
    const steps = this.steps();
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      await pause();
    }
  }

  private *steps(): Generator<void, IndexSegment> {
    const terms = [...this.postings.keys()].sort();
    yield;
    let total = 0;
    for (const list of this.postings.values()) total += list.length / 3;
    const termStart = new Uint32Array(terms.length + 1);
    const postingRecord = new Uint32Array(total);
    const postingField = new Uint8Array(total);
    const postingFrequency = new Uint8Array(total);
    let p = 0;
    for (let t = 0; t < terms.length; t++) {
      termStart[t] = p;
      const list = this.postings.get(terms[t]!)!;
      for (let i = 0; i < list.length; i += 3, p++) {
        postingRecord[p] = list[i]!;
        postingField[p] = list[i + 1]!;
        postingFrequency[p] = list[i + 2]!;
      }
      if (t % 4096 === 4095) yield;
    }
    termStart[terms.length] = p;
    return new IndexSegment({
      documents: this.documents,
      terms: arrayColumn(terms),
      termStart,
      postingRecord,
      postingField,
      postingFrequency,
      recordDocument: Uint32Array.from(this.recordDocument),
      fieldLength: Uint16Array.from(this.lengths),
      places: arrayColumn(this.places),
    });
  }
}

/**
 * One segment holding the documents the `keep` test lets through of several segments, in order:
 * term lists merged, postings copied with their records renumbered. Linear in the postings.
 */
export function mergeSegments(
  segments: ReadonlyArray<{ segment: IndexSegment; keep: (document: number) => boolean }>,
): IndexSegment {
  const documents: SegmentDocument[] = [];
  const places: string[] = [];
  const renumbered: Int32Array[] = [];
  let records = 0;
  for (const { segment, keep } of segments) {
    const map = new Int32Array(segment.recordCount).fill(-1);
    segment.parts.documents.forEach((d, i) => {
      if (!keep(i)) return;
      documents.push({ ...d, first: records });
      for (let r = d.first; r < d.first + d.count; r++) {
        map[r] = records++;
        places.push(segment.parts.places.get(r));
      }
    });
    renumbered.push(map);
  }
  const recordDocument = new Uint32Array(records);
  const fieldLength = new Uint16Array(records * FIELD_COUNT);
  documents.forEach((d, i) => recordDocument.fill(i, d.first, d.first + d.count));
  segments.forEach(({ segment }, s) => {
    const map = renumbered[s]!;
    for (let r = 0; r < segment.recordCount; r++) {
      const to = map[r]!;
      if (to >= 0)
        fieldLength.set(segment.parts.fieldLength.subarray(r * FIELD_COUNT, (r + 1) * FIELD_COUNT), to * FIELD_COUNT);
    }
  });

  const upper = segments.reduce((n, { segment }) => n + segment.parts.postingRecord.length, 0);
  const postingRecord = new Uint32Array(upper);
  const postingField = new Uint8Array(upper);
  const postingFrequency = new Uint8Array(upper);
  const terms: string[] = [];
  const starts: number[] = [];
  const cursor = segments.map(() => 0);
  const current = segments.map(({ segment }) => (segment.termCount > 0 ? segment.parts.terms.get(0) : null));
  let p = 0;
  for (;;) {
    let term: string | null = null;
    for (const candidate of current) if (candidate !== null && (term === null || candidate < term)) term = candidate;
    if (term === null) break;
    const start = p;
    segments.forEach(({ segment }, s) => {
      if (current[s] !== term) return;
      const { termStart, postingRecord: from, postingField: field, postingFrequency: count } = segment.parts;
      const t = cursor[s]!;
      const map = renumbered[s]!;
      for (let q = termStart[t]!; q < termStart[t + 1]!; q++) {
        const to = map[from[q]!];
        if (to === undefined) throw new DamagedIndexError('postings');
        if (to < 0) continue;
        postingRecord[p] = to;
        postingField[p] = field[q]!;
        postingFrequency[p++] = count[q]!;
      }
      cursor[s] = t + 1;
      current[s] = t + 1 < segment.termCount ? segment.parts.terms.get(t + 1) : null;
    });
    if (p > start) {
      terms.push(term);
      starts.push(start);
    }
  }
  starts.push(p);
  return new IndexSegment({
    documents,
    terms: arrayColumn(terms),
    termStart: Uint32Array.from(starts),
    postingRecord: postingRecord.slice(0, p),
    postingField: postingField.slice(0, p),
    postingFrequency: postingFrequency.slice(0, p),
    recordDocument,
    fieldLength,
    places: arrayColumn(places),
  });
}
