import { endianness } from 'node:os';
import {
  bytesColumn,
  checkSegment,
  DamagedIndexError,
  IndexSegment,
  type SegmentDocument,
  type SegmentParts,
  type StringColumn,
} from './index-segment';

/**
 * The search index cache: a little-endian u32 with the header's length, the header (JSON), then
 * each section's bytes at an offset that is a multiple of 8, so that typed arrays view them in place.
 */
export const INDEX_FORMAT = 'collate-search-index';
/** 3: a binary file of typed arrays (2 was MiniSearch's JSON). */
export const INDEX_VERSION = 3;

type Section = 'terms' | 'termOffsets' | 'termStart' | 'postingRecord' | 'postingField' | 'postingFrequency';
type RecordSection = 'recordDocument' | 'fieldLength' | 'places' | 'placeOffsets';
type Sections = Record<Section | RecordSection, [offset: number, length: number]>;

interface Header {
  format: typeof INDEX_FORMAT;
  version: number;
  endianness: 'LE' | 'BE';
  documents: Array<[id: string, stamp: string, first: number, count: number]>;
  sections: Sections;
}

const align = (n: number): number => Math.ceil(n / 8) * 8;

function columnBytes(column: StringColumn): { bytes: Buffer; offsets: Uint32Array } {
  const strings: string[] = [];
  const offsets = new Uint32Array(column.length + 1);
  for (let i = 0; i < column.length; i++) {
    const value = column.get(i);
    strings.push(value);
    offsets[i + 1] = offsets[i]! + Buffer.byteLength(value);
  }
  return { bytes: Buffer.from(strings.join('')), offsets };
}

const bytesOf = (array: ArrayBufferView): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** A segment as the bytes of its cache file. */
export function segmentBytes(segment: IndexSegment): Buffer {
  const parts = segment.parts;
  const terms = columnBytes(parts.terms);
  const places = columnBytes(parts.places);
  const chunks: Record<keyof Sections, Buffer> = {
    terms: terms.bytes,
    termOffsets: bytesOf(terms.offsets),
    termStart: bytesOf(parts.termStart),
    postingRecord: bytesOf(parts.postingRecord),
    postingField: bytesOf(parts.postingField),
    postingFrequency: bytesOf(parts.postingFrequency),
    recordDocument: bytesOf(parts.recordDocument),
    fieldLength: bytesOf(parts.fieldLength),
    places: places.bytes,
    placeOffsets: bytesOf(places.offsets),
  };
  const sections = {} as Sections;
  let offset = 0;
  for (const [name, chunk] of Object.entries(chunks)) {
    sections[name as keyof Sections] = [offset, chunk.length];
    offset = align(offset + chunk.length);
  }
  const header: Header = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    endianness: endianness(),
    documents: parts.documents.map((d) => [d.id, d.stamp, d.first, d.count]),
    sections,
  };
  const head = Buffer.from(JSON.stringify(header));
  const start = align(4 + head.length);
  const file = Buffer.alloc(start + offset);
  file.writeUInt32LE(head.length, 0);
  head.copy(file, 4);
  for (const [name, chunk] of Object.entries(chunks)) chunk.copy(file, start + sections[name as keyof Sections][0]);
  return file;
}

/** The segment of a cache file; throws with what is wrong when the file is not a sound one of this version. */
export function segmentFromBytes(read: Buffer): IndexSegment {
  // A file read whole starts its own memory; copied only if it did not, so that every view is aligned.
  const file = read.byteOffset % 8 === 0 ? read : Buffer.from(read);
  const fail = (what: string): never => {
    throw new DamagedIndexError(what);
  };
  if (file.length < 4) fail('too short');
  const headLength = file.readUInt32LE(0);
  if (4 + headLength > file.length) fail('header');
  let header: Header;
  try {
    header = JSON.parse(file.toString('utf8', 4, 4 + headLength)) as Header;
  } catch {
    return fail('header');
  }
  if (header?.format !== INDEX_FORMAT || header.version !== INDEX_VERSION)
    throw new Error('not a search index of this version');
  if (header.endianness !== endianness()) throw new Error('a search index written on another kind of machine');
  if (!Array.isArray(header.documents) || typeof header.sections !== 'object' || header.sections === null)
    fail('header');
  const start = align(4 + headLength);
  const view = <T>(
    name: keyof Sections,
    make: (buffer: ArrayBufferLike, at: number, length: number) => T,
    size: number,
  ): T => {
    const [offset, length] = header.sections[name] ?? [];
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset! % 8 !== 0 || length! % size !== 0) fail(name);
    if (start + offset! + length! > file.length) fail(name);
    return make(file.buffer, file.byteOffset + start + offset!, length! / size);
  };
  const u32 = (name: keyof Sections) => view(name, (b, at, n) => new Uint32Array(b, at, n), 4);
  const u16 = (name: keyof Sections) => view(name, (b, at, n) => new Uint16Array(b, at, n), 2);
  const u8 = (name: keyof Sections) => view(name, (b, at, n) => new Uint8Array(b, at, n), 1);
  const column = (bytes: keyof Sections, offsets: keyof Sections): StringColumn => {
    const text = view(bytes, (b, at, n) => Buffer.from(b, at, n), 1);
    const ends = u32(offsets);
    if (ends.length === 0 || ends[0] !== 0 || ends[ends.length - 1] !== text.length) fail(offsets);
    for (let i = 1; i < ends.length; i++) if (ends[i]! < ends[i - 1]!) fail(offsets);
    return bytesColumn(text, ends);
  };
  const documents = header.documents.map(([id, stamp, first, count]): SegmentDocument => ({ id, stamp, first, count }));
  const parts: SegmentParts = {
    documents,
    terms: column('terms', 'termOffsets'),
    termStart: u32('termStart'),
    postingRecord: u32('postingRecord'),
    postingField: u8('postingField'),
    postingFrequency: u8('postingFrequency'),
    recordDocument: u32('recordDocument'),
    fieldLength: u16('fieldLength'),
    places: column('places', 'placeOffsets'),
  };
  checkSegment(parts);
  return new IndexSegment(parts);
}
