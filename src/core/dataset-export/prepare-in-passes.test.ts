import { describe, expect, it } from 'vitest';
import { defaultSchema } from '../default-schema';
import type { ClaimGroup, CollateDocument, Relation, SpanAnnotation } from '../model';
import { prepareDataset } from './prepare-dataset';
import { DatasetPasses } from './prepare-in-passes';
import type { ExportInput, ExportOptions } from './types';

/** A small deterministic generator (mulberry32), so that each seed is one corpus. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A corpus with what makes preparing hard: spans sharing a place (alike, some linked alike), ids used
 * twice within and across documents, spans outside their text or filed under another document,
 * links and claim groups to missing spans, notes.
 */
function corpus(seed: number): ExportInput {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const documents: CollateDocument[] = [];
  const spans = new Map<string, SpanAnnotation[]>();
  const ids: string[] = [];
  for (let d = 0; d < 6; d++) {
    const id = `d-${d}`;
    const text = `Document ${d}: the minister said ${d} ships came, officials said.`;
    documents.push({
      id,
      title: `T${d}`,
      text,
      ...(d === 2 ? { note: '<p>n<script>x</script></p>' } : {}),
    } as CollateDocument);
    const list: SpanAnnotation[] = [];
    for (let n = 0; n < 12; n++) {
      const start = pick([0, 4, 4, 12, 12, 30]);
      const end = start + pick([3, 3, 5, 80]);
      const sid = next() < 0.1 && ids.length > 0 ? pick(ids) : `s-${d}-${n}`;
      ids.push(sid);
      list.push({
        id: sid,
        documentId: next() < 0.05 ? 'd-elsewhere' : id,
        label: pick(['Claim', 'Source', 'Cue']),
        start,
        end,
        quote: text.slice(start, end),
        prefix: '',
        suffix: '',
        attributes: next() < 0.3 ? { certainty: 'hedged' } : {},
        author: pick(['ana', 'bo']),
        created: '2025-01-01T00:00:00.000Z',
        ...(next() < 0.2 ? { note: '<b>why</b>' } : {}),
      } as SpanAnnotation);
    }
    spans.set(id, list);
  }
  const relations: Relation[] = Array.from({ length: 30 }, (_, n) => ({
    id: `r-${n}`,
    type: pick(['attributed-to', 'supports', 'contradicts']),
    from: next() < 0.05 ? 's-missing' : pick(ids),
    to: pick(ids),
    author: 'ana',
    created: '2025-01-01T00:00:00.000Z',
  }));
  const claimGroups: ClaimGroup[] = Array.from({ length: 4 }, (_, n) => ({
    id: `g-${n}`,
    statement: `group ${n}`,
    members: [pick(ids), pick(ids), ...(n === 0 ? ['s-gone'] : [])],
    created: '2025-01-01T00:00:00.000Z',
    modified: '2025-01-01T00:00:00.000Z',
  }));
  return { documents, spans, relations, claimGroups, schema: defaultSchema };
}

const OPTION_SETS: Array<Omit<ExportOptions, 'date'>> = [
  {},
  { labels: ['Claim', 'Source'] },
  { documentIds: ['d-4', 'd-1', 'd-9'], includeNotes: false },
];

describe('preparing an export in passes', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    for (const [n, chosen] of OPTION_SETS.entries()) {
      it(`gives what prepareDataset gives (corpus ${seed}, options ${n})`, () => {
        const input = corpus(seed);
        const options = { date: '2025-01-02', ...chosen };
        for (const attributes of [true, false]) {
          const whole = prepareDataset(input, options, { attributes });
          const passes = new DatasetPasses(input, options, { attributes });
          for (const d of input.documents) passes.note(d, input.spans.get(d.id)!);
          const plan = passes.finish();
          expect(plan.warnings).toEqual(whole.warnings);
          const restored = plan.documents.map((d) => plan.restore(input.documents.find((x) => x.id === d.id)!));
          expect(restored).toEqual(whole.data.documents);
          expect(plan.documents.map((d) => d.text).join('')).toBe('');
          for (const d of whole.data.documents) expect(plan.characters.get(d.id)).toBe([...d.text].length);
          expect(plan.relations).toEqual(whole.data.relations);
          expect(plan.claimGroups).toEqual(whole.data.claimGroups);
          for (const d of restored) {
            const spans = whole.data.spans.get(d.id)!;
            expect(plan.spansOf(d, input.spans.get(d.id)!)).toEqual(spans);
            const tally = (list: Array<{ label: string; author: string }>): string[] =>
              list.map((s) => `${s.label} ${s.author}`).sort();
            expect(tally(plan.tallies.get(d.id)!)).toEqual(tally(spans));
          }
        }
      });
    }
  }
});
