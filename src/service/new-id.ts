import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A short random id, safe in file names: `d-7k3q9x2m4t1v` for documents, `s-…` for spans. */
export function newId(prefix: string): string {
  const bytes = randomBytes(12);
  let id = '';
  for (const b of bytes) id += ALPHABET[b & 31];
  return `${prefix}-${id}`;
}
