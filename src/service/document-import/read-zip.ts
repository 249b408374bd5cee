import { createInflateRaw } from 'node:zlib';
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
/** How much zlib unpacks between two checks of the limits. */
const INFLATE_CHUNK = 64 * 1024;

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
  async read(name: string): Promise<Result<Uint8Array | undefined>> {
    const chunks: Uint8Array[] = [];
    const streamed = await this.stream(name, (chunk) => void chunks.push(chunk));
    if (!streamed.ok) return streamed;
    if (!streamed.value) return ok(undefined);
    return ok(chunks.length === 1 ? chunks[0]! : new Uint8Array(Buffer.concat(chunks)));
  }

  /** The entry as UTF-8 text (a byte-order mark is dropped). */
  async readText(name: string): Promise<Result<string | undefined>> {
    const bytes = await this.read(name);
    if (!bytes.ok || bytes.value === undefined) return bytes as Result<undefined>;
    return ok(new TextDecoder('utf-8').decode(bytes.value));
  }

  /**
   * Passes the entry on as UTF-8 text in pieces, as it is unpacked (a byte-order mark is dropped);
   * `onText` returns false to stop early. Resolves to whether the archive has the entry.
   */
  async streamText(name: string, onText: (text: string) => boolean | void): Promise<Result<boolean>> {
    const decoder = new TextDecoder('utf-8');
    let going = true;
    const streamed = await this.stream(name, (chunk) => {
      going = onText(decoder.decode(chunk, { stream: true })) !== false;
      return going;
    });
    if (streamed.ok && streamed.value && going) onText(decoder.decode());
    return streamed;
  }

  /**
   * Unpacks an entry in pieces, checking every limit as the bytes arrive: the size it declares (a
   * larger entry lied), the size allowed for one entry, how much it grows, and the archive's budget.
   * zlib unpacks it a chunk at a time and stops at the first chunk past a limit. `onChunk` returns
   * false to stop. Resolves to whether the archive has the entry.
   */
  private async stream(name: string, onChunk: (chunk: Uint8Array) => boolean | void): Promise<Result<boolean>> {
    const entry = this.byName.get(name);
    if (!entry) return ok(false);
    if (entry.encrypted)
      return fail(
        'encrypted',
        'The file is password-protected (its content is encrypted); remove the password and import it again.',
      );
    if (entry.size > this.limits.maxTotalBytes - this.inflated) return fail('zip-bomb', this.tooBig());
    const declaredBroken = this.limitBroken(name, entry.size, entry.compressedSize, this.inflated + entry.size);
    if (declaredBroken) return fail('zip-bomb', declaredBroken);
    const data = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    if (entry.method === 0) {
      if (data.length !== entry.size) {
        return fail(
          'truncated',
          `The zip entry ${name} is stored as ${data.length} bytes, not the ${entry.size} it declares; the archive is damaged.`,
        );
      }
      this.inflated += data.length;
      onChunk(data);
      return ok(true);
    }
    if (entry.method !== 8) {
      return fail(
        'zip-method',
        `The zip entry ${name} uses compression method ${entry.method}, which Collate does not read.`,
      );
    }
    const { produced, refusal, stopped, damaged } = await this.inflate(name, entry, data, onChunk);
    if (damaged && refusal === null && !stopped)
      return fail('truncated', `The zip entry ${name} cannot be unpacked (the archive is damaged or truncated).`);
    this.inflated += produced;
    if (refusal !== null) return fail('zip-bomb', refusal);
    if (!stopped && produced !== entry.size) {
      return fail(
        'truncated',
        `The zip entry ${name} unpacks to ${produced} bytes, not the ${entry.size} it declares; the archive is damaged.`,
      );
    }
    return ok(true);
  }

  /** Inflates `data` through zlib's stream, checking the limits at every chunk it gives. */
  private inflate(
    name: string,
    entry: ZipEntry,
    data: Uint8Array,
    onChunk: (chunk: Uint8Array) => boolean | void,
  ): Promise<{ produced: number; refusal: string | null; stopped: boolean; damaged: boolean }> {
    return new Promise((resolve) => {
      const inflater = createInflateRaw({ chunkSize: INFLATE_CHUNK });
      let produced = 0;
      let refusal: string | null = null;
      let stopped = false;
      let settled = false;
      const settle = (damaged: boolean): void => {
        if (settled) return;
        settled = true;
        inflater.destroy();
        resolve({ produced, refusal, stopped, damaged });
      };
      inflater.on('data', (chunk: Buffer) => {
        if (settled) return;
        produced += chunk.length;
        refusal = this.arrivingBroken(name, entry, produced);
        if (refusal === null) stopped = onChunk(chunk) === false;
        if (refusal !== null || stopped) settle(false);
      });
      inflater.on('end', () => settle(false));
      inflater.on('error', () => settle(true));
      inflater.end(data);
    });
  }

  /** Which limit the bytes unpacked so far break: first the entry's own declared size. */
  private arrivingBroken(name: string, entry: ZipEntry, produced: number): string | null {
    if (this.inflated + produced > this.limits.maxTotalBytes) return this.tooBig();
    if (produced > entry.size) {
      return `The zip entry ${name} unpacks to more than the ${entry.size} bytes it declares; the archive is damaged or malicious.`;
    }
    return this.limitBroken(name, produced, entry.compressedSize, this.inflated + produced);
  }

  /**
   * Which per-entry or ratio limit an entry breaks when it unpacks to `size` bytes (declared, or
   * unpacked so far) and the archive's entries to `total`.
   */
  private limitBroken(name: string, size: number, compressedSize: number, total: number): string | null {
    const {
      maxEntryBytes = ZIP_LIMITS.maxEntryBytes!,
      maxRatio = ZIP_LIMITS.maxRatio!,
      ratioFloorBytes = ZIP_LIMITS.ratioFloorBytes!,
    } = this.limits;
    if (size > maxEntryBytes) {
      return `The zip entry ${name} would unpack to ${(size / MB).toFixed(1)} MB, over the ${maxEntryBytes / MB} MB allowed for one entry; Collate refuses it as a possible zip bomb.`;
    }
    if (size > ratioFloorBytes && size > maxRatio * Math.max(1, compressedSize)) {
      const ratio = Math.round(size / Math.max(1, compressedSize));
      return `The zip entry ${name} would grow ${ratio} times when unpacked, over the ${maxRatio}× allowed; Collate refuses it as a possible zip bomb.`;
    }
    if (total > ratioFloorBytes && total > maxRatio * this.bytes.length) {
      return `The archive would unpack to ${Math.round(total / this.bytes.length)} times its size, over the ${maxRatio}× allowed; Collate refuses it as a possible zip bomb.`;
    }
    return null;
  }

  private tooBig(): string {
    return `The archive would unpack to more than ${this.limits.maxTotalBytes / MB} MB; Collate refuses it as a possible zip bomb.`;
  }
}
