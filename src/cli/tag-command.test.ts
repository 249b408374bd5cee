import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initWorkspace } from '../service/init-workspace';
import { bytesOf, tempFolder } from '../service/test-workspace';
import { WorkspaceService } from '../service/workspace-service';
import { main } from './main';

let folder: ReturnType<typeof tempFolder>;
let root: string;
let ids: string[];

beforeEach(async () => {
  folder = tempFolder();
  root = join(folder.path, 'ws');
  await initWorkspace(root);
  const service = await WorkspaceService.open(root, { author: 'ana' });
  const outcomes = await service.importFiles([
    { name: 'a.txt', bytes: bytesOf('First article.') },
    { name: 'b.txt', bytes: bytesOf('Second article.') },
  ]);
  ids = outcomes.map((o) => (o.status === 'imported' ? o.document.id : ''));
  service.close();
});
afterEach(() => folder.cleanup());

describe('collate tag', () => {
  it('collate tag adds, removes and lists tags, and refuses a bad one with its reason', async () => {
    const collate = async (...args: string[]): Promise<{ code: number; out: string; err: string }> => {
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
    };
    const added = await collate('tag', root, '--documents', ids.join(','), '--add', 'ports,harbour');
    expect(added.code).toBe(0);
    expect(added.out).toBe(`${ids[0]}\tports, harbour\tFirst article.\n${ids[1]}\tports, harbour\tSecond article.\n`);
    expect((await collate('tag', root, '--documents', ids[1]!, '--remove', 'harbour')).code).toBe(0);
    expect((await collate('tag', root)).out).toBe('2\tports\n1\tharbour\n');
    const bad = await collate('tag', root, '--documents', ids[0]!, '--add', '#x');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('starts with "#"');
    expect((await collate('tag', root, '--add', 'x')).err).toContain('--documents');
  });
});
