import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollateError } from '../../src/core/collate-error';
import { initWorkspace } from '../../src/service/init-workspace';
import { bytesOf, tempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';
import { FUZZ_RUNS } from './fuzz-runs';

let folder: ReturnType<typeof tempFolder>;
let root: string;
let annotations: string;
let good: string;
let documentId: string;
let journal: string;
let goodJournal: string;

beforeAll(async () => {
  folder = tempFolder();
  root = join(folder.path, 'ws');
  await initWorkspace(root);
  const service = await WorkspaceService.open(root);
  const [outcome] = await service.importFiles([
    { name: 'a.txt', bytes: bytesOf('A claim by a source, said the official.') },
  ]);
  if (outcome?.status !== 'imported') throw new Error('import failed');
  documentId = outcome.document.id;
  await service.createAnnotation({ documentId, label: 'Claim', start: 0, end: 7 });
  service.close();
  annotations = join(root, 'annotations', `${documentId}.json`);
  good = readFileSync(annotations, 'utf8');
  // Edits after the file was last written live in its journal until the next fold.
  const editing = await WorkspaceService.open(root);
  const more = await editing.createAnnotation({ documentId, label: 'Source', start: 11, end: 19 });
  await editing.updateAnnotation({ documentId, id: more.id, label: 'Claim' });
  journal = join(root, 'annotations', `${documentId}.json.journal`);
  goodJournal = readFileSync(journal, 'utf8');
  editing.close();
});
afterAll(() => folder.cleanup());

const mutation = fc.oneof(
  fc.tuple(fc.nat(), fc.nat()).map(
    ([a, b]) =>
      (s: string) =>
        s.slice(0, a % (s.length + 1)) + s.slice((a % (s.length + 1)) + (b % 20)),
  ),
  fc.tuple(fc.nat(), fc.string({ maxLength: 12 })).map(
    ([a, x]) =>
      (s: string) =>
        s.slice(0, a % (s.length + 1)) + x + s.slice(a % (s.length + 1)),
  ),
  fc.nat().map((a) => (s: string) => s.slice(0, a % (s.length + 1))),
  fc.json().map((json) => () => json),
);

/** Damages one file of the workspace: it is read as valid spans or refused with its name, and never rewritten. */
function readOrRefused(file: string, intact: string, named: string, numRuns: number): Promise<void> {
  return fc.assert(
    fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
      const damaged = mutations.reduce((s, m) => m(s), intact);
      writeFileSync(file, damaged);
      const service = await WorkspaceService.open(root, { readOnly: true });
      try {
        const spans = await service.spansOf(documentId);
        for (const s of spans) expect(typeof s.quote).toBe('string');
      } catch (error) {
        expect(error).toBeInstanceOf(CollateError);
        expect((error as Error).message).toContain(named);
      }
      expect(readFileSync(file, 'utf8')).toBe(damaged);
    }),
    { numRuns },
  );
}

describe('fuzz: workspace reader', () => {
  it('reads a damaged annotations file as valid spans or refuses it by name, and never rewrites it', async () => {
    await readOrRefused(annotations, good, `annotations/${documentId}.json`, Math.ceil(FUZZ_RUNS / 2));
  });

  it('replays a damaged journal as valid spans or refuses it by name, and never rewrites it', async () => {
    writeFileSync(annotations, good);
    await readOrRefused(journal, goodJournal, `annotations/${documentId}.json.journal`, Math.ceil(FUZZ_RUNS / 4));
  });

  it('opens a workspace whose files hold random bytes or damaged JSON, or refuses it, writing nothing beside it', async () => {
    mkdirSync(join(folder.path, 'beside'), { recursive: true });
    writeFileSync(join(folder.path, 'beside', 'keep.txt'), 'untouched');
    const besideBefore = readdirSync(folder.path).sort();
    const files = ['collate.json', 'relations.json', `documents/${documentId}.json`, `annotations/${documentId}.json`];
    const intact = new Map(files.map((f) => [f, readFileSync(join(root, f))]));
    const damage = fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map((bytes) => () => bytes),
      fc
        .array(mutation, { minLength: 1, maxLength: 3 })
        .map((ms) => (s: string) => new TextEncoder().encode(ms.reduce((t, m) => m(t), s))),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files), damage, async (file, damaged) => {
        for (const [f, bytes] of intact) writeFileSync(join(root, f), bytes);
        writeFileSync(join(root, file), damaged(intact.get(file)!.toString('utf8')));
        try {
          const service = await WorkspaceService.open(root);
          try {
            for (const d of service.listDocuments()) await service.spansOf(d.id);
          } finally {
            service.close();
          }
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(CollateError);
        }
        expect(readdirSync(folder.path).sort()).toEqual(besideBefore);
        expect(readFileSync(join(folder.path, 'beside', 'keep.txt'), 'utf8')).toBe('untouched');
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 4) },
    );
    for (const [f, bytes] of intact) writeFileSync(join(root, f), bytes);
  }, 600_000);
});
