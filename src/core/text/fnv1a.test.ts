import { describe, expect, it } from 'vitest';
import { fnv1a, fnv1a52 } from './fnv1a';

describe('fnv1a', () => {
  it('gives the published FNV-1a 32-bit values for ASCII', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });

  it('hashes UTF-16 units, so an astral character counts as its two surrogates', () => {
    expect(fnv1a('😀')).toBe(fnv1a('\ud83d\ude00'));
    expect(fnv1a('😀')).not.toBe(fnv1a('\ud83d'));
    expect(fnv1a('e\u0301')).not.toBe(fnv1a('é'));
  });
});

describe('fnv1a52', () => {
  it('keeps the values suggestion ids were made with', () => {
    expect(fnv1a52('')).toBe('0yys8mkmqsf');
    expect(fnv1a52('Claim:0-12')).toBe('0lrtw98qckw');
    expect(fnv1a52('Source:3-9,14-20')).toBe('03kidz3z4dz');
    expect(fnv1a52('Q: 👩‍👩‍👧 é')).toBe('14vh0ixzcv9');
  });

  it('writes 11 base-36 digits and tells near inputs apart', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 2000; i++) ids.add(fnv1a52(`Claim:${i}-${i + 7}`));
    expect(ids.size).toBe(2000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{11}$/);
  });
});
