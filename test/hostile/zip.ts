import { crc32, deflateRawSync } from 'node:zlib';

export interface RawZipEntry {
  name: string;
  /** The bytes stored in the archive (already deflated when method is 8). */
  stored: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the archive declares (may lie). */
  size: number;
  crc: number;
  /** Point this entry's central record at an earlier entry's local header (an overlapping-entries bomb). */
  sameDataAs?: string;
}

export const deflated = (name: string, data: Uint8Array, declaredSize = data.length): RawZipEntry => ({
  name,
  stored: deflateRawSync(data, { level: 9 }),
  method: 8,
  size: declaredSize,
  crc: crc32(data),
});

export const stored = (name: string, data: Uint8Array): RawZipEntry => ({
  name,
  stored: data,
  method: 0,
  size: data.length,
  crc: crc32(data),
});

/** Writes a zip archive byte by byte, so that sizes, counts and offsets can lie as a hostile archive's do. */
export function writeZip(entries: RawZipEntry[], options: { declaredCount?: number } = {}): Uint8Array {
  const chunks: Buffer[] = [];
  let offset = 0;
  const localAt = new Map<string, number>();
  const central: Buffer[] = [];
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    let at = e.sameDataAs !== undefined ? localAt.get(e.sameDataAs) : undefined;
    if (at === undefined) {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(e.method, 8);
      local.writeUInt32LE(e.crc >>> 0, 14);
      local.writeUInt32LE(e.stored.length, 18);
      local.writeUInt32LE(e.size, 22);
      local.writeUInt16LE(name.length, 26);
      at = offset;
      chunks.push(local, name, Buffer.from(e.stored));
      offset += 30 + name.length + e.stored.length;
    }
    localAt.set(e.name, at);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(e.method, 10);
    record.writeUInt32LE(e.crc >>> 0, 16);
    record.writeUInt32LE(e.stored.length, 20);
    record.writeUInt32LE(e.size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(at, 42);
    central.push(record, name);
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Math.min(options.declaredCount ?? entries.length, 0xffff);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

export const DOCX_CONTENT_TYPES = stored(
  '[Content_Types].xml',
  Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  ),
);

export const docxDocument = (paragraphs: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`;

export const EPUB_CONTAINER = stored(
  'META-INF/container.xml',
  Buffer.from(
    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
  ),
);

/** An EPUB package file whose spine reads `hrefs` (relative to OEBPS/) in order. */
export const epubOpf = (hrefs: string[]): RawZipEntry =>
  stored(
    'OEBPS/content.opf',
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="uid">x</dc:identifier><dc:title>Hostile book</dc:title></metadata><manifest>${hrefs
        .map((h, i) => `<item id="c${i}" href="${h}" media-type="application/xhtml+xml"/>`)
        .join('')}</manifest><spine>${hrefs.map((_, i) => `<itemref idref="c${i}"/>`).join('')}</spine></package>`,
    ),
  );
