import { DamagedIndexError, FIELD_COUNT, type IndexSegment } from './index-segment';
import { termsOf } from './segment-builder';
import { SEARCH_BOOST, SEARCH_FIELDS } from './search-records';

/** A segment and which of its documents are out of date (indexed again in a later segment). */
export interface SearchedSegment {
  segment: IndexSegment;
  stale: (document: number) => boolean;
}

/** A record matching every word of a query, with its score, the terms it matched and in which fields. */
export interface RecordMatch {
  segment: number;
  record: number;
  score: number;
  terms: string[];
  fields: string[];
}

// BM25+ as MiniSearch has it: term saturation, length normalisation, and a floor for any match.
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** How much a longer word counts when it matched only as the continuation of the last query word. */
const PREFIX_WEIGHT = 0.375;
const BOOSTS = Float64Array.from(SEARCH_FIELDS, (f) => SEARCH_BOOST[f] ?? 1);

interface Expansion {
  term: string;
  weight: number;
  /** Per segment: the term's position there, or -1. */
  at: number[];
}

/** The words of a query, each with the terms it stands for (the last word, if long enough, as a prefix). */
function expand(query: string, segments: readonly SearchedSegment[]): Expansion[][] {
  const words = [...new Set(termsOf(query))];
  return words.map((word, i) => {
    const byTerm = new Map<string, Expansion>();
    const note = (term: string, s: number, index: number): void => {
      let found = byTerm.get(term);
      if (!found) {
        const extra = term.length - word.length;
        const weight = extra === 0 ? 1 : (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * extra);
        byTerm.set(term, (found = { term, weight, at: segments.map(() => -1) }));
      }
      found.at[s] = index;
    };
    const prefix = i === words.length - 1 && word.length >= 3;
    segments.forEach(({ segment }, s) => {
      if (prefix) for (const { term, index } of segment.termsStartingWith(word)) note(term, s, index);
      else {
        const index = segment.termIndex(word);
        if (index >= 0) note(word, s, index);
      }
    });
    return [...byTerm.values()];
  });
}

const scratch = new WeakMap<IndexSegment, { score: Float64Array; matched: Uint16Array }>();

/** Per record of a segment, zeroed: its score so far and how many of the query's words it matched. */
function scratchOf(segment: IndexSegment): { score: Float64Array; matched: Uint16Array } {
  let arrays = scratch.get(segment);
  if (!arrays) {
    arrays = { score: new Float64Array(segment.recordCount), matched: new Uint16Array(segment.recordCount) };
    scratch.set(segment, arrays);
  } else {
    arrays.score.fill(0);
    arrays.matched.fill(0);
  }
  return arrays;
}

/** A bounded min-heap keeping the `limit` best matches seen. */
class Best {
  private readonly items: Array<{ score: number; order: number; segment: number; record: number }> = [];
  constructor(private readonly limit: number) {}

  /** Ties go to the earlier record, so a query always answers in the same order. */
  private worse(a: Best['items'][number], b: Best['items'][number]): boolean {
    return a.score < b.score || (a.score === b.score && a.order > b.order);
  }

  offer(score: number, order: number, segment: number, record: number): void {
    const items = this.items;
    if (items.length === this.limit) {
      const least = items[0]!;
      if (score < least.score || (score === least.score && order > least.order)) return;
      items[0] = { score, order, segment, record };
      this.down(0);
      return;
    }
    items.push({ score, order, segment, record });
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.worse(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const items = this.items;
    for (;;) {
      let least = i;
      for (const child of [2 * i + 1, 2 * i + 2])
        if (child < items.length && this.worse(items[child]!, items[least]!)) least = child;
      if (least === i) return;
      [items[i], items[least]] = [items[least]!, items[i]!];
      i = least;
    }
  }

  sorted(): Best['items'] {
    return [...this.items].sort((a, b) => (this.worse(a, b) ? 1 : this.worse(b, a) ? -1 : 0));
  }
}

/**
 * The `limit` best records holding every word of the query (the last may be the start of a word), over
 * all segments, scored with corpus-wide statistics. Each matching posting is visited once; only the
 * best `limit` records are kept, and only they are asked which terms and fields they matched.
 */
export function searchSegments(segments: readonly SearchedSegment[], query: string, limit: number): RecordMatch[] {
  const words = expand(query, segments);
  if (words.length === 0 || words.some((w) => w.length === 0)) return [];
  const fieldWords = new Float64Array(FIELD_COUNT);
  const fieldRecords = new Float64Array(FIELD_COUNT);
  for (const { segment } of segments) {
    for (let f = 0; f < FIELD_COUNT; f++) {
      fieldWords[f]! += segment.fieldWords[f]!;
      fieldRecords[f]! += segment.fieldRecords[f]!;
    }
  }
  const averageLength = fieldWords.map((w, f) => (fieldRecords[f]! > 0 ? w / fieldRecords[f]! : 1));
  /**
   * Per term: how rare it is (BM25's idf) among the fields of records, from how many of them hold it (its
   * postings, known without reading them) out of how many fields of records hold any word.
   */
  const fields = fieldRecords.reduce((sum, n) => sum + n, 0);
  const rarity = words.map((expansions) =>
    expansions.map((e) => {
      let n = 0;
      segments.forEach(({ segment }, s) => {
        const t = e.at[s]!;
        if (t >= 0) n += segment.parts.termStart[t + 1]! - segment.parts.termStart[t]!;
      });
      return Math.log(1 + (fields - n + 0.5) / (n + 0.5));
    }),
  );

  const best = new Best(limit);
  let order = 0;
  segments.forEach(({ segment, stale }, s) => {
    const { score, matched } = scratchOf(segment);
    const { termStart, postingRecord, postingField, postingFrequency, fieldLength, recordDocument } = segment.parts;
    const count = segment.recordCount;
    const last = words.length - 1;
    const complete: number[] = [];
    for (let w = 0; w <= last; w++) {
      const expansions = words[w]!;
      for (let x = 0; x < expansions.length; x++) {
        const t = expansions[x]!.at[s]!;
        if (t < 0) continue;
        const weight = expansions[x]!.weight * rarity[w]![x]!;
        const end = termStart[t + 1]!;
        for (let p = termStart[t]!; p < end; p++) {
          const record = postingRecord[p]!;
          const f = postingField[p]!;
          if (record >= count || f >= FIELD_COUNT) throw new DamagedIndexError('postings');
          const before = matched[record]!;
          if (before < w) continue; // missed an earlier word: can no longer match
          const tf = postingFrequency[p]!;
          const norm = 1 - B + (B * fieldLength[record * FIELD_COUNT + f]!) / averageLength[f]!;
          score[record]! += BOOSTS[f]! * weight * (D + (tf * (K + 1)) / (tf + K * norm));
          if (before === w) {
            matched[record] = w + 1;
            if (w === last) complete.push(record);
          }
        }
      }
    }
    for (const record of complete)
      if (!stale(recordDocument[record]!)) best.offer(score[record]!, order + record, s, record);
    order += segment.recordCount;
  });

  return best.sorted().map(({ segment: s, record, score }) => {
    const segment = segments[s]!.segment;
    const terms: string[] = [];
    let fields = 0;
    for (const expansions of words)
      for (const e of expansions) {
        const t = e.at[s]!;
        if (t < 0) continue;
        const found = segment.fieldsOf(t, record);
        if (found === 0) continue;
        terms.push(e.term);
        fields |= found;
      }
    return { segment: s, record, score, terms, fields: SEARCH_FIELDS.filter((_, f) => fields & (1 << f)) };
  });
}
