/** A stable, dependency-free 52-bit FNV-1a hash, written in base 36. */
export function stableHash(input: string): string {
  // Two 32-bit FNV-1a lanes with different offsets, combined: collisions are vanishingly rare for ids.
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193) >>> 0;
    h2 = (h2 ^ (h1 >>> 7)) >>> 0;
  }
  return ((h1 & 0xfffff) * 0x100000000 + h2).toString(36).padStart(11, '0');
}
