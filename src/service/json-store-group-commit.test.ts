import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { JsonStore, type StoreKind } from './json-store';
import { journalFile, parseJournal } from './journal';
import { tempFolder } from './test-workspace';

const kind = {
  format: 'notes',
  description: 'notes file',
  schema: z.object({ items: z.array(z.number()) }),
} satisfies StoreKind<z.ZodType>;

const FILE = 'notes.json';

type SyncCallback = (error: NodeJS.ErrnoException | null) => void;
/** fdatasync, held until the test lets it run (or fail) when `held` is set. */
const syncs = vi.hoisted(() => ({ held: null as null | Array<(error?: NodeJS.ErrnoException) => void> }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const fdatasync = (fd: number, callback: SyncCallback): void => {
    if (!syncs.held) return fs.fdatasync(fd, callback);
    syncs.held.push((error) => (error ? callback(error) : fs.fdatasync(fd, callback)));
  };
  return { ...fs, fdatasync, default: { ...fs, fdatasync } };
});

const journalItems = (): number[][] =>
  existsSync(join(folder.path, journalFile(FILE)))
    ? parseJournal(readFileSync(join(folder.path, journalFile(FILE)), 'utf8')).entries.map(
        (e) => e.ops.flatMap((op) => ('insert' in op ? op.insert : [])) as number[],
      )
    : [];
let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => {
  syncs.held = null;
  folder.cleanup();
});

describe('edits that arrive together (group commit)', () => {
  it('are all on disk once acknowledged, acknowledged in the order they came, and fewer writes than edits', async () => {
    const store = await JsonStore.create(folder.path, FILE, kind, { items: [] });
    const acknowledged: number[] = [];
    const onDisk: number[][] = [];
    const edits = Array.from({ length: 60 }, (_, n) =>
      store
        .update((d) => ({ next: { items: [...d.items, n] }, result: n }))
        .then((result) => {
          acknowledged.push(result);
          // What a power loss at this moment would leave: the file and its journal as they are on disk.
          const journal = parseJournal(readFileSync(join(folder.path, journalFile(FILE)), 'utf8'));
          onDisk.push(
            journal.entries.flatMap((e) => e.ops.flatMap((op) => ('insert' in op ? op.insert : []))) as number[],
          );
        }),
    );
    await Promise.all(edits);

    expect(acknowledged).toEqual(Array.from({ length: 60 }, (_, n) => n));
    // Each acknowledged edit was already in the journal when it was acknowledged.
    onDisk.forEach((items, i) => expect(items.slice(0, i + 1)).toEqual(acknowledged.slice(0, i + 1)));
    // One journal line per edit, but the edits shared their writes and fsyncs: the first write
    // carried one edit, the next all those that came while it was on its way.
    const journal = parseJournal(readFileSync(join(folder.path, journalFile(FILE)), 'utf8'));
    expect(journal.entries.map((e) => e.seq)).toEqual(Array.from({ length: 60 }, (_, n) => n + 2));
    expect(new Set(onDisk.map((items) => items.length)).size).toBeLessThan(60);

    const reopened = await JsonStore.open(folder.path, FILE, kind, null);
    expect(reopened.data.items).toEqual(acknowledged);
    store.flushSync();
  });

  it('writes the next edits while an fsync runs, and acknowledges them only after their own fsync', async () => {
    const store = await JsonStore.create(folder.path, FILE, kind, { items: [] });
    const held: Array<(error?: NodeJS.ErrnoException) => void> = [];
    syncs.held = held;
    const acknowledged: number[] = [];
    const add = (n: number): Promise<void> =>
      store.update((d) => ({ next: { items: [...d.items, n] }, result: n })).then((r) => void acknowledged.push(r));
    const first = add(1);
    await vi.waitFor(() => expect(held).toHaveLength(1));
    const second = add(2);
    // Written while the first fsync is still under way; its own fsync waits for the first one.
    await vi.waitFor(() => expect(journalItems()).toEqual([[1], [2]]));
    expect(held).toHaveLength(1);
    expect(acknowledged).toEqual([]);

    held[0]!();
    await first;
    expect(acknowledged).toEqual([1]);
    await vi.waitFor(() => expect(held).toHaveLength(2));
    expect(acknowledged).toEqual([1]);
    held[1]!();
    await second;
    expect(acknowledged).toEqual([1, 2]);
    store.flushSync();
  });

  it('refuses the edits of a failed fsync and those written after them, and goes back to before them', async () => {
    const store = await JsonStore.create(folder.path, FILE, kind, { items: [] });
    await store.update((d) => ({ next: { items: [...d.items, 0] }, result: undefined }));
    const held: Array<(error?: NodeJS.ErrnoException) => void> = [];
    syncs.held = held;
    const add = (n: number): Promise<unknown> =>
      store.update((d) => ({ next: { items: [...d.items, n] }, result: n })).catch((error: unknown) => error);
    const first = add(1);
    await vi.waitFor(() => expect(held).toHaveLength(1));
    const second = add(2);
    await vi.waitFor(() => expect(journalItems()).toEqual([[0], [1], [2]]));

    held[0]!(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    for (const outcome of await Promise.all([first, second])) {
      expect(outcome).toBeInstanceOf(Error);
      expect((outcome as Error).message).toContain(FILE);
    }
    await vi.waitFor(() => expect(journalItems()).toEqual([[0]]));
    expect(store.data.items).toEqual([0]);

    syncs.held = null;
    await store.update((d) => ({ next: { items: [...d.items, 3] }, result: undefined }));
    expect((await JsonStore.open(folder.path, FILE, kind, null)).data.items).toEqual([0, 3]);
    store.flushSync();
  });
});
