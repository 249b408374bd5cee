import { fail, ok, type Result } from '../result';
import type { ImportNote } from '../model';
import { decodeWindows1252 } from './windows-1252';

/** The WHATWG decoder is a global in Node and every browser; core declares just what it uses. */
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => {
  decode(input: Uint8Array): string;
};

export interface DecodedText {
  text: string;
  encoding: string;
  notes: ImportNote[];
}

const SNIFF_LENGTH = 8192;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_LENGTH);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / Math.max(1, sample.length) > 0.1;
}

/**
 * Decodes the bytes of a text file: a byte-order mark wins; else strict UTF-8; else Windows-1252,
 * which is said in a note. Binary data is refused rather than decoded into garbage.
 */
export function decodeText(bytes: Uint8Array): Result<DecodedText> {
  if (bytes.length === 0) return fail('empty', 'The file is empty.');
  const boms: Array<[number[], string]> = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ];
  for (const [bom, encoding] of boms) {
    if (startsWith(bytes, bom)) {
      try {
        const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bom.length));
        return ok({
          text,
          encoding,
          notes: [
            { kind: 'byte-order-mark', message: `A ${encoding.toUpperCase()} byte-order mark was found and removed.` },
          ],
        });
      } catch {
        return fail(
          'bad-encoding',
          `The file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}.`,
        );
      }
    }
  }
  if (looksBinary(bytes)) return fail('binary', 'The file holds binary data, not text.');
  try {
    return ok({ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', notes: [] });
  } catch {
    return ok({
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      notes: [{ kind: 'encoding', message: 'The file is not valid UTF-8; it was decoded as Windows-1252.' }],
    });
  }
}
