import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBratAnn } from '../../src/core/formats/brat/index';
import {
  parseAnnotationFile,
  parseBrat,
  type AnnotationBundle,
  type ImportedSpan,
} from '../../src/core/annotation-import/index';
import type { Fragment } from '../../src/core/model';
import { OffsetIndex } from '../../src/core/offsets';
import { FUZZ_RUNS } from './fuzz-runs';

/*
 * Inputs per run of this file: FUZZ_RUNS (brat) + FUZZ_RUNS (Collate JSONL) + FUZZ_RUNS (Label
 * Studio) + FUZZ_RUNS / 2 (doccano and damaged files) = 3.5 × FUZZ_RUNS: 700 in `npm test`,
 * 8,750 with FUZZ_RUNS=2500 (the total of the folder is in importers.fuzz.test.ts).
 */

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const covered = (text: string, fragments: readonly Fragment[]): string =>
  fragments.map((f) => text.slice(f.start, f.end)).join(' ');
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Every accepted span lies inside its text, covers something, and cuts no character in half. */
function checkSpans(text: string, spans: readonly ImportedSpan[]): void {
  for (const span of spans) {
    expect(span.fragments.length).toBeGreaterThan(0);
    for (const f of span.fragments) {
      expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
      for (const at of [f.start, f.end])
        expect(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))).toBe(false);
    }
  }
}

function checkBundle(bundle: AnnotationBundle): void {
  for (const doc of bundle.documents) checkSpans(doc.text, doc.spans);
  const keys = new Set(bundle.documents.flatMap((d) => d.spans.map((s) => s.key)));
  for (const r of bundle.relations) {
    expect(keys.has(r.from)).toBe(true);
    expect(keys.has(r.to)).toBe(true);
  }
}

/** Texts with what breaks offsets: emoji (astral), combining marks, CRLF, tabs. */
const text = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
      fc.constantFrom('😀', '👩‍👩‍👧', 'é', 'e\u0301', '中文', '\r\n', '\n', '\t', ' ', 'said'),
    ),
    { minLength: 1, maxLength: 20 },
  )
  .map((p) => p.join(''));

/** An offset near the text's length in either unit, sometimes past it, sometimes negative. */
const offset = fc.oneof(fc.nat({ max: 200 }), fc.integer({ min: -3, max: 300 }));

/** Small string damage: a cut, an insertion, or a slice dropped. */
const damage = fc.oneof(
  fc.nat().map((a) => (s: string) => s.slice(0, a % (s.length + 1))),
  fc.tuple(fc.nat(), fc.string({ maxLength: 8 })).map(
    ([a, x]) =>
      (s: string) =>
        s.slice(0, a % (s.length + 1)) + x + s.slice(a % (s.length + 1)),
  ),
  fc.tuple(fc.nat(), fc.nat({ max: 10 })).map(
    ([a, n]) =>
      (s: string) =>
        s.slice(0, a % (s.length + 1)) + s.slice((a % (s.length + 1)) + n),
  ),
);

describe('fuzz: annotation import', () => {
  it('brat: accepts only spans inside the text whose quoted text matches, and never throws', () => {
    const entity = fc.record({
      type: fc.constantFrom('Source', 'Content', 'Cue', 'Place'),
      pieces: fc.array(fc.tuple(offset, fc.nat({ max: 30 })), { minLength: 1, maxLength: 3 }),
      honest: fc.boolean(),
      said: fc.string({ maxLength: 10 }),
    });
    const extra = fc.constantFrom(
      'R1\tSays Arg1:T1 Arg2:T2',
      'A1\tNegated T1',
      'A2\tcertainty T2 hedged',
      '#1\tAnnotatorNotes T1\tnote <b>',
      'E1\tAttribution:T3 Content:T1 Source:T2',
      '*\tEquiv T1 T2',
      'T1\tSource 0 1\tx',
      'garbage',
      'E2\tX:T9',
    );
    fc.assert(
      fc.property(
        text,
        fc.array(entity, { maxLength: 5 }),
        fc.array(extra, { maxLength: 3 }),
        fc.array(damage, { maxLength: 1 }),
        (body, entities, extras, damages) => {
          const index = new OffsetIndex(body);
          const lines = entities.map((e, i) => {
            const pieces = e.pieces.map(([s, n]) => ({ start: s, end: s + n }));
            const said = pieces
              .map((p) => [...body].slice(Math.max(0, p.start), Math.max(0, p.end)).join(''))
              .join(' ');
            return `T${i + 1}\t${e.type} ${pieces.map((p) => `${p.start} ${p.end}`).join(';')}\t${e.honest ? said.replace(/[\n\t]/g, ' ') : e.said}`;
          });
          const ann = damages.reduce((s, d) => d(s), [...lines, ...extras].join('\n'));
          const result = parseBrat({ textName: 'a.txt', text: body, anns: [{ name: 'a.ann', content: ann }] });
          if (!result.ok) {
            expect(result.error.message.length).toBeGreaterThan(0);
            return;
          }
          checkBundle(result.value);
          const byId = new Map(parseBratAnn(ann).entities.map((e) => [e.id, e]));
          for (const span of result.value.documents[0]!.spans) {
            const line = byId.get(span.key)!;
            const listed = line.fragments.map((f) => ({ start: index.toUtf16(f.start), end: index.toUtf16(f.end) }));
            const said = squash(line.text);
            expect([squash(covered(body, span.fragments)), squash(covered(body, listed))]).toContain(said);
          }
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('Collate JSONL: accepts only spans inside the text whose quoted text matches, in either offset unit', () => {
    const span = fc.record({
      start: offset,
      length: fc.integer({ min: -2, max: 30 }),
      honest: fc.boolean(),
      said: fc.string({ maxLength: 8 }),
      fragments: fc.boolean(),
    });
    const record = fc.record({
      text,
      unit: fc.constantFrom('codepoint', 'utf16', 'bytes'),
      spans: fc.array(span, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 3 }), (records) => {
        const said = new Map<string, string>();
        const content = records
          .map((r, line) => {
            const chars = r.unit === 'codepoint' ? [...r.text] : r.text.split('');
            return JSON.stringify({
              id: `d${line}`,
              text: r.text,
              offset_unit: r.unit,
              spans: r.spans.map((s, i) => {
                const end = s.start + s.length;
                const quote = s.honest ? chars.slice(Math.max(0, s.start), Math.max(0, end)).join('') : s.said;
                said.set(`${line + 1}:s${i}`, quote);
                return {
                  id: `s${i}`,
                  start: s.start,
                  end,
                  label: 'Claim',
                  text: quote,
                  ...(s.fragments ? { fragments: [{ start: s.start, end }] } : {}),
                };
              }),
            });
          })
          .join('\n');
        const result = parseAnnotationFile('a.jsonl', content);
        if (!result.ok) return void expect(result.error.message.length).toBeGreaterThan(0);
        checkBundle(result.value);
        for (const doc of result.value.documents) {
          for (const s of doc.spans) expect(squash(covered(doc.text, s.fragments))).toBe(squash(said.get(s.key)!));
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('Label Studio: accepts only regions inside the text whose quoted text matches', () => {
    const region = fc.record({
      start: offset,
      length: fc.integer({ min: -2, max: 30 }),
      said: fc.option(fc.string({ maxLength: 8 })),
      honest: fc.boolean(),
      id: fc.constantFrom('a', 'b', 'a~2', 'c', 7),
    });
    const task = fc.record({
      text,
      regions: fc.array(region, { maxLength: 4 }),
      relation: fc.boolean(),
      asArray: fc.boolean(),
    });
    fc.assert(
      fc.property(task, fc.array(damage, { maxLength: 1 }), ({ text: body, regions, relation, asArray }, damages) => {
        const chars = [...body];
        const result = regions.map((r) => ({
          id: r.id,
          type: 'labels',
          from_name: 'label',
          to_name: 'text',
          value: {
            start: r.start,
            end: r.start + r.length,
            labels: ['Claim'],
            ...(r.said === null
              ? {}
              : {
                  text: r.honest ? chars.slice(Math.max(0, r.start), Math.max(0, r.start + r.length)).join('') : r.said,
                }),
          },
        }));
        const relations = relation
          ? [{ type: 'relation', from_id: 'a', to_id: 'b', direction: 'right', labels: ['attributed-to'] }]
          : [];
        const tasks = [
          { id: 1, data: { text: body }, annotations: [{ completed_by: 1, result: [...result, ...relations] }] },
        ];
        const content = damages.reduce((s, d) => d(s), JSON.stringify(asArray ? tasks : tasks[0]));
        const parsed = parseAnnotationFile('tasks.json', content);
        if (!parsed.ok) return void expect(parsed.error.message.length).toBeGreaterThan(0);
        checkBundle(parsed.value);
        if (damages.length > 0) return;
        for (const doc of parsed.value.documents) {
          for (const s of doc.spans) {
            // A second region with an id already used is read as `<id>@<n>`.
            const id = s.key.replace(/^0:/, '').replace(/@\d+$/, '');
            const pieces = result.filter((r) => String(r.id) === id || String(r.id).replace(/~\d+$/, '') === id);
            const quotes = pieces.map((p) => p.value.text);
            const reused = result.filter((r) => String(r.id) === id).length > 1;
            const expected = reused ? [quotes.join(' '), ...quotes] : [quotes.join(' ')];
            if (quotes.every((q) => q !== undefined))
              expect(expected.map((q) => squash(q!))).toContain(squash(covered(doc.text, s.fragments)));
          }
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('doccano records and damaged annotation files of any kind: results, never throws, offsets inside the text', () => {
    const doccano = fc
      .record({
        text,
        entities: fc.array(fc.tuple(offset, fc.integer({ min: -2, max: 30 })), { maxLength: 4 }),
        unit: fc.constantFrom(undefined, 'codepoint', 'utf16'),
      })
      .map((r) =>
        JSON.stringify({
          text: r.text,
          ...(r.unit ? { offset_unit: r.unit } : {}),
          label: r.entities.map(([s, n]) => [s, s + n, 'Claim']),
        }),
      );
    const anything = fc.oneof(doccano, fc.json(), fc.string({ maxLength: 200 }));
    fc.assert(
      fc.property(
        fc.array(anything, { minLength: 1, maxLength: 4 }),
        fc.array(damage, { maxLength: 2 }),
        fc.constantFrom('a.jsonl', 'a.json'),
        (lines, damages, name) => {
          const content = damages.reduce((s, d) => d(s), lines.join('\n'));
          const result = parseAnnotationFile(name, content);
          if (!result.ok) return void expect(result.error.message.length).toBeGreaterThan(0);
          checkBundle(result.value);
        },
      ),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });
});
