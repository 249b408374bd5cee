import { describe, expect, it } from 'vitest';
import { stableStringify } from './stable-json';

describe('stableStringify', () => {
  it('sorts keys, indents, and writes each record of a top-level array on one line', () => {
    const text = stableStringify({ spans: [{ b: 1, a: 'x\ny' }, { a: 2 }], $v: 1, meta: { z: 1, y: [1, 2] } });
    expect(text).toBe(
      '{\n  "$v": 1,\n  "meta": {\n    "y": [\n      1,\n      2\n    ],\n    "z": 1\n  },\n  "spans": [\n    {"a":"x\\ny","b":1},\n    {"a":2}\n  ]\n}\n',
    );
    expect(JSON.parse(text)).toEqual({ spans: [{ b: 1, a: 'x\ny' }, { a: 2 }], $v: 1, meta: { z: 1, y: [1, 2] } });
  });

  it('writes a new record in full and reuses the lines of records it has seen', () => {
    const kept = { id: 1 };
    expect(stableStringify({ spans: [kept] })).toContain('{"id":1}');
    expect(stableStringify({ spans: [kept, { id: 2, b: [3] }] })).toBe(
      '{\n  "spans": [\n    {"id":1},\n    {"b":[3],"id":2}\n  ]\n}\n',
    );
  });
});
