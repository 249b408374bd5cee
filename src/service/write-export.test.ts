import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from './test-workspace';
import { writeExportFiles } from './write-export';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.cleanup());

describe('writeExportFiles', () => {
  it('refuses a destination inside the workspace', async () => {
    await expect(
      writeExportFiles(join(folder.path, 'ws', 'out'), [{ path: 'a.txt', content: 'x' }], {
        workspaceRoot: join(folder.path, 'ws'),
      }),
    ).rejects.toThrow(/lies inside the workspace/);
  });

  it('leaves nothing half-written when a file cannot be written', async () => {
    const out = join(folder.path, 'out');
    const files = [
      { path: 'a.txt', content: 'A' },
      { path: 'a.txt/b.txt', content: 'a file cannot be a folder' },
    ];
    await expect(writeExportFiles(out, files)).rejects.toThrow(/Nothing was left there half-written/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(folder.path)).toEqual([]);
  });

  it('writes files in sub-folders of the destination', async () => {
    const out = join(folder.path, 'out');
    await writeExportFiles(out, [
      { path: 'train/a.txt', content: 'A' },
      { path: 'README.md', content: '# card' },
    ]);
    expect(readFileSync(join(out, 'train', 'a.txt'), 'utf8')).toBe('A');
  });

  it('never writes outside the destination, whatever the path says', async () => {
    const out = join(folder.path, 'out');
    for (const path of ['../escape.txt', '/etc/passwd-collate', 'a/../../escape.txt']) {
      await expect(writeExportFiles(out, [{ path, content: 'x' }])).rejects.toThrow(/lies outside/);
    }
    expect(existsSync(join(folder.path, 'escape.txt'))).toBe(false);
  });

  it('refuses a folder that holds other files unless told to write over it', async () => {
    writeFileSync(join(folder.path, 'keep.txt'), 'mine');
    await expect(writeExportFiles(folder.path, [{ path: 'a.txt', content: 'x' }])).rejects.toThrow(/is not empty/);
    await writeExportFiles(folder.path, [{ path: 'a.txt', content: 'x' }], { overwrite: true });
    expect(readFileSync(join(folder.path, 'keep.txt'), 'utf8')).toBe('mine');
  });
});
