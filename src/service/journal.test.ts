import { describe, expect, it } from 'vitest';
import { applyOps, diffFields, formatEntry, parseJournal } from './journal';

const a = { id: 'a' };
const b = { id: 'b' };
const c = { id: 'c' };
const d = { id: 'd' };

describe('diffFields and applyOps', () => {
  it('writes only the changed middle of an array and replays it exactly', () => {
    const cases: Array<[unknown[], unknown[]]> = [
      [
        [a, b, c],
        [a, b, c, d],
      ],
      [
        [a, b, c],
        [d, a, b, c],
      ],
      [
        [a, b, c],
        [a, c],
      ],
      [
        [a, b, c],
        [a, d, c],
      ],
      [[a, b, c], []],
      [[], [a]],
      [
        [a, a, a],
        [a, a],
      ],
      [
        ['x', 'y'],
        ['x', 'y', 'z'],
      ],
    ];
    for (const [before, after] of cases) {
      const ops = diffFields({ spans: before, documentId: 'd1' }, { spans: after, documentId: 'd1' });
      expect(applyOps({ spans: before, documentId: 'd1' }, ops)).toEqual({ spans: after, documentId: 'd1' });
    }
    expect(diffFields({ spans: [a, b, c] }, { spans: [a, b, d, c] })).toEqual([
      { field: 'spans', at: 2, remove: 0, insert: [d] },
    ]);
  });

  it('sets, replaces and removes other fields, and skips an array copied unchanged', () => {
    const before = { name: 'x', schema: { labels: [] }, note: 'n', list: [a] };
    const after = { name: 'y', schema: { labels: ['Claim'] }, list: [a] };
    const ops = diffFields(before, after);
    expect(ops).toEqual([
      { field: 'name', value: 'y' },
      { field: 'schema', value: { labels: ['Claim'] } },
      { field: 'note', unset: true },
    ]);
    expect(applyOps(before, ops)).toEqual(after);
    expect(diffFields(before, { ...before })).toEqual([]);
  });

  it('refuses a splice that does not fit', () => {
    expect(() => applyOps({ spans: [a] }, [{ field: 'spans', at: 1, remove: 2, insert: [] }])).toThrow(
      'a change to "spans" does not fit the file',
    );
  });
});

describe('parseJournal', () => {
  const one = formatEntry({ seq: 1, ops: [{ field: 'name', value: 'é' }] });
  const two = formatEntry({ seq: 2, ops: [{ field: 'spans', at: 0, remove: 0, insert: [a] }] });

  it('reads whole lines and ignores a last line cut short', () => {
    const torn = two.slice(0, 20);
    expect(parseJournal(one + two)).toEqual({
      entries: [JSON.parse(one), JSON.parse(two)],
      goodLength: Buffer.byteLength(one + two),
    });
    expect(parseJournal(one + torn)).toEqual({ entries: [JSON.parse(one)], goodLength: Buffer.byteLength(one) });
  });

  it('says where a whole line is not an entry', () => {
    expect(parseJournal(one + 'garbage\n' + two)).toMatchObject({ entries: [JSON.parse(one)], damagedAt: 2 });
    expect(parseJournal('{"seq":1,"ops":[{"field":"x","at":-1,"remove":0,"insert":[]}]}\n')).toMatchObject({
      entries: [],
      damagedAt: 1,
    });
  });
});
