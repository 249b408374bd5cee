import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-workspace';
import { mergeFile } from './merge-file';

let folder: ReturnType<typeof tempFolder> | undefined;
afterEach(() => folder?.cleanup());

const relations = (seq: number, claimGroups: unknown[], list: unknown[] = []) =>
  JSON.stringify({ $collate: 'relations', $version: 2, $seq: seq, claimGroups, relations: list });
const group = (statement: string, members: string[]) => ({
  id: 'g-aaaaaaaaaaaa',
  statement,
  members,
  author: 'ana',
  created: 't0',
  modified: 't0',
});
const relation = (id: string, author: string) => ({
  id,
  type: 'attributed-to',
  from: 's-1',
  to: 's-2',
  author,
  created: 't',
});

function files(base: string, ours: string, theirs: string): [string, string, string] {
  folder = tempFolder();
  const paths = ['base', 'ours', 'theirs'].map((name) => join(folder!.path, name)) as [string, string, string];
  [base, ours, theirs].forEach((text, i) => writeFileSync(paths[i]!, text));
  return paths;
}

describe('collate merge-file', () => {
  it('merges relations by id and keeps a claim group changed on both sides twice, writing ours', async () => {
    const paths = files(
      relations(4, [group('Homes flooded', ['s-1'])]),
      relations(6, [group('2,400 homes flooded', ['s-1'])], [relation('r-aaaaaaaaaaaa', 'ana')]),
      relations(5, [group('Homes were flooded', ['s-1'])], [relation('r-bbbbbbbbbbbb', 'ben')]),
    );
    const conflicts = await mergeFile(...paths);
    expect(conflicts).toEqual([expect.stringContaining('claimGroups[g-aaaaaaaaaaaa]')]);
    const merged = JSON.parse(readFileSync(paths[1], 'utf8')) as Record<string, unknown> & {
      claimGroups: Array<{ id: string; statement: string; conflict?: { with: string } }>;
      relations: Array<{ author: string }>;
    };
    expect(merged.$seq).toBe(6);
    expect(merged.relations.map((r) => r.author)).toEqual(['ana', 'ben']);
    expect(merged.claimGroups.map((g) => g.statement)).toEqual(['2,400 homes flooded', 'Homes were flooded']);
    expect(merged.claimGroups[1]!.conflict).toEqual({ with: 'g-aaaaaaaaaaaa' });
  });

  it('refuses a side that is not JSON and leaves ours as it was', async () => {
    const paths = files(relations(1, []), relations(2, []), '<<<<<<< not json');
    await expect(mergeFile(...paths)).rejects.toThrow('is not valid JSON');
    expect(readFileSync(paths[1], 'utf8')).toBe(relations(2, []));
  });
});
