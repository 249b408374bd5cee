import {
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initWorkspace } from '../../src/service/init-workspace';
import { flushBackups } from '../../src/service/rolling-backup';
import { bytesOf, tempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';

// Issue #16, item 1: Collate never reads or writes through a link inside a workspace.

let folder: ReturnType<typeof tempFolder>;
let root: string;
let outside: string;
let documentId: string;
const open: WorkspaceService[] = [];

async function openWorkspace(): Promise<WorkspaceService> {
  const service = await WorkspaceService.open(root, { author: 'ana' });
  open.push(service);
  return service;
}

beforeEach(async () => {
  folder = tempFolder();
  root = join(folder.path, 'ws');
  outside = join(folder.path, 'outside');
  mkdirSync(outside);
  await initWorkspace(root);
  const service = await openWorkspace();
  const [outcome] = await service.importFiles([
    { name: 'a.txt', bytes: bytesOf('Officials said 1,500 troops moved.\n') },
  ]);
  if (outcome?.status !== 'imported') throw new Error('import failed');
  documentId = outcome.document.id;
  await service.createAnnotation({ documentId, label: 'Claim', start: 15, end: 27 });
  open.pop()!.close();
});

afterEach(() => {
  open.splice(0).forEach((s) => s.close());
  folder.cleanup();
});

const annotations = (): string => join(root, 'annotations', `${documentId}.json`);

function plantTarget(name: string, content = 'precious\n'): string {
  const target = join(outside, name);
  writeFileSync(target, content);
  return target;
}

async function addSpan(): Promise<unknown> {
  const service = await openWorkspace();
  return service.createAnnotation({ documentId, label: 'Claim', start: 0, end: 9 });
}

describe('links inside a workspace', () => {
  it('refuses a journal that is a symbolic link, naming it, and leaves its target untouched', async () => {
    const target = plantTarget('journal');
    symlinkSync(target, `${annotations()}.journal`);
    await expect(addSpan()).rejects.toThrow(/annotations\/d-\w+\.json\.journal is a symbolic link/);
    expect(readFileSync(target, 'utf8')).toBe('precious\n');
  });

  it('refuses an annotations file that is a symbolic link for reading and writing', async () => {
    const target = plantTarget('spans.json', readFileSync(annotations(), 'utf8'));
    rmSync(annotations());
    symlinkSync(target, annotations());
    const before = readFileSync(target, 'utf8');
    await expect(addSpan()).rejects.toThrow(/is a symbolic link.*Nothing was changed/);
    expect(readFileSync(target, 'utf8')).toBe(before);
  });

  it('refuses a hard-linked annotations file', async () => {
    const target = join(outside, 'hard.json');
    linkSync(annotations(), target);
    const before = readFileSync(target, 'utf8');
    await expect(addSpan()).rejects.toThrow(/has 1 other hard link/);
    expect(readFileSync(target, 'utf8')).toBe(before);
  });

  it('refuses an annotations folder that is a symbolic link', async () => {
    const moved = join(outside, 'annotations');
    renameSync(join(root, 'annotations'), moved);
    symlinkSync(moved, join(root, 'annotations'));
    const before = readdirSync(moved).map((name) => [name, readFileSync(join(moved, name), 'utf8')]);
    await expect(addSpan()).rejects.toThrow(/^annotations is a symbolic link or junction/);
    expect(readdirSync(moved).map((name) => [name, readFileSync(join(moved, name), 'utf8')])).toEqual(before);
  });

  it('never writes backups through a linked .collate/backups', async () => {
    rmSync(join(root, '.collate', 'backups'), { recursive: true, force: true });
    symlinkSync(outside, join(root, '.collate', 'backups'));
    const service = await openWorkspace();
    await service.createAnnotation({ documentId, label: 'Claim', start: 0, end: 9 });
    service.close();
    open.pop();
    flushBackups(root);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('does not truncate the target of a linked journal when recovering', async () => {
    const target = plantTarget('recovered', '{"seq":1,"ops":[]}\nnot a line');
    symlinkSync(target, `${annotations()}.journal`);
    await expect(addSpan()).rejects.toThrow(/is a symbolic link/);
    expect(readFileSync(target, 'utf8')).toBe('{"seq":1,"ops":[]}\nnot a line');
  });

  it('refuses a hard-linked journal, and a journal hard-linked while it is open, leaving the other name untouched', async () => {
    const journal = `${annotations()}.journal`;
    writeFileSync(journal, '');
    const other = join(outside, 'hard.journal');
    linkSync(journal, other);
    await expect(addSpan()).rejects.toThrow(/\.json\.journal has 1 other hard link/);
    expect(readFileSync(other, 'utf8')).toBe('');

    rmSync(other);
    rmSync(journal);
    const service = await openWorkspace();
    await service.createAnnotation({ documentId, label: 'Claim', start: 0, end: 9 });
    const written = readFileSync(journal, 'utf8');
    linkSync(journal, other);
    await expect(service.createAnnotation({ documentId, label: 'Claim', start: 1, end: 9 })).rejects.toThrow(
      /other hard link/,
    );
    expect(readFileSync(other, 'utf8')).toBe(written);
  });

  it('reports a document file that is a symbolic link as damaged and never reads its target', async () => {
    const file = join(root, 'documents', `${documentId}.json`);
    const target = plantTarget('document.json', readFileSync(file, 'utf8').replace('troops', 'SECRET'));
    rmSync(file);
    symlinkSync(target, file);
    const service = await openWorkspace();
    expect(service.info().problems.join('\n')).toMatch(/documents\/d-\w+\.json is a symbolic link/);
    expect(() => service.document(documentId)).toThrow();
    expect(JSON.stringify(service.listDocuments())).not.toContain('SECRET');
  });
});
