import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { IndexedDocument } from './contract';
import { decodeLibraryRow, encodeLibraryRow, LibraryPage, parseLibraryPage } from './library-rows';

const zodParse = (value: unknown): unknown => {
  const r = LibraryPage.safeParse(value);
  return r.success ? r.data : null;
};

const count = fc.oneof(fc.nat(), fc.constantFrom(-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY));
const optionalText = fc.option(fc.string(), { nil: null });
const validRow = fc.tuple(
  fc.string({ minLength: 1 }),
  fc.string(),
  fc.string(),
  optionalText,
  optionalText,
  optionalText,
  fc.option(fc.array(fc.string(), { maxLength: 3 }), { nil: null }),
  fc.boolean(),
  fc.nat(),
  fc.nat(),
  fc.dictionary(fc.constantFrom('Claim', 'Source', 'Cue'), fc.nat()),
  fc.array(fc.string(), { maxLength: 3 }),
);
/** A row with one position replaced by something of another shape, or cut short, or made longer. */
const damagedRow = fc.oneof(
  fc
    .tuple(validRow, fc.nat({ max: 11 }), fc.oneof(count, fc.string(), fc.constant(null), fc.anything()))
    .map(([row, at, value]) => row.map((v, i) => (i === at ? value : v))),
  validRow.map((row) => row.slice(0, 11)),
  validRow.map((row) => [...row, 'extra']),
  validRow.map((row) => row.map((v, i) => (i === 10 ? { Claim: -1 } : i === 11 ? [1] : v))),
);
const page = (rows: unknown[], total: unknown = rows.length) => ({ total, rows });

describe('parseLibraryPage', () => {
  it('accepts exactly what the contract schema accepts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(validRow, damagedRow, fc.anything()), { maxLength: 4 }),
        fc.oneof(fc.nat(), count, fc.anything()),
        (rows, total) => {
          expect(parseLibraryPage(page(rows, total))).toEqual(zodParse(page(rows, total)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('returns what the schema returns for valid pages', () => {
    fc.assert(
      fc.property(fc.array(validRow, { maxLength: 5 }), (rows) => {
        const parsed = parseLibraryPage(page(rows));
        expect(parsed).not.toBeNull();
        expect(parsed).toEqual(zodParse(page(rows)));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what is not a page', () => {
    for (const value of [null, undefined, [], 'rows', 3, { total: 1 }, { rows: [] }]) {
      expect(parseLibraryPage(value)).toBeNull();
      expect(zodParse(value)).toBeNull();
    }
  });
});

describe('library rows on the wire', () => {
  const indexed = {
    id: 'd-1',
    title: 'Port strike',
    source: 'strike.txt',
    outlet: 'Harbour Gazette',
    published: '2031-04-02',
    tags: ['labour'],
    done: true,
    format: 'txt',
    encoding: 'utf-8',
    sha256: 'a'.repeat(64),
    textSha256: 'b'.repeat(64),
    importedAt: '2031-04-03T00:00:00.000Z',
    notes: [],
    note: '<p>long note</p>',
    length: 1200,
    counts: { spans: 3, orphaned: 1, labels: { Claim: 2, Source: 1 }, annotators: ['ana'] },
  } as IndexedDocument;

  it('carry what the library shows and counts, and nothing else', () => {
    const { row, counts } = decodeLibraryRow(encodeLibraryRow(indexed));
    expect(row).toEqual({
      id: 'd-1',
      title: 'Port strike',
      source: 'strike.txt',
      outlet: 'Harbour Gazette',
      published: '2031-04-02',
      tags: ['labour'],
      done: true,
    });
    expect(counts).toEqual(indexed.counts);
  });

  it('leave absent details absent', () => {
    const bare = { ...indexed, outlet: undefined, published: undefined, tags: undefined, done: undefined };
    const { row } = decodeLibraryRow(encodeLibraryRow(bare));
    expect(row).toEqual({ id: 'd-1', title: 'Port strike', source: 'strike.txt' });
    expect(parseLibraryPage(page([encodeLibraryRow(bare)]))).not.toBeNull();
  });
});
