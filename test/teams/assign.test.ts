import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { initWorkspace } from '../../src/service/init-workspace';
import { bytesOf, tempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';
import { ASSIGNMENTS_FILE } from '../../src/service/teams/assignments';

let folder: ReturnType<typeof tempFolder>;
let root: string;
let ids: string[];

beforeEach(async () => {
  folder = tempFolder();
  root = join(folder.path, 'ws');
  await initWorkspace(root);
  const service = await WorkspaceService.open(root, { author: 'lead' });
  const outcomes = await service.importFiles([
    { name: 'a.txt', bytes: bytesOf('First article.') },
    { name: 'b.txt', bytes: bytesOf('Second article.') },
  ]);
  ids = outcomes.map((o) => (o.status === 'imported' ? o.document.id : ''));
  service.close();
});
afterEach(() => folder.cleanup());

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await main(args), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('collate assign', () => {
  it('assigns documents, shows each queue, marks them done and prints progress per annotator', async () => {
    expect((await run('assign', root, '--annotator', 'ana', '--documents', ids.join(','))).code).toBe(0);
    expect((await run('assign', root, '--annotator', 'ben', '--documents', ids[1]!)).code).toBe(0);
    await run('assign', root, '--annotator', 'ana', '--documents', ids[0]!);
    const queue = await run('assign', root, '--annotator', 'ana', '--done', ids[0]!);
    expect(queue.out).toBe(`done\t${ids[0]}\tFirst article.\nopen\t${ids[1]}\tSecond article.\n`);
    const status = await run('assign', root, '--status');
    expect(status.out.split('\n').map((l) => l.split(/\s+/).join(' '))).toEqual([
      'annotator assigned done open',
      'ana 2 1 1',
      'ben 1 0 1',
      '',
    ]);
    const file = readFileSync(join(root, ASSIGNMENTS_FILE), 'utf8');
    expect(file.match(/^ {4}\{"annotator"/gm)).toHaveLength(3);
  });

  it('refuses a bad name, an unknown document and a document not assigned, changing nothing', async () => {
    await run('assign', root, '--annotator', 'ana', '--documents', ids[0]!);
    const before = readFileSync(join(root, ASSIGNMENTS_FILE), 'utf8');
    expect((await run('assign', root, '--annotator', 'curated', '--documents', ids[0]!)).err).toContain(
      'names a layer',
    );
    expect((await run('assign', root, '--annotator', 'ana', '--documents', 'd-000000000000')).code).toBe(1);
    expect((await run('assign', root, '--annotator', 'ana', '--done', ids[1]!)).err).toContain(
      'is not assigned to ana',
    );
    expect(readFileSync(join(root, ASSIGNMENTS_FILE), 'utf8')).toBe(before);
  });
});
