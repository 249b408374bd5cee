import { basename } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { JsonStore, type StoreKind } from '../../src/service/json-store';
import { tempFolder } from '../../src/service/test-workspace';

// Issue #16, "Durable means durable": a whole file is written to a temporary file that is fsynced,
// renamed over the old one, and then its folder is fsynced; a journal line is fdatasynced before
// its edit is acknowledged. The file system calls are recorded in the order they finish.

const events = vi.hoisted(() => [] as string[]);
vi.mock('node:fs/promises', async (importOriginal) => {
  const fsp = await importOriginal<typeof import('node:fs/promises')>();
  const open = async (...args: Parameters<typeof fsp.open>) => {
    const handle = await fsp.open(...args);
    const name = basename(String(args[0]));
    return new Proxy(handle, {
      get(target, property) {
        if (property === 'sync')
          return async () => {
            await target.sync();
            events.push(`fsync ${name}`);
          };
        const value = Reflect.get(target, property) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  const rename = async (from: string, to: string) => {
    await fsp.rename(from, to);
    events.push(`rename ${basename(from)} ${basename(to)}`);
  };
  return { ...fsp, open, rename, default: { ...fsp, open, rename } };
});
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const fdatasync = (fd: number, callback: (error: NodeJS.ErrnoException | null) => void): void =>
    fs.fdatasync(fd, (error) => {
      events.push('fdatasync journal');
      callback(error);
    });
  return { ...fs, fdatasync, default: { ...fs, fdatasync } };
});

const kind = {
  format: 'notes',
  description: 'notes file',
  schema: z.object({ items: z.array(z.number()) }),
} satisfies StoreKind<z.ZodType>;

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
  events.length = 0;
});
afterEach(() => folder.cleanup());

describe('a save that says it is done', () => {
  it('fsyncs the temporary file before the rename and the folder after it', async () => {
    await JsonStore.create(folder.path, 'notes.json', kind, { items: [1] });
    const folderName = basename(folder.path);
    expect(events).toEqual(['fsync .notes.json.tmp', 'rename .notes.json.tmp notes.json', `fsync ${folderName}`]);
  });

  it('fdatasyncs the journal line before the edit is acknowledged', async () => {
    const store = await JsonStore.create(folder.path, 'notes.json', kind, { items: [] });
    events.length = 0;
    await store.update((d) => ({ next: { items: [...d.items, 1] }, result: undefined }));
    events.push('acknowledged');
    expect(events.filter((e) => e !== `fsync ${basename(folder.path)}`)).toEqual(['fdatasync journal', 'acknowledged']);
    store.flushSync();
  });
});
