import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZipArchive } from '../../src/service/document-import/read-zip';
import { deflated, writeZip } from '../hostile/zip';

// Issue #16, item 4: each entry and each file is capped in size and in how much it grows, and the
// refusal names the limit that was broken, before anything is unpacked.

const MB = 1024 * 1024;
const spaces = (bytes: number): Buffer => Buffer.alloc(bytes, 0x20);
const limits = {
  maxEntries: 100,
  maxTotalBytes: 50 * MB,
  maxEntryBytes: 8 * MB,
  maxRatio: 20,
  ratioFloorBytes: 64 * 1024,
};

function read(entries: Parameters<typeof writeZip>[0], name: string) {
  const archive = ZipArchive.open(writeZip(entries), limits);
  if (!archive.ok) throw new Error(archive.error.message);
  return archive.value.read(name);
}

describe('zip limits per entry and per file', () => {
  it('refuses an entry over the per-entry size, naming that limit', () => {
    const result = read([deflated('big.xml', spaces(9 * MB))], 'big.xml');
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/over the 8 MB allowed for one entry/) },
    });
  });

  it('refuses an entry that grows more than the ratio allows, naming the ratio', () => {
    const result = read([deflated('dense.xml', spaces(2 * MB))], 'dense.xml');
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/dense\.xml would grow \d+ times.*over the 20× allowed/) },
    });
  });

  it('refuses a file whose entries together grow past the ratio', () => {
    // Each part is small enough to pass on its own; random-ish text keeps each part's ratio low.
    const text = Buffer.from(
      Array.from({ length: 40_000 }, (_, i) => String.fromCharCode(97 + ((i * 7919) % 26))).join(''),
    );
    const parts = Array.from({ length: 8 }, (_, i) => ({
      ...deflated(`p${i}.xml`, text),
      sameDataAs: i ? 'p0.xml' : undefined,
    }));
    const archive = ZipArchive.open(writeZip(parts), { ...limits, maxRatio: 3 });
    if (!archive.ok) throw new Error(archive.error.message);
    const results = parts.map((p) => archive.value.read(p.name));
    expect(results.find((r) => !r.ok)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/archive would unpack to \d+ times its size/) },
    });
  });

  it('reads an ordinary entry', () => {
    const xml = Buffer.from('<p>The regulator fined the bank.</p>'.repeat(50));
    expect(deflateRawSync(xml).length).toBeGreaterThan(0);
    expect(read([deflated('ok.xml', xml)], 'ok.xml')).toMatchObject({ ok: true });
  });
});
