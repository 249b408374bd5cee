import { textPieces } from './text-pieces';

/** What a workspace file is written from: text, bytes, or text in pieces (see stableJsonPieces). */
export type FileContent = string | Uint8Array | Iterable<string>;

/** Text is encoded and written about this many characters at a time. */
const WRITE_BATCH = 64 * 1024;

/**
 * A file's content as bytes, in batches of about 64K characters: text is never encoded whole, and
 * the batches share one buffer, so each must be written before the next is asked for.
 */
export function* contentBytes(content: FileContent): Generator<Uint8Array> {
  if (content instanceof Uint8Array) {
    yield content;
    return;
  }
  const pieces = typeof content === 'string' ? textPieces(content, WRITE_BATCH) : content;
  let buffer = Buffer.allocUnsafe(0);
  const encode = (batch: string): Uint8Array => {
    const length = Buffer.byteLength(batch);
    if (length > buffer.length) buffer = Buffer.allocUnsafe(Math.max(length, 3 * WRITE_BATCH));
    return buffer.subarray(0, buffer.write(batch));
  };
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= WRITE_BATCH) {
      yield encode(batch);
      batch = '';
    }
  }
  if (batch !== '') yield encode(batch);
}
