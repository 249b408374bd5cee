import { strToU8 } from 'fflate';

/** A value msgpack can encode: `Uint8Array` becomes bin, `bigint` a 64-bit integer, plain objects maps. */
export type MsgpackValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | readonly MsgpackValue[]
  | { readonly [key: string]: MsgpackValue };

class ByteWriter {
  private buffer = new Uint8Array(256);
  private view = new DataView(this.buffer.buffer);
  length = 0;

  private reserve(n: number): number {
    if (this.length + n > this.buffer.length) {
      const bigger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + n));
      bigger.set(this.buffer.subarray(0, this.length));
      this.buffer = bigger;
      this.view = new DataView(bigger.buffer);
    }
    const at = this.length;
    this.length += n;
    return at;
  }

  u8(value: number): void {
    const at = this.reserve(1);
    this.view.setUint8(at, value);
  }
  u16(value: number): void {
    const at = this.reserve(2);
    this.view.setUint16(at, value);
  }
  u32(value: number): void {
    const at = this.reserve(4);
    this.view.setUint32(at, value);
  }
  u64(value: bigint): void {
    const at = this.reserve(8);
    this.view.setBigUint64(at, value);
  }
  i64(value: bigint): void {
    const at = this.reserve(8);
    this.view.setBigInt64(at, value);
  }
  f64(value: number): void {
    const at = this.reserve(8);
    this.view.setFloat64(at, value);
  }
  bytes(value: Uint8Array): void {
    const at = this.reserve(value.length);
    this.buffer.set(value, at);
  }
  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

function writeLength(
  out: ByteWriter,
  length: number,
  fix: number | undefined,
  fixMax: number,
  codes: [number, number, number],
): void {
  if (fix !== undefined && length <= fixMax) out.u8(fix | length);
  else if (codes[0] !== 0 && length < 0x100) {
    out.u8(codes[0]);
    out.u8(length);
  } else if (length < 0x10000) {
    out.u8(codes[1]);
    out.u16(length);
  } else {
    out.u8(codes[2]);
    out.u32(length);
  }
}

function writeInteger(out: ByteWriter, value: bigint): void {
  if (value >= 0n && value < 0x80n) out.u8(Number(value));
  else if (value >= -32n && value < 0n) out.u8(Number(value) & 0xff);
  else if (value >= 0n && value < 0x100n) writeTagged(out, 0xcc, () => out.u8(Number(value)));
  else if (value >= 0n && value < 0x10000n) writeTagged(out, 0xcd, () => out.u16(Number(value)));
  else if (value >= 0n && value < 0x100000000n) writeTagged(out, 0xce, () => out.u32(Number(value)));
  else if (value >= 0n && value < 1n << 64n) writeTagged(out, 0xcf, () => out.u64(value));
  else if (value < 0n && value >= -(1n << 63n)) writeTagged(out, 0xd3, () => out.i64(value));
  else throw new RangeError(`msgpack: ${value} does not fit in 64 bits`);
}

/** A msgpack type byte followed by its payload. */
function writeTagged(out: ByteWriter, tag: number, payload: () => void): void {
  out.u8(tag);
  payload();
}

function writeValue(out: ByteWriter, value: MsgpackValue): void {
  if (value === null) out.u8(0xc0);
  else if (typeof value === 'boolean') out.u8(value ? 0xc3 : 0xc2);
  else if (typeof value === 'bigint') writeInteger(out, value);
  else if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) writeInteger(out, BigInt(value));
    else {
      out.u8(0xcb);
      out.f64(value);
    }
  } else if (typeof value === 'string') {
    const bytes = strToU8(value);
    writeLength(out, bytes.length, 0xa0, 31, [0xd9, 0xda, 0xdb]);
    out.bytes(bytes);
  } else if (value instanceof Uint8Array) {
    writeLength(out, value.length, undefined, -1, [0xc4, 0xc5, 0xc6]);
    out.bytes(value);
  } else if (Array.isArray(value)) {
    const items = value as readonly MsgpackValue[];
    writeLength(out, items.length, 0x90, 15, [0, 0xdc, 0xdd]);
    for (const item of items) writeValue(out, item);
  } else {
    const entries = Object.entries(value as { [key: string]: MsgpackValue });
    writeLength(out, entries.length, 0x80, 15, [0, 0xde, 0xdf]);
    for (const [key, item] of entries) {
      writeValue(out, key);
      writeValue(out, item);
    }
  }
}

/**
 * Encodes a value as MessagePack (the subset spaCy's DocBin needs): the smallest integer and length
 * forms, strings as str (UTF-8), `Uint8Array` as bin, map keys in insertion order.
 */
export function encodeMsgpack(value: MsgpackValue): Uint8Array {
  const out = new ByteWriter();
  writeValue(out, value);
  return out.result();
}
