import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMain } from '../../src/cli/test-cli';
import { twoArticleWorkspace, type TempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';
import { ASSIGNMENTS_FILE, listAssignments, progressTable } from '../../src/service/teams/assignments';
import type { AssignmentList, Method } from '../../src/api/contract';
import type { Result } from '../../src/core/result';
import { dispatch } from '../../src/api/dispatch';
import { workspaceHandlers } from '../../src/api/workspace-handlers';

let folder: TempFolder;
let root: string;
let ids: string[];

beforeEach(async () => {
  ({ folder, root, ids } = await twoArticleWorkspace('lead'));
});
afterEach(() => folder.cleanup());

const run = runMain;

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

  it('through the contract: lists with who I am, reopens, unassigns, and refuses bad names and ids', async () => {
    const service = await WorkspaceService.open(root, { author: 'ana' });
    const handlers = workspaceHandlers(service);
    const call = async (method: Method, args: unknown) =>
      (await dispatch(handlers, method, args)) as Result<AssignmentList>;
    try {
      expect(await call('listAssignments', {})).toEqual({ ok: true, value: { me: 'ana', assignments: [] } });
      const assigned = await call('assignDocuments', { annotator: ' ben ', ids });
      expect(assigned.ok && assigned.value.assignments.map((a) => a.annotator)).toEqual(['ben', 'ben']);
      await call('assignDocuments', { annotator: 'ana', ids: [ids[0]] });
      const done = await call('markAssignmentsDone', { ids: [ids[0]], done: true });
      expect(done.ok && done.value.assignments.filter((a) => a.done).map((a) => a.annotator)).toEqual(['ana']);
      expect(progressTable((await listAssignments(service)).slice())).toContain(
        'ana                         1        1        0',
      );
      const reopened = await call('markAssignmentsDone', { ids: [ids[0]], done: false });
      expect(reopened.ok && reopened.value.assignments.some((a) => a.done)).toBe(false);
      const gone = await call('unassignDocuments', { annotator: 'ben', ids: [ids[1]] });
      expect(gone.ok && gone.value.assignments.map((a) => `${a.annotator} ${a.documentId}`)).toEqual([
        `ben ${ids[0]}`,
        `ana ${ids[0]}`,
      ]);
      const refusals = [
        await call('assignDocuments', { annotator: 'all', ids }),
        await call('assignDocuments', { annotator: 'ana', ids: [] }),
        await call('assignDocuments', { annotator: 'ana', ids: ['d-000000000000'] }),
        await call('markAssignmentsDone', { ids: [ids[1]], done: true }),
        await call('markAssignmentsDone', { ids: [ids[0]], done: true, extra: 1 }),
      ];
      expect(refusals.map((r) => (r.ok ? 'ok' : r.error.message))).toEqual([
        expect.stringContaining('names a layer'),
        expect.stringContaining('ids'),
        expect.stringContaining('There is no document'),
        expect.stringContaining('is not assigned to ana'),
        expect.stringContaining('extra'),
      ]);
    } finally {
      service.close();
    }
  });
});
