import { randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const ID_BYTES = 12;
/** Random bytes for the next ids, drawn 256 ids at a time: one call into the system's generator costs more than the id. */
const pool = Buffer.alloc(ID_BYTES * 256);
let used = pool.length;

/** A short random id, safe in file names: `d-7k3q9x2m4t1v` for documents, `s-…` for spans. */
export function newId(prefix: string): string {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  let id = '';
  for (let i = used; i < used + ID_BYTES; i++) id += ALPHABET[pool[i]! & 31];
  used += ID_BYTES;
  return `${prefix}-${id}`;
}

/** Every id Collate generates, and the only ids that may become part of a file name. */
export const GENERATED_ID = /^[a-z]-[0-9a-hjkmnp-tv-z]{12}$/;

export const isGeneratedId = (id: string, prefix?: string): boolean =>
  GENERATED_ID.test(id) && (prefix === undefined || id.startsWith(`${prefix}-`));
