import { strToU8 } from 'fflate';

const M = 0xc6a4a7935bd1e995n;
const MASK = (1n << 64n) - 1n;
const R = 47n;

/**
 * MurmurHash64A (Austin Appleby) of some bytes, as the `murmurhash` package computes it on a 64-bit
 * little-endian machine; spaCy hashes every string so (`hash_string`: the UTF-8 bytes, seed 1).
 */
export function murmurHash64A(bytes: Uint8Array, seed: bigint): bigint {
  const length = bytes.length;
  let h = (seed ^ ((BigInt(length) * M) & MASK)) & MASK;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const blocks = Math.floor(length / 8);
  for (let i = 0; i < blocks; i++) {
    let k = view.getBigUint64(i * 8, true);
    k = (k * M) & MASK;
    k ^= k >> R;
    k = (k * M) & MASK;
    h ^= k;
    h = (h * M) & MASK;
  }
  const tail = blocks * 8;
  const rest = length & 7;
  if (rest > 0) {
    for (let i = rest - 1; i >= 0; i--) h ^= BigInt(bytes[tail + i]!) << BigInt(8 * i);
    h = (h * M) & MASK;
  }
  h ^= h >> R;
  h = (h * M) & MASK;
  h ^= h >> R;
  return h;
}

/** spaCy's 64-bit hash of a string (`spacy.strings.hash_string`); the empty string is 0, as in its StringStore. */
export function spacyStringHash(value: string): bigint {
  return value === '' ? 0n : murmurHash64A(strToU8(value), 1n);
}
