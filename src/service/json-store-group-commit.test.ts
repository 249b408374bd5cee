import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

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
});
