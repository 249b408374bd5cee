/** Bytes per String.fromCharCode call: large enough to be fast, small enough for the argument limit. */
const CHUNK = 0x8000;

/** Base64 of raw bytes, built chunk by chunk so that large files do not cost a string per byte. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  }
  return btoa(parts.join(''));
}
