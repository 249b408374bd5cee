import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../../api/contract';
import { MAX_IMPORT_BYTES } from '../../../core/text-extraction/text-from-file';
import { fakeContext, fakeService } from './fake-service';
import { createImportActions } from './importing';
import { createLoading } from './loading';

const file = (name: string): File => new File([`text of ${name}`], name);
const huge = (name: string): File =>
  ({ name, size: MAX_IMPORT_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) }) as unknown as File;

function setUp(onImport: (names: string[]) => void = () => {}) {
  const sent: string[][] = [];
  const imported: Array<{ id: string; title: string }> = [];
  const service = fakeService({
    importFiles: ({ files }: { files: Array<{ name: string }> }): ImportOutcome[] => {
      const names = files.map((f) => f.name);
      sent.push(names);
      onImport(names);
      return names.map((name): ImportOutcome => {
        if (name.startsWith('dup')) {
          return { status: 'duplicate', file: name, existing: 'doc-a.txt', reason: 'same text' };
        }
        imported.push({ id: `doc-${name}`, title: name });
        return { status: 'imported', file: name, document: { id: `doc-${name}`, title: name } as never };
      });
    },
    listDocumentIndex: () =>
      imported.map((d) => ({ ...d, counts: { spans: 0, orphaned: 0, labels: {}, annotators: [] } })),
  });
  const ctx = fakeContext(service);
  return { ctx, sent, actions: createImportActions(ctx, createLoading(ctx)) };
}

describe('importing files', () => {
  it('sends files in chunks of five, refuses a file over the limit unread, and sums up', async () => {
    const { ctx, sent, actions } = setUp();
    const files = ['a.txt', 'b.txt', 'c.txt', 'dup.txt', 'e.txt', 'f.txt'].map(file);
    await actions.importFiles([...files.slice(0, 2), huge('big.pdf'), ...files.slice(2)]);
    expect(sent).toEqual([
      ['a.txt', 'b.txt', 'c.txt', 'dup.txt'],
      ['e.txt', 'f.txt'],
    ]);
    const lines = ctx.store.get().importLines;
    expect(lines).toContain('dup.txt — duplicate of a.txt');
    expect(lines.find((l) => l.startsWith('big.pdf — failed:'))).toBeDefined();
    expect(lines.at(-1)).toBe('5 imported, 1 duplicates, 1 failed');
    expect(ctx.store.get().importProgress).toBeNull();
    expect(ctx.store.get().documents).toHaveLength(5);
    expect(ctx.store.get().alerts.map((a) => a.message)).toEqual([expect.stringMatching(/^big\.pdf: /)]);
  });

  it('stops after the chunk under way when cancelled', async () => {
    let cancel = (): void => {};
    const { ctx, sent, actions } = setUp(() => cancel());
    cancel = () => actions.cancelImport();
    await actions.importFiles(['1', '2', '3', '4', '5', '6', '7'].map((n) => file(`${n}.txt`)));
    expect(sent).toHaveLength(1);
    expect(ctx.store.get().importLines.slice(-2)).toEqual([
      'Import cancelled: 2 files not imported',
      '5 imported, 0 duplicates, 0 failed',
    ]);
  });

  it('a chunk the service refuses marks its files failed and alerts once', async () => {
    const service = fakeService({ listDocumentIndex: () => [] });
    service.refuse('importFiles', 'workspace is read-only');
    const ctx = fakeContext(service);
    await createImportActions(ctx, createLoading(ctx)).importFiles([file('a.txt'), file('b.txt')]);
    expect(ctx.store.get().importLines).toEqual([
      'a.txt — failed: workspace is read-only',
      'b.txt — failed: workspace is read-only',
      '0 imported, 0 duplicates, 2 failed',
    ]);
    expect(ctx.store.get().alerts.map((a) => a.message)).toEqual(['Import failed: workspace is read-only']);
  });
});
