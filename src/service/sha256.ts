import { createHash } from 'node:crypto';
import { textPieces } from './text-pieces';

/** The SHA-256 of bytes, or of a text's UTF-8; a long text is hashed in pieces, never encoded whole. */
export function sha256(data: Uint8Array | string): string {
  const hash = createHash('sha256');
  if (typeof data === 'string') for (const piece of textPieces(data)) hash.update(piece, 'utf8');
  else hash.update(data);
  return hash.digest('hex');
}
