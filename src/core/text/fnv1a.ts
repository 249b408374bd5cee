const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

/** FNV-1a 32-bit hash of a string's UTF-16 units, as 8 hex digits: stable on every platform. */
export function fnv1a(text: string): string {
  let hash = OFFSET_BASIS;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), PRIME) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * A 52-bit hash in base 36 (11 digits) for ids: two FNV-1a lanes over the UTF-16 units, the second
 * with its own offset basis and stirred by the first, so collisions are vanishingly rare.
 */
export function fnv1a52(text: string): string {
  let h1 = OFFSET_BASIS;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, PRIME) >>> 0;
    h2 = Math.imul(h2 ^ c, PRIME) >>> 0;
    h2 = (h2 ^ (h1 >>> 7)) >>> 0;
  }
  return ((h1 & 0xfffff) * 0x100000000 + h2).toString(36).padStart(11, '0');
}
