import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZipDirectory } from './read-zip-directory';

describe('readZipDirectory', () => {
  const zip = zipSync({ 'a.txt': strToU8('hello hello hello hello'), 'dir/b.xml': [strToU8('<b/>'), { level: 0 }] });

  it('lists entries with their method, sizes and where their data starts', () => {
    const result = readZipDirectory(zip);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map(({ name, method, size, encrypted }) => ({ name, method, size, encrypted }))).toEqual([
      { name: 'a.txt', method: 8, size: 23, encrypted: false },
      { name: 'dir/b.xml', method: 0, size: 4, encrypted: false },
    ]);
    const stored = result.value[1]!;
    expect(new TextDecoder().decode(zip.subarray(stored.dataOffset, stored.dataOffset + stored.compressedSize))).toBe(
      '<b/>',
    );
  });

  it('tells a non-zip, a truncated zip and one with too many entries apart', () => {
    expect(readZipDirectory(strToU8('plain text'))).toMatchObject({ ok: false, error: { code: 'not-zip' } });
    expect(readZipDirectory(zip.subarray(0, zip.length - 30))).toEqual({
      ok: false,
      error: { code: 'truncated', message: 'The zip archive is incomplete (it may be truncated or damaged).' },
    });
    expect(readZipDirectory(zip, { maxEntries: 1 })).toEqual({
      ok: false,
      error: { code: 'zip-bomb', message: 'The zip archive holds 2 entries; Collate reads archives of up to 1.' },
    });
  });

  it('notices an encrypted entry', () => {
    const copy = new Uint8Array(zip);
    const view = new DataView(copy.buffer);
    let at = copy.length - 22;
    at = view.getUint32(at + 16, true);
    view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
    const result = readZipDirectory(copy);
    expect(result.ok && result.value[0]!.encrypted).toBe(true);
  });
});
