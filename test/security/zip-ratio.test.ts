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

async function read(entries: Parameters<typeof writeZip>[0], name: string) {
  const archive = ZipArchive.open(writeZip(entries), limits);
  if (!archive.ok) throw new Error(archive.error.message);
  return archive.value.read(name);
}

describe('zip limits per entry and per file', async () => {
  it('refuses an entry over the per-entry size, naming that limit', async () => {
    const result = await read([deflated('big.xml', spaces(9 * MB))], 'big.xml');
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/over the 8 MB allowed for one entry/) },
    });
  });

  it('refuses an entry that grows more than the ratio allows, naming the ratio', async () => {
    const result = await read([deflated('dense.xml', spaces(2 * MB))], 'dense.xml');
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/dense\.xml would grow \d+ times.*over the 20× allowed/) },
    });
  });

  it('refuses a file whose entries together grow past the ratio', async () => {
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
    const results = [];
    for (const p of parts) results.push(await archive.value.read(p.name));
    expect(results.find((r) => !r.ok)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/archive would unpack to \d+ times its size/) },
    });
  });

  it('reads an ordinary entry', async () => {
    const xml = Buffer.from('<p>The regulator fined the bank.</p>'.repeat(50));
    expect(deflateRawSync(xml).length).toBeGreaterThan(0);
    expect(await read([deflated('ok.xml', xml)], 'ok.xml')).toMatchObject({ ok: true });
  });
});

describe('zip entries whose central directory under-declares their size', () => {
  // Text that compresses about 3:1, so that neither the ratio nor the per-entry limit can catch it:
  // only the bytes arriving past the declared size give it away.
  const text = Buffer.from(
    Array.from({ length: 3 * MB }, (_, i) => String.fromCharCode(97 + ((i * 7919 + (i >> 7)) % 26))).join(''),
  );

  it('is stopped as the bytes arrive, before anything past the declared size is passed on', async () => {
    const archive = ZipArchive.open(writeZip([deflated('part.xml', text, 100_000)]), limits);
    if (!archive.ok) throw new Error(archive.error.message);
    let passedOn = 0;
    const result = await archive.value.streamText('part.xml', (piece) => void (passedOn += piece.length));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'zip-bomb',
        message: expect.stringMatching(/part\.xml unpacks to more than the 100000 bytes it declares/),
      },
    });
    expect(passedOn).toBeLessThanOrEqual(100_000);
  });

  it('is refused the same way when it is read whole', async () => {
    expect(await read([deflated('part.xml', text, 100_000)], 'part.xml')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/unpacks to more than the 100000 bytes it declares/) },
    });
  });

  it('says an entry that unpacks to less than it declares is damaged', async () => {
    expect(await read([deflated('short.xml', Buffer.from('<p>short</p>'), 5_000)], 'short.xml')).toMatchObject({
      ok: false,
      error: { code: 'truncated', message: expect.stringMatching(/short\.xml unpacks to 12 bytes, not the 5000/) },
    });
  });
});
