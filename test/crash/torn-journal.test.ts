import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JsonStore } from '../../src/service/json-store';
import { tempFolder } from '../../src/service/test-workspace';

// A power loss can cut the journal's last line at any byte. Cutting it at every byte boundary
// shows that only the edit whose line was not whole (never acknowledged) is lost, and that the
// next edit after recovery is kept.

const kind = { format: 'notes', description: 'notes file', schema: z.object({ notes: z.array(z.string()) }) };
type Notes = z.output<typeof kind.schema>;
const FILE = 'notes.json';
const add = (note: string) => (current: Notes) => ({ next: { notes: [...current.notes, note] }, result: undefined });

let folder: ReturnType<typeof tempFolder>;
let baseFile: string;
let acknowledgedJournal: Buffer;
let fullJournal: Buffer;

beforeAll(async () => {
  folder = tempFolder();
  const store = await JsonStore.create(folder.path, FILE, kind, { notes: ['first'] });
  baseFile = readFileSync(join(folder.path, FILE), 'utf8');
  await store.update(add('acknowledged'));
  acknowledgedJournal = readFileSync(join(folder.path, `${FILE}.journal`));
  await store.update(add('torn ünïcode ✓ "quoted"'));
  fullJournal = readFileSync(join(folder.path, `${FILE}.journal`));
  store.flushSync(); // so its idle compaction does not write over the cuts below
});
afterAll(() => folder.cleanup());

const recovery = { onRecovered: () => undefined };

describe('a journal line torn by a power loss', () => {
  it('loses only the unacknowledged edit, at every byte boundary, and keeps the next edit', async () => {
    expect(fullJournal.length).toBeGreaterThan(acknowledgedJournal.length + 20);
    for (let cut = acknowledgedJournal.length; cut <= fullJournal.length; cut++) {
      writeFileSync(join(folder.path, FILE), baseFile);
      writeFileSync(join(folder.path, `${FILE}.journal`), fullJournal.subarray(0, cut));
      const reopened = await JsonStore.open(folder.path, FILE, kind, null, recovery);
      const expected =
        cut === fullJournal.length ? ['first', 'acknowledged', 'torn ünïcode ✓ "quoted"'] : ['first', 'acknowledged'];
      expect(reopened.data.notes, `cut at byte ${cut}`).toEqual(expected);
      await reopened.update(add('next'));
      // Read as the next start would (file and journal), before the store folds its journal away.
      const again = await JsonStore.open(folder.path, FILE, kind, null);
      expect(again.data.notes, `the edit after a cut at byte ${cut}`).toEqual([...expected, 'next']);
      reopened.flushSync();
    }
  });

  it('with several unacknowledged lines after the acknowledged ones (pipelined writes), keeps every whole line and loses only later ones', async () => {
    const dir = tempFolder();
    try {
      const store = await JsonStore.create(dir.path, FILE, kind, { notes: ['first'] });
      const base = readFileSync(join(dir.path, FILE), 'utf8');
      await store.update(add('acknowledged'));
      const acknowledged = readFileSync(join(dir.path, `${FILE}.journal`));
      // Written together while nothing had acknowledged them: a power loss may cut anywhere in them.
      await Promise.all([store.update(add('second ✓')), store.update(add('third "q"'))]);
      const full = readFileSync(join(dir.path, `${FILE}.journal`));
      store.flushSync();
      const endOfSecond = full.indexOf(0x0a, acknowledged.length) + 1;
      expect(endOfSecond).toBeGreaterThan(acknowledged.length);
      for (let cut = acknowledged.length; cut <= full.length; cut++) {
        writeFileSync(join(dir.path, FILE), base);
        writeFileSync(join(dir.path, `${FILE}.journal`), full.subarray(0, cut));
        const reopened = await JsonStore.open(dir.path, FILE, kind, null, recovery);
        const expected = ['first', 'acknowledged'];
        if (cut >= endOfSecond) expected.push('second ✓');
        if (cut === full.length) expected.push('third "q"');
        expect(reopened.data.notes, `cut at byte ${cut}`).toEqual(expected);
        reopened.flushSync();
      }
    } finally {
      dir.cleanup();
    }
  });
});
