import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JsonStore, type StoreKind } from './json-store';
import { journalFile } from './journal';
import { flushBackups } from './rolling-backup';
import { tempFolder } from './test-workspace';

const kind = {
  format: 'notes',
  description: 'notes file',
  schema: z.object({ title: z.string(), items: z.array(z.object({ id: z.string(), n: z.number() })) }),
} satisfies StoreKind<z.ZodType>;
type Notes = z.output<typeof kind.schema>;

const FILE = 'notes.json';
let folder: ReturnType<typeof tempFolder>;
const path = (name = FILE): string => join(folder.path, name);
const read = (name = FILE): string => readFileSync(path(name), 'utf8');
const owner = (problems: string[] = []) => ({ onRecovered: (m: string) => problems.push(m) });
const addItem = (store: JsonStore<Notes>, id: string, n = 1) =>
  store.update((d) => ({ next: { ...d, items: [...d.items, { id, n }] }, result: undefined }));

beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

async function storeWithJournal(ids: string[]): Promise<JsonStore<Notes>> {
  await JsonStore.create(folder.path, FILE, kind, { title: 't', items: [] });
  const store = await JsonStore.open(folder.path, FILE, kind, null, owner());
  for (const id of ids) await addItem(store, id);
  return store;
}

describe('JsonStore journal', () => {
  it('appends each edit to the journal and leaves the file alone until it is folded in', async () => {
    const store = await storeWithJournal([]);
    const before = read();
    await addItem(store, 'a');
    await addItem(store, 'b');
    expect(read()).toBe(before);
    const lines = read(journalFile(FILE))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { seq: 2, ops: [{ field: 'items', at: 0, remove: 0, insert: [{ id: 'a', n: 1 }] }] },
      { seq: 3, ops: [{ field: 'items', at: 1, remove: 0, insert: [{ id: 'b', n: 1 }] }] },
    ]);
    expect(store.data.items.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('replays the journal on the next open, folds it in, and never replays it twice', async () => {
    await storeWithJournal(['a', 'b', 'c']);
    const reader = await JsonStore.open(folder.path, FILE, kind, null);
    expect(reader.data.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(existsSync(path(journalFile(FILE))), 'a reader leaves the journal').toBe(true);
    const reopened = await JsonStore.open(folder.path, FILE, kind, null, owner());
    expect(existsSync(path(journalFile(FILE)))).toBe(false);
    expect(JSON.parse(read())).toMatchObject({ $seq: 4, items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });
    await addItem(reopened, 'd');
    expect((await JsonStore.open(folder.path, FILE, kind, null)).data.items.map((i) => i.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('skips entries the file already holds, as after a crash between folding and removing the journal', async () => {
    await storeWithJournal(['a', 'b']);
    const journal = read(journalFile(FILE));
    await JsonStore.open(folder.path, FILE, kind, null, owner());
    writeFileSync(path(journalFile(FILE)), journal);
    expect((await JsonStore.open(folder.path, FILE, kind, null)).data.items.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('folds the journal in on close', async () => {
    const store = await storeWithJournal(['a']);
    store.flushSync();
    expect(existsSync(path(journalFile(FILE)))).toBe(false);
    expect(JSON.parse(read())).toMatchObject({ $collate: 'notes', $seq: 2, items: [{ id: 'a', n: 1 }] });
  });

  it('lets go without folding: edits still under way finish, the file is untouched and the journal replays', async () => {
    const store = await storeWithJournal(['a']);
    const before = read();
    const late = addItem(store, 'b');
    await store.release();
    await late;
    expect(read(), 'no whole-file rewrite').toBe(before);
    expect((await JsonStore.open(folder.path, FILE, kind, null)).data.items.map((i) => i.id)).toEqual(['a', 'b']);
    await JsonStore.open(folder.path, FILE, kind, null, owner());
    expect(existsSync(path(journalFile(FILE))), 'the next owner folds it').toBe(false);
  });

  it("folds a large file's journal once it outgrows the file, not at every megabyte", async () => {
    const items = Array.from({ length: 30_000 }, (_, n) => ({ id: `${'x'.repeat(70)}${n}`, n }));
    await JsonStore.create(folder.path, FILE, kind, { title: 't', items });
    const store = await JsonStore.open(folder.path, FILE, kind, null, owner());
    const before = read();
    const big = (n: number): string => `${'y'.repeat(100_000)}${n}`;
    for (let n = 0; n < 15; n++) await addItem(store, big(n));
    expect(read(), 'a 1.5 MB journal beside a 2.6 MB file stays').toBe(before);
    for (let n = 15; n < 30; n++) await addItem(store, big(n));
    expect(read()).not.toBe(before);
    expect(read().length).toBeGreaterThan(before.length + 2_000_000);
    const journal = existsSync(path(journalFile(FILE))) ? read(journalFile(FILE)).length : 0;
    expect(journal, 'folded once it passed the file size').toBeLessThan(before.length);
    expect((await JsonStore.open(folder.path, FILE, kind, null)).data.items).toHaveLength(30_030);
  });

  it('ignores a last line cut short by a crash, and the next edit does not join it', async () => {
    await storeWithJournal(['a']);
    appendFileSync(path(journalFile(FILE)), '{"seq":3,"ops":[{"fie');
    const problems: string[] = [];
    const store = await JsonStore.open(folder.path, FILE, kind, null, owner(problems));
    expect(problems).toEqual([]);
    await addItem(store, 'b');
    expect((await JsonStore.open(folder.path, FILE, kind, null)).data.items.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('keeps the edits before a damaged line and sets the journal aside with a message', async () => {
    await storeWithJournal(['a']);
    appendFileSync(path(journalFile(FILE)), 'not an entry\n{"seq":3,"ops":[]}\n');
    await expect(JsonStore.open(folder.path, FILE, kind, null)).rejects.toThrow(
      'notes.json.journal is damaged at line 2; it was left untouched.',
    );
    const problems: string[] = [];
    const store = await JsonStore.open(folder.path, FILE, kind, null, owner(problems));
    expect(store.data.items.map((i) => i.id)).toEqual(['a']);
    expect(problems).toEqual([
      expect.stringMatching(
        /^notes\.json\.journal is damaged at line 2\. The edits before the problem were kept, and the journal was moved to notes\.json\.journal\.damaged-\S+\.$/,
      ),
    ]);
    expect(readdirSync(folder.path).filter((n) => n.includes('.damaged-'))).toHaveLength(1);
    expect(JSON.parse(read()).items).toEqual([{ id: 'a', n: 1 }]);
  });

  it('refuses a journal that does not continue the file or makes it invalid', async () => {
    await storeWithJournal([]);
    writeFileSync(path(journalFile(FILE)), '{"seq":7,"ops":[{"field":"title","value":"x"}]}\n');
    await expect(JsonStore.open(folder.path, FILE, kind, null)).rejects.toThrow(
      'notes.json.journal does not continue notes.json (entry 7 follows 1)',
    );
    writeFileSync(path(journalFile(FILE)), '{"seq":2,"ops":[{"field":"title","value":5}]}\n');
    await expect(JsonStore.open(folder.path, FILE, kind, null)).rejects.toThrow(
      /notes\.json\.journal makes notes\.json invalid at title: /,
    );
  });

  it('reads at once (readSync) what open reads: the journal replayed, a damaged one refused, a missing file as given', async () => {
    await storeWithJournal(['a', 'b']);
    const empty = { title: 'none', items: [] };
    expect(JsonStore.readSync(folder.path, FILE, kind, empty).items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(existsSync(path(journalFile(FILE))), 'nothing is folded or moved').toBe(true);
    appendFileSync(path(journalFile(FILE)), 'not an entry\n');
    expect(() => JsonStore.readSync(folder.path, FILE, kind, empty)).toThrow(
      'notes.json.journal is damaged at line 3; it was left untouched.',
    );
    writeFileSync(path(), '{"broken');
    expect(() => JsonStore.readSync(folder.path, FILE, kind, empty)).toThrow(/notes\.json/);
    expect(JsonStore.readSync(folder.path, 'other.json', kind, empty)).toEqual(empty);
  });

  it('recovers a damaged file from its backup and the journal written after that backup', async () => {
    const store = await storeWithJournal(['a']);
    store.flushSync();
    flushBackups(folder.path);
    await addItem(store, 'b');
    writeFileSync(path(), '{"$collate": "no');
    const problems: string[] = [];
    const reopened = await JsonStore.open(folder.path, FILE, kind, null, owner(problems));
    expect(reopened.data.items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(problems).toEqual([expect.stringContaining('its last good version')]);
  });

  it('does not replay an old journal onto a file created anew under the same name', async () => {
    await storeWithJournal(['a', 'b']);
    await JsonStore.create(folder.path, FILE, kind, { title: 'new', items: [] });
    expect(existsSync(path(journalFile(FILE)))).toBe(false);
    expect((await JsonStore.open(folder.path, FILE, kind, null)).data).toEqual({ title: 'new', items: [] });
  });

  it('keeps memory as it was on disk when an append fails', async () => {
    const store = await storeWithJournal(['a']);
    // A folder standing where the journal should be makes the next append fail.
    rmSync(path(journalFile(FILE)));
    mkdirSync(path(journalFile(FILE)));
    await expect(addItem(store, 'b')).rejects.toThrow(
      'Could not save notes.json: a folder stands where the file should be. Nothing was changed.',
    );
    expect(store.data.items.map((i) => i.id)).toEqual(['a']);
  });
});
