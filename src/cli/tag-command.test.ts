import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { twoArticleWorkspace, type TempFolder } from '../service/test-workspace';
import { runMain } from './test-cli';

let folder: TempFolder;
let root: string;
let ids: string[];

beforeEach(async () => {
  ({ folder, root, ids } = await twoArticleWorkspace('ana'));
});
afterEach(() => folder.cleanup());

describe('collate tag', () => {
  it('collate tag adds, removes and lists tags, and refuses a bad one with its reason', async () => {
    const collate = runMain;
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
