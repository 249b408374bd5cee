/**
 * Acceptance: PolNeAR's brat files import exactly. Every span of the `dev` and `test` folders (and
 * the multi-annotator `annotator-training` folder) comes back with the code-point offsets and text
 * of its T line, labels mapped Source→Source, Content→Claim, Cue→Cue (others as they are), and its
 * attribution events as `attributed-to` (claim→source) and `cued-by` (claim→cue) relations.
 * Expected counts come from a separate, minimal reading of the `.ann` files written here.
 *
 * The corpus is read from `../shared/corpora/polnear` beside the repository, never copied here;
 * without it the tests are skipped and say why. Both folders (168 documents) take about 15 s.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OffsetIndex, sliceByCodePoints } from '../../src/core/offsets';
import { collectImportFiles } from '../../src/cli/read-import-file';
import { initWorkspace } from '../../src/service/init-workspace';
import { tempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';
import { workspaceHandlers } from '../../src/api/workspace-handlers';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = join(repoRoot, '../shared/corpora/polnear');
const present = ['dev', 'test', 'annotator-training'].every(
  (d) => existsSync(join(corpus, d, 'text')) && existsSync(join(corpus, d, 'attributions')),
);
const reason = `the PolNeAR corpus is not at ${corpus}`;
const LABELS: Record<string, string> = { Source: 'Source', Content: 'Claim', Cue: 'Cue' };

interface Expected {
  /** `label|start end;start end|text` per span, code points, as the .ann says (sorted). */
  spans: string[];
  relations: string[];
  authors: Set<string>;
}

/** What one text's .ann files say, read independently of the importer. */
function expectedFor(folder: string, stem: string): Expected {
  const out: Expected = { spans: [], relations: [], authors: new Set() };
  const anns = readdirSync(join(corpus, folder, 'attributions')).filter(
    (f) => f.startsWith(`${stem}_`) && f.endsWith('.ann') && !f.slice(stem.length + 1, -4).includes('_'),
  );
  for (const file of anns) {
    const annotator = file.slice(stem.length + 1, -4);
    out.authors.add(annotator);
    const t = new Map<string, { type: string; offsets: Array<[number, number]>; text: string }>();
    const events: Array<Array<[string, string]>> = [];
    for (const line of readFileSync(join(corpus, folder, 'attributions', file), 'utf8').split('\n')) {
      const [id = '', body = '', text = ''] = line.split('\t');
      if (id.startsWith('T')) {
        const [type, ...rest] = body.split(' ');
        t.set(id, {
          type: type!,
          offsets: rest
            .join(' ')
            .split(';')
            .map((p) => p.split(' ').map(Number) as [number, number]),
          text,
        });
      } else if (id.startsWith('E')) {
        events.push(
          body
            .trim()
            .split(' ')
            .map((p) => p.split(':') as [string, string]),
        );
      }
    }
    const dropped = new Set<string>();
    const relations = new Set<string>();
    const where = (id: string) =>
      t
        .get(id)!
        .offsets.map(([s, e]) => `${s} ${e}`)
        .join(';');
    for (const [head, ...args] of events) {
      const trigger = head![1];
      const role = (r: string) => LABELS[r.replace(/\d+$/, '')];
      if (!args.some(([r]) => role(r) === 'Claim') || !args.every(([r]) => role(r))) continue;
      const [ts, te] = t.get(trigger!)!.offsets[0]!;
      if (args.some(([, a]) => t.get(a)!.offsets.some(([s, e]) => s <= ts && te <= e))) dropped.add(trigger!);
      for (const [r, claim] of args) {
        if (role(r) !== 'Claim') continue;
        for (const [r2, other] of args) {
          if (role(r2) === 'Source') relations.add(`attributed-to|${where(claim)}|${where(other)}`);
          if (role(r2) === 'Cue') relations.add(`cued-by|${where(claim)}|${where(other)}`);
        }
      }
    }
    for (const [id, span] of t)
      if (!dropped.has(id)) out.spans.push(`${LABELS[span.type] ?? span.type}|${where(id)}|${span.text}`);
    out.relations.push(...relations);
  }
  return out;
}

let folder: ReturnType<typeof tempFolder>;
let service: WorkspaceService;

async function importFolders(...names: string[]) {
  const files = await collectImportFiles(names.map((n) => join(corpus, n)));
  return service.importAnnotated(files);
}

/** Checks every document against its .ann files; returns the totals. */
async function check(folderName: string) {
  const totals = { documents: 0, spans: 0, relations: 0 };
  const { relations } = await workspaceHandlers(service).listRelations({});
  const docs = service.listDocuments().filter((d) => existsSync(join(corpus, folderName, 'text', d.source)));
  const stems = readdirSync(join(corpus, folderName, 'text')).filter((f) => f.endsWith('.txt'));
  expect(docs).toHaveLength(stems.length);
  for (const summary of docs) {
    const document = service.document(summary.id);
    expect(document.text).toBe(readFileSync(join(corpus, folderName, 'text', summary.source), 'utf8'));
    const index = new OffsetIndex(document.text);
    const actual: string[] = [];
    const authors = new Set<string>();
    const spanById = new Map<string, { where: string }>();
    for (const span of await service.spansOf(document.id)) {
      const pieces = span.fragments ?? [{ start: span.start, end: span.end }];
      const where = pieces.map((p) => `${index.toCodePoint(p.start)} ${index.toCodePoint(p.end)}`);
      // Every piece is the code-point slice its offsets name.
      for (const p of pieces)
        expect(sliceByCodePoints(document.text, index.toCodePoint(p.start), index.toCodePoint(p.end))).toBe(
          document.text.slice(p.start, p.end),
        );
      authors.add(span.author);
      spanById.set(span.id, { where: where.join(';') });
      actual.push(`${span.label}|${where.join(';')}|${span.quote}`);
    }
    const expected = expectedFor(folderName, summary.source.replace(/\.txt$/, ''));
    // A discontinuous T line may list its pieces out of text order; Collate keeps them in order.
    const canon = (s: string) => {
      const [label, where, text] = s.split('|');
      const pieces = where!.split(';').map((p) => p.split(' ').map(Number) as [number, number]);
      return `${label}|${[...pieces]
        .sort((a, b) => a[0] - b[0])
        .map((p) => p.join(' '))
        .join(';')}|${pieces.length > 1 ? '' : text}`;
    };
    expect(actual.map(canon).sort(), summary.source).toEqual(expected.spans.map(canon).sort());
    expect(authors).toEqual(expected.authors);
    const mine = relations.filter((r) => spanById.has(r.from));
    const got = mine.map((r) => `${r.type}|${spanById.get(r.from)!.where}|${spanById.get(r.to)!.where}`);
    // Relations are counted per annotator; two annotators marking the same pair give two.
    expect(got.length, summary.source).toBe(expected.relations.length);
    expect(
      new Set(
        got.map((g) =>
          g
            .split('|')
            .map((p, i) =>
              i === 0
                ? p
                : p
                    .split(';')
                    .sort((a, b) => +a.split(' ')[0]! - +b.split(' ')[0]!)
                    .join(';'),
            )
            .join('|'),
        ),
      ),
    ).toEqual(
      new Set(
        expected.relations.map((g) =>
          g
            .split('|')
            .map((p, i) =>
              i === 0
                ? p
                : p
                    .split(';')
                    .sort((a, b) => +a.split(' ')[0]! - +b.split(' ')[0]!)
                    .join(';'),
            )
            .join('|'),
        ),
      ),
    );
    totals.documents++;
    totals.spans += actual.length;
    totals.relations += got.length;
  }
  return totals;
}

describe.skipIf(!present)(
  `PolNeAR import (${present ? 'all of dev and test, and annotator-training' : `skipped: ${reason}`})`,
  () => {
    beforeAll(async () => {
      folder = tempFolder();
      await initWorkspace(join(folder.path, 'ws'));
      service = await WorkspaceService.open(join(folder.path, 'ws'), { author: 'tester' });
    });
    afterAll(() => {
      service?.close();
      folder?.cleanup();
    });

    it('imports every document of dev and test with every span exact (code points) and every attribution as relations', async () => {
      const started = Date.now();
      const outcomes = await importFolders('dev', 'test');
      expect(outcomes.filter((o) => o.status !== 'imported')).toEqual([]);
      expect(outcomes).toHaveLength(168);
      const dev = await check('dev');
      const test = await check('test');
      console.info(
        `PolNeAR dev: ${JSON.stringify(dev)}; test: ${JSON.stringify(test)}; ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(dev.documents + test.documents).toBe(168);
      const schema = service.info().schema;
      expect(schema.labels.map((l) => l.name)).toEqual(
        expect.arrayContaining(['Claim', 'Source', 'Cue', 'Discard', 'Discuss']),
      );
      expect(schema.labels.map((l) => l.name)).not.toContain('Content');
    }, 120_000);

    it('imports annotator-training: one document per text, one set of spans per annotator', async () => {
      const outcomes = await importFolders('annotator-training');
      expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'imported', 'imported']);
      const totals = await check('annotator-training');
      console.info(`PolNeAR annotator-training: ${JSON.stringify(totals)}`);
      for (const d of service
        .listDocuments()
        .filter((d) => existsSync(join(corpus, 'annotator-training', 'text', d.source)))) {
        expect(new Set((await service.spansOf(d.id)).map((s) => s.author)).size).toBe(6);
      }
    }, 60_000);

    it('reports the second import of the same folder as duplicates and changes nothing', async () => {
      const before = service.listDocuments().length;
      const outcomes = await importFolders('annotator-training');
      expect(outcomes.map((o) => o.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate']);
      expect(service.listDocuments()).toHaveLength(before);
    }, 60_000);
  },
);

if (!present) {
  describe('PolNeAR import', () => {
    it.skip(`skipped: ${reason}`, () => {});
  });
}
