import { fail, ok, type Result } from '../result';

declare const TextDecoder: new (label: string) => { decode(input: Uint8Array): string };

/** One entry of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; others are refused when read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** The uncompressed size the archive declares (it may lie; inflation must cap it). */
  size: number;
  /** Where the entry's compressed bytes start in the archive. */
  dataOffset: number;
}

export interface ZipLimits {
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;

/** Whether the bytes start like a zip archive ("PK\x03\x04", or an empty archive's "PK\x05\x06"). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

/**
 * Reads the central directory of a zip archive (no inflation: that needs the platform's zlib).
 * Says plainly when the bytes are not a zip, are cut short, use ZIP64, or hold too many entries.
 */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Result<ZipEntry[]> {
  if (!looksLikeZip(bytes)) return fail('not-zip', 'The file is not a zip archive.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  const truncated = fail<ZipEntry[]>('truncated', 'The zip archive is incomplete (it may be truncated or damaged).');

  let eocd = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return truncated;
  if (eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR) {
    return fail('zip64', 'The zip archive uses the ZIP64 extension, which Collate does not read.');
  }
  const count = u16(eocd + 10);
  const directorySize = u32(eocd + 12);
  const directoryOffset = u32(eocd + 16);
  if (count > limits.maxEntries) {
    return fail(
      'zip-bomb',
      `The zip archive holds ${count} entries; Collate reads archives of up to ${limits.maxEntries}.`,
    );
  }
  if (directoryOffset + directorySize > eocd) return truncated;

  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(at) !== CENTRAL) return truncated;
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const localOffset = u32(at + 42);
    if (at + 46 + nameLength > eocd) return truncated;
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (localOffset + 30 > bytes.length || u32(localOffset) !== LOCAL) return truncated;
    const dataOffset = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (dataOffset + compressedSize > bytes.length) return truncated;
    entries.push({ name, method, encrypted: (flags & 1) === 1, compressedSize, size, dataOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return ok(entries);
}

/** Resolves a path written relative to another archive entry (a chapter named by a package file), dropping any fragment. */
export function resolveZipPath(fromFile: string, relative: string): string {
  const withoutFragment = relative.split('#')[0] ?? '';
  let decoded = withoutFragment;
  try {
    decoded = decodeURIComponent(withoutFragment);
  } catch {
    // A malformed escape is kept as written.
  }
  const base = decoded.startsWith('/') ? [] : fromFile.split('/').slice(0, -1);
  for (const part of decoded.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') base.pop();
    else base.push(part);
  }
  return base.join('/');
}
