import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { SpanAnnotation } from '../../src/core/model';
import { bytesOf, tempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';

const hasGit = (() => {
  try {
    execFileSync('git', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

let folder: ReturnType<typeof tempFolder>;
const saved: Record<string, string | undefined> = {};
const ENV = {
  HOME: '',
  GIT_CONFIG_NOSYSTEM: '1',
  XDG_CONFIG_HOME: '',
  COLLATE_ANNOTATOR: undefined as string | undefined,
};

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' });

async function as<T>(annotator: string, dir: string, work: (s: WorkspaceService) => Promise<T>): Promise<T> {
  process.env.COLLATE_ANNOTATOR = annotator;
  const service = await WorkspaceService.open(dir);
  try {
    return await work(service);
  } finally {
    service.close();
  }
}

function clone(from: string, name: string, user: string): string {
  const dir = join(folder.path, name);
  git(folder.path, 'clone', '--quiet', from, dir);
  git(dir, 'config', 'user.name', user);
  git(dir, 'config', 'user.email', `${user}@example.org`);
  return dir;
}

function commit(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', message);
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === '.git') return [];
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

beforeAll(() => {
  folder = tempFolder();
  const home = join(folder.path, 'home');
  mkdirSync(home);
  Object.assign(ENV, { HOME: home, XDG_CONFIG_HOME: join(home, '.config') });
  for (const [key, value] of Object.entries(ENV)) {
    saved[key] = process.env[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  folder.cleanup();
});

describe.skipIf(!hasGit)('two analysts share a workspace through git', () => {
  it(
    'merges both layers and keeps a span changed on both sides as two marked versions',
    { timeout: 120_000 },
    async () => {
      const origin = join(folder.path, 'origin');
      expect(await main(['init', '--git', origin])).toBe(0);
      expect(readFileSync(join(origin, '.gitignore'), 'utf8')).toContain('*.journal');
      expect(readFileSync(join(origin, '.gitattributes'), 'utf8')).toContain('annotations/*.json merge=collate');
      git(origin, 'config', 'user.name', 'lead');
      git(origin, 'config', 'user.email', 'lead@example.org');
      const text = 'Officials said 2,400 homes were flooded on Monday, the agency reported.';
      const doc = await as('lead', origin, async (s) => {
        const [outcome] = await s.importFiles([{ name: 'flood.txt', bytes: bytesOf(text) }]);
        return s.listDocuments()[0]!.id ?? outcome;
      });
      commit(origin, 'import');
      expect(git(origin, 'ls-files')).not.toMatch(/\.collate|journal|lock/);

      const a = clone(origin, 'a', 'ana');
      const b = clone(origin, 'b', 'ben');
      expect(existsSync(join(a, 'annotations'))).toBe(false);
      for (const dir of [a, b]) expect(await main(['git-setup', dir])).toBe(0);

      const base = await as('ana', a, (s) =>
        s.createAnnotation({ documentId: doc, label: 'Claim', start: 15, end: 49 }),
      );
      commit(a, 'claim');
      git(b, 'pull', '--quiet', '--no-rebase', '--no-edit', a, 'HEAD');

      await as('ana', a, async (s) => {
        const span = await s.createAnnotation({ documentId: doc, label: 'Source', start: 0, end: 9 });
        await s.updateAnnotation({ documentId: doc, id: base.id, attributes: { certainty: 'asserted' } });
        await s.saveClaimGroup({ statement: 'homes flooded', members: [span.id] });
      });
      await as('ben', b, async (s) => {
        const span = await s.createAnnotation({ documentId: doc, label: 'Source', start: 51, end: 61 });
        await s.updateAnnotation({ documentId: doc, id: base.id, attributes: { certainty: 'hedged' } });
        await s.saveClaimGroup({ statement: 'agency report', members: [span.id] });
      });
      commit(a, 'ana annotates');
      commit(b, 'ben annotates');
      expect(git(a, 'status', '--porcelain')).toBe('');
      // Ben pulls Ana's work: his side is "ours" for the merge driver.
      git(b, 'pull', '--quiet', '--no-rebase', '--no-edit', a, 'HEAD');

      expect(git(b, 'status', '--porcelain')).toBe('');
      for (const file of allFiles(b))
        expect(readFileSync(file, 'utf8'), file).not.toMatch(/^(<<<<<<<|>>>>>>>|=======)/m);
      const merged = await as('ben', b, async (s) => ({
        problems: s.info().problems,
        spans: await s.spansOf(doc),
        groups: s.listRelations().claimGroups,
      }));
      expect(merged.problems).toEqual([]);
      const view = (x: SpanAnnotation) => [
        x.author,
        x.label,
        text.slice(x.start, x.end),
        x.attributes.certainty ?? null,
      ];
      expect(merged.spans.map(view)).toEqual([
        ['ana', 'Claim', '2,400 homes were flooded on Monday', 'hedged'],
        ['ben', 'Source', 'the agency', null],
        ['ana', 'Source', 'Officials', null],
        ['ana', 'Claim', '2,400 homes were flooded on Monday', 'asserted'],
      ]);
      const [ours, , , theirs] = merged.spans;
      expect(ours!.id).toBe(base.id);
      expect([ours!.conflict?.with, theirs!.conflict?.with]).toEqual([theirs!.id, base.id]);
      expect(merged.groups.map((g) => [g.statement, g.author])).toEqual([
        ['agency report', 'ben'],
        ['homes flooded', 'ana'],
      ]);

      // The conflict pair is up for adjudication; the lead settles it in one clone, the other pulls cleanly.
      const curation = await as('lead', b, (s) => s.startCuration(doc));
      const conflict = curation.disagreements.find((d) => d.kind === 'conflict')!;
      expect(conflict.sides.map((side) => side.spans[0]!.attributes.certainty).sort()).toEqual(['asserted', 'hedged']);
      const settled = await as('lead', b, (s) =>
        s.settleDisagreement({ documentId: doc, disagreementId: conflict.id, take: [0] }),
      );
      expect(settled.resolved).toBe(1);
      commit(b, 'lead adjudicates');
      await as('ana', a, (s) =>
        s.createAnnotation({
          documentId: doc,
          label: 'Cue',
          ...{ start: text.indexOf('said'), end: text.indexOf('said') + 4 },
        }),
      );
      commit(a, 'ana adds a cue');
      git(a, 'pull', '--quiet', '--no-rebase', '--no-edit', b, 'HEAD');
      expect(git(a, 'status', '--porcelain')).toBe('');
      const pulled = await as('ana', a, async (s) => ({ state: await s.curation(doc), spans: await s.spansOf(doc) }));
      expect(pulled.state.disagreements.find((d) => d.id === conflict.id)?.decision?.take).toEqual([0]);
      expect(pulled.spans.filter((x) => x.layer === 'curated').map((x) => x.author)).toEqual(['lead']);
      expect(pulled.spans.filter((x) => x.label === 'Cue').map((x) => x.author)).toEqual(['ana']);
    },
  );

  it(
    'gives no conflict when two curators pre-merge the same agreements in two clones',
    { timeout: 120_000 },
    async () => {
      const origin = join(folder.path, 'origin-curators');
      expect(await main(['init', '--git', origin])).toBe(0);
      git(origin, 'config', 'user.name', 'lead');
      git(origin, 'config', 'user.email', 'lead@example.org');
      const text = 'Officials said 2,400 homes were flooded on Monday, the agency reported.';
      const doc = await as('lead', origin, async (s) => {
        await s.importFiles([{ name: 'flood.txt', bytes: bytesOf(text) }]);
        return s.listDocuments()[0]!.id;
      });
      for (const annotator of ['ana', 'ben']) {
        await as(annotator, origin, async (s) => {
          const claim = await s.createAnnotation({ documentId: doc, label: 'Claim', start: 15, end: 49 });
          const source = await s.createAnnotation({ documentId: doc, label: 'Source', start: 0, end: 9 });
          await s.createRelation({ type: 'attributed-to', from: claim.id, to: source.id });
          await s.saveClaimGroup({ statement: `homes flooded (${annotator})`, members: [claim.id] });
        });
      }
      commit(origin, 'two layers');
      const curate = async (dir: string, curator: string, at: string): Promise<void> => {
        process.env.COLLATE_ANNOTATOR = curator;
        const service = await WorkspaceService.open(dir, { now: () => new Date(at) });
        try {
          expect((await service.startCuration(doc)).agreed).toBe(4);
        } finally {
          service.close();
        }
      };
      const c = clone(origin, 'curator-c', 'cara');
      const d = clone(origin, 'curator-d', 'dan');
      for (const dir of [c, d]) expect(await main(['git-setup', dir])).toBe(0);
      await curate(c, 'cara', '2026-03-01T09:00:00.000Z');
      await curate(d, 'dan', '2026-03-02T17:30:00.000Z');
      commit(c, 'cara pre-merges');
      commit(d, 'dan pre-merges');
      git(d, 'pull', '--quiet', '--no-rebase', '--no-edit', c, 'HEAD');

      expect(git(d, 'status', '--porcelain')).toBe('');
      const merged = await as('dan', d, async (s) => ({
        problems: s.info().problems,
        spans: await s.spansOf(doc),
        links: s.listRelations(),
      }));
      expect(merged.problems).toEqual([]);
      const curated = merged.spans.filter((x) => x.layer === 'curated');
      expect(curated.map((x) => [x.label, x.author, x.conflict ?? null]).sort()).toEqual([
        ['Claim', 'ana + ben', null],
        ['Source', 'ana + ben', null],
      ]);
      const curatedLinks = [...merged.links.relations, ...merged.links.claimGroups].filter((x) => x.layer);
      expect(curatedLinks.map((x) => [x.author, x.conflict ?? null])).toEqual([
        ['ana + ben', null],
        ['ana + ben', null],
      ]);
      for (const name of ['relations.json', join('annotations', `${doc}.json`)]) {
        expect(readFileSync(join(d, name), 'utf8'), name).toBe(readFileSync(join(c, name), 'utf8'));
      }
    },
  );
});
