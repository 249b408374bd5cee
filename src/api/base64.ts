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

/** The bytes a base64 string stands for; the same in Node, the renderer and the preload. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
