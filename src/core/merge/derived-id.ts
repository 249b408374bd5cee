import { fnv1a } from '../text/fnv1a';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A generated-looking id (`s-` and 12 letters or digits) derived from a seed, so merging the same two
 * versions always names the added copy alike, whichever side runs the merge.
 */
export function derivedId(prefix: string, seed: string): string {
  const hex = fnv1a(seed) + fnv1a(`${seed}\u0000${fnv1a(seed)}`);
  let bits = BigInt(`0x${hex}`);
  let id = '';
  for (let i = 0; i < 12; i++) {
    id += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return `${prefix}-${id}`;
}
