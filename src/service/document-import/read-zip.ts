import { inflateRawSync } from 'node:zlib';
import { fail, ok, type Result } from '../../core/result';
import { DEFAULT_ZIP_LIMITS, readZipDirectory, type ZipEntry } from '../../core/text-extraction/read-zip-directory';

export interface ZipReadLimits {
  maxEntries: number;
  /** Most bytes all the entries read from one archive may inflate to, together. */
  maxTotalBytes: number;
  /** Most bytes one entry may inflate to. */
  maxEntryBytes?: number;
  /**
   * Most an entry may grow when inflated (uncompressed / compressed), and all the entries read
   * together against the archive's size; only checked past `ratioFloorBytes`, where text that
   * compresses well is still small.
   */
  maxRatio?: number;
  ratioFloorBytes?: number;
}

const MB = 1024 * 1024;

export const ZIP_LIMITS: ZipReadLimits = {
  maxEntries: DEFAULT_ZIP_LIMITS.maxEntries,
  maxTotalBytes: 200 * MB,
  maxEntryBytes: 64 * MB,
  maxRatio: 100,
  ratioFloorBytes: 2 * MB,
};

/** An opened zip archive: entries are inflated on demand, never beyond what the limits allow. */
export class ZipArchive {
  private inflated = 0;
  private readonly byName: Map<string, ZipEntry>;

  private constructor(
    private readonly bytes: Uint8Array,
    entries: ZipEntry[],
    private readonly limits: ZipReadLimits,
  ) {
    this.byName = new Map(entries.map((e) => [e.name, e]));
  }

  static open(bytes: Uint8Array, limits: ZipReadLimits = ZIP_LIMITS): Result<ZipArchive> {
    const directory = readZipDirectory(bytes, { maxEntries: limits.maxEntries });
    return directory.ok ? ok(new ZipArchive(bytes, directory.value, limits)) : directory;
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The entry's bytes; `undefined` (as a value) when the archive has no such entry. */
  read(name: string): Result<Uint8Array | undefined> {
    const entry = this.byName.get(name);
    if (!entry) return ok(undefined);
    if (entry.encrypted)
      return fail(
        'encrypted',
        'The file is password-protected (its content is encrypted); remove the password and import it again.',
      );
    const budget = this.limits.maxTotalBytes - this.inflated;
    if (entry.size > budget) return fail('zip-bomb', this.tooBig());
    const overLimit = this.entryLimitBroken(name, entry);
    if (overLimit) return fail('zip-bomb', overLimit);
    const data = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    let out: Uint8Array;
    if (entry.method === 0) {
      out = data;
    } else if (entry.method === 8) {
      try {
        // Inflate at most one byte more than declared: a larger entry lied about its size.
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(budget, entry.size + 1)) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          return entry.size + 1 <= budget
            ? fail(
                'zip-bomb',
                `The zip entry ${name} unpacks to more than the ${entry.size} bytes it declares; the archive is damaged or malicious.`,
              )
            : fail('zip-bomb', this.tooBig());
        }
        return fail('truncated', `The zip entry ${name} cannot be unpacked (the archive is damaged or truncated).`);
      }
      if (out.length !== entry.size) {
        return fail(
          'truncated',
          `The zip entry ${name} unpacks to ${out.length} bytes, not the ${entry.size} it declares; the archive is damaged.`,
        );
      }
    } else {
      return fail(
        'zip-method',
        `The zip entry ${name} uses compression method ${entry.method}, which Collate does not read.`,
      );
    }
    this.inflated += out.length;
    return ok(out);
  }

  /** The entry as UTF-8 text (a byte-order mark is dropped). */
  readText(name: string): Result<string | undefined> {
    const bytes = this.read(name);
    if (!bytes.ok || bytes.value === undefined) return bytes as Result<undefined>;
    return ok(new TextDecoder('utf-8').decode(bytes.value));
  }

  /** Which per-entry or ratio limit the entry's declared size breaks (inflation never passes it). */
  private entryLimitBroken(name: string, entry: ZipEntry): string | null {
    const {
      maxEntryBytes = ZIP_LIMITS.maxEntryBytes!,
      maxRatio = ZIP_LIMITS.maxRatio!,
      ratioFloorBytes = ZIP_LIMITS.ratioFloorBytes!,
    } = this.limits;
    if (entry.size > maxEntryBytes) {
      return `The zip entry ${name} would unpack to ${(entry.size / MB).toFixed(1)} MB, over the ${maxEntryBytes / MB} MB allowed for one entry; Collate refuses it as a possible zip bomb.`;
    }
    if (entry.size > ratioFloorBytes && entry.size > maxRatio * Math.max(1, entry.compressedSize)) {
      const ratio = Math.round(entry.size / Math.max(1, entry.compressedSize));
      return `The zip entry ${name} would grow ${ratio} times when unpacked, over the ${maxRatio}× allowed; Collate refuses it as a possible zip bomb.`;
    }
    const total = this.inflated + entry.size;
    if (total > ratioFloorBytes && total > maxRatio * this.bytes.length) {
      return `The archive would unpack to ${Math.round(total / this.bytes.length)} times its size, over the ${maxRatio}× allowed; Collate refuses it as a possible zip bomb.`;
    }
    return null;
  }

  private tooBig(): string {
    return `The archive would unpack to more than ${this.limits.maxTotalBytes / MB} MB; Collate refuses it as a possible zip bomb.`;
  }
}
