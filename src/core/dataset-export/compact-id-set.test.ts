import { describe, expect, it } from 'vitest';
import { CompactIdSet } from './compact-id-set';

describe('CompactIdSet', () => {
  it('holds exactly the ids added, through many growths', () => {
    const set = new CompactIdSet();
    const added: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const id = `s-${i.toString(36)}-${(i * 7919) % 1000}`;
      added.push(id);
      set.add(id);
    }
    expect(set.size).toBe(20_000);
    for (const id of added) expect(set.has(id)).toBe(true);
    for (let i = 0; i < 2_000; i++) expect(set.has(`s-${i.toString(36)}-x`)).toBe(false);
  });

  it('counts an id added twice once', () => {
    const set = new CompactIdSet();
    set.add('s-1').add('s-1').add('s-2');
    expect(set.size).toBe(2);
  });

  it('tells apart ids that are prefixes of each other, the empty id included', () => {
    const set = new CompactIdSet().add('ab').add('');
    expect(set.has('ab')).toBe(true);
    expect(set.has('')).toBe(true);
    expect(set.has('a')).toBe(false);
    expect(set.has('abc')).toBe(false);
  });

  it('keeps any UTF-16 string apart, lone surrogates and long ids too', () => {
    const ids = ['é', 'e\u0301', '😀', '\ud83d', '\ude00', '\u0080', '\u4000', '\uffff', 'x'.repeat(5_000)];
    const set = new CompactIdSet();
    for (const id of ids) set.add(id);
    expect(set.size).toBe(ids.length);
    for (const id of ids) expect(set.has(id)).toBe(true);
    expect(set.has('\ud83d\ude01')).toBe(false);
    expect(set.has('x'.repeat(4_999))).toBe(false);
  });

  it('answers as a Set<string> does for a random mix of adds and lookups', () => {
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 3000;
    const set = new CompactIdSet();
    const reference = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const id = `id-${next()}`;
      if (i % 3 === 0) {
        set.add(id);
        reference.add(id);
      } else expect(set.has(id)).toBe(reference.has(id));
    }
    expect(set.size).toBe(reference.size);
  });
});
