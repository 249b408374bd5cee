import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../src/service/report/write-report';
import { tempFolder } from '../../src/service/test-workspace';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

describe('writeFileAtomically', () => {
  it('replaces the file in one step and leaves no temporary file', async () => {
    const target = join(folder.path, 'report.html');
    writeFileSync(target, 'old');
    await writeFileAtomically(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(folder.path)).toEqual(['report.html']);
  });

  it('leaves the destination as it was when cancelled before the rename', async () => {
    const target = join(folder.path, 'report.pdf');
    writeFileSync(target, 'old');
    const cancel = new AbortController();
    cancel.abort();
    await expect(writeFileAtomically(target, new Uint8Array([1, 2, 3]), cancel.signal)).rejects.toThrow(
      `Cancelled; nothing was written to ${target}.`,
    );
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(folder.path)).toEqual(['report.pdf']);
  });

  it('says why when the write fails, and leaves nothing behind', async () => {
    const gone = join(folder.path, 'gone');
    rmSync(gone, { force: true });
    await expect(writeFileAtomically(join(gone, 'r.md'), 'x')).rejects.toThrow(
      `Could not write ${join(gone, 'r.md')}: its folder does not exist.`,
    );
    expect(readdirSync(folder.path)).toEqual([]);
  });
});
