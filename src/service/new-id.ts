import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A short random id, safe in file names: `d-7k3q9x2m4t1v` for documents, `s-…` for spans. */
export function newId(prefix: string): string {
  const bytes = randomBytes(12);
  let id = '';
  for (const b of bytes) id += ALPHABET[b & 31];
  return `${prefix}-${id}`;
}

/** Every id Collate generates, and the only ids that may become part of a file name. */
export const GENERATED_ID = /^[a-z]-[0-9a-hjkmnp-tv-z]{12}$/;

export const isGeneratedId = (id: string, prefix?: string): boolean =>
  GENERATED_ID.test(id) && (prefix === undefined || id.startsWith(`${prefix}-`));
