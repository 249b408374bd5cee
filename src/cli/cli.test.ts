import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCollate } from './test-cli';
import { sliceByCodePoints } from '../core/offsets';
import { tempFolder } from '../service/test-workspace';
import { WorkspaceService } from '../service/workspace-service';

let folder: ReturnType<typeof tempFolder>;
let ws: string;

const collate = (...args: string[]) => runCollate(folder.path, ...args);

function fixture(name: string, content: string | Uint8Array): string {
  const path = join(folder.path, name);
  writeFileSync(path, content);
  return path;
}

beforeEach(() => {
  folder = tempFolder();
  ws = join(folder.path, 'ws');
});
afterEach(() => folder.cleanup());

describe('collate CLI', () => {
  it('prints help for every command', () => {
    const help = collate('--help');
    expect(help.code).toBe(0);
    for (const command of ['init', 'import', 'reimport', 'export', 'suggest', 'compare', 'serve']) {
      expect(help.out).toContain(command);
      expect(collate(command, '--help')).toMatchObject({
        code: 0,
        out: expect.stringContaining(`Usage: collate ${command}`),
      });
    }
  });

  it('imports files one line each, exits 1 when one failed, and still imports the others', () => {
    expect(collate('init', ws)).toMatchObject({
      code: 0,
      out: expect.stringContaining('Created an empty Collate workspace'),
    });
    const good = fixture('good.txt', 'Headline\nOfficials said 😀 1,500.\n');
    const notes = fixture('notes.md', '# Notes\n\nSome *text*.\n');
    const empty = fixture('empty.txt', '');
    const run = collate('import', ws, good, empty, join(folder.path, 'missing.txt'), notes, good);
    expect(run.code).toBe(1);
    const lines = run.out.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^imported +.*good\.txt → d-\S+ "Headline"$/);
    expect(lines[1]).toMatch(/^failed +.*empty\.txt: The file is empty\.$/);
    expect(lines[2]).toMatch(/^failed +.*missing\.txt: no such file$/);
    expect(lines[3]).toMatch(/^imported +.*notes\.md/);
    expect(lines[4]).toMatch(/^duplicate +.*good\.txt: skipped, same content as "Headline"$/);
    expect(collate('import', ws, notes).code).toBe(0);
  });

  it('exports JSONL in code points by default and UTF-16 on request', async () => {
    collate('init', ws);
    collate('import', ws, fixture('a.txt', 'Emoji 👩‍👩‍👧 and 中文 claim here.'));
    const service = await WorkspaceService.open(ws);
    const [doc] = service.listDocuments();
    const text = service.document(doc!.id).text;
    const start = text.indexOf('claim');
    await service.createAnnotation({ documentId: doc!.id, label: 'Claim', start, end: start + 5 });
    service.close();

    const out = join(folder.path, 'out');
    expect(collate('export', ws, '--format', 'jsonl', '--out', out)).toMatchObject({
      code: 0,
      out: `Exported jsonl to ${out}: 2 files (see README.md there).\n`,
    });
    expect(readdirSync(out).sort()).toEqual(['README.md', 'documents.jsonl']);
    const record = JSON.parse(readFileSync(join(out, 'documents.jsonl'), 'utf8').trim());
    expect(record.offset_unit).toBe('codepoint');
    expect(sliceByCodePoints(record.text, record.spans[0].start, record.spans[0].end)).toBe('claim');
    expect(record.spans[0].start).toBe(Array.from(text.slice(0, start)).length);

    const brat = join(folder.path, 'brat');
    expect(collate('export', ws, '--format', 'brat', '--out', brat)).toMatchObject({
      code: 0,
      out: expect.stringContaining('Exported brat'),
    });
    const ann = readdirSync(brat).find((f) => f.endsWith('.ann'))!;
    const [, , offsets, quote] = readFileSync(join(brat, ann), 'utf8')
      .split('\n')[0]!
      .match(/^T1\t(\S+) (\d+ \d+)\t(.*)$/)!;
    const [s, e] = offsets!.split(' ').map(Number);
    expect(sliceByCodePoints(readFileSync(join(brat, ann.replace('.ann', '.txt')), 'utf8'), s!, e!)).toBe(quote);
    expect(readFileSync(join(brat, 'README.md'), 'utf8')).toContain('Offset unit: Unicode code points');

    expect(collate('export', ws, '--out', out, '--offset-unit', 'utf16').err).toMatch(/is not empty/);
    collate('export', ws, '--out', out, '--offset-unit', 'utf16', '--force');
    const utf16 = JSON.parse(readFileSync(join(out, 'documents.jsonl'), 'utf8').trim());
    expect(utf16.offset_unit).toBe('utf16');
    expect(utf16.spans[0].start).toBe(start);
  });

  it('exports jsonl with the same selection as every format: --labels and --split', async () => {
    collate('init', ws);
    const names = Array.from({ length: 10 }, (_, i) =>
      fixture(`n${i}.txt`, `Story ${i}\nThe minister said ${i} ships came.\n`),
    );
    collate('import', ws, ...names);
    const service = await WorkspaceService.open(ws);
    for (const d of service.listDocuments()) {
      const text = service.document(d.id).text;
      const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
      await service.createAnnotation({ documentId: d.id, label: 'Claim', ...at('ships came') });
      await service.createAnnotation({ documentId: d.id, label: 'Source', ...at('The minister') });
    }
    service.close();

    const out = join(folder.path, 'split');
    const run = collate('export', ws, '--format', 'jsonl', '--labels', 'Claim', '--split', '80/10/10', '--out', out);
    expect(run.code).toBe(0);
    const parts = readdirSync(out)
      .filter((f) => f !== 'README.md')
      .sort();
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => ['train', 'dev', 'test'].includes(p))).toBe(true);
    const records = parts.flatMap((p) =>
      readFileSync(join(out, p, 'documents.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { spans: Array<{ label: string }> }),
    );
    expect(records).toHaveLength(10);
    expect(records.flatMap((r) => r.spans.map((s) => s.label))).toEqual(Array(10).fill('Claim'));
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('train/documents.jsonl');
  });

  it('re-imports a changed file and reports how the annotations were carried over', async () => {
    collate('init', ws);
    collate('import', ws, fixture('v1.txt', 'Title\nThe minister said 11,000 troops arrived.\n'));
    const service = await WorkspaceService.open(ws);
    const [doc] = service.listDocuments();
    await service.createAnnotation({ documentId: doc!.id, label: 'Claim', start: 23, end: 37 });
    service.close();
    const run = collate(
      'reimport',
      ws,
      doc!.id,
      fixture('v2.txt', 'Title (corrected)\nThe minister said 11,000 troops arrived.\n'),
    );
    expect(run).toMatchObject({
      code: 0,
      out: `Re-imported ${join(folder.path, 'v2.txt')} into ${doc!.id}: 0 kept, 1 moved, 0 fuzzy, 0 orphaned.\n`,
    });
    expect(collate('reimport', ws, 'd-nope', join(folder.path, 'v2.txt')).err).toMatch(/There is no document "d-nope"/);
  });

  it('suggests without applying, applies on request, and does not suggest the same twice', () => {
    collate('init', ws);
    collate('import', ws, fixture('a.txt', 'The bridge will close in May, according to the city council.\n'));
    const dry = collate('suggest', ws);
    expect(dry.out).toMatch(/Source 0\.\d\d  "the city council"  \(source of: according to\)/);
    expect(dry.err).toMatch(/^\d+ suggestions; nothing applied/);
    expect(collate('suggest', ws, '--apply').err).toMatch(/^(\d+) of \1 suggestions applied/);
    expect(collate('suggest', ws, '--apply').err).toBe('0 of 0 suggestions applied.\n');
  });

  it('compares articles: JSON Lines with code-point offsets, proposals recorded only with --apply', () => {
    collate('init', ws);
    collate(
      'import',
      ws,
      fixture('a.txt', 'Border\n\nThe ministry said that 3,000 troops crossed the border near Kharkiv.\n'),
    );
    collate(
      'import',
      ws,
      fixture('b.txt', 'Crossing 🇺🇦\n\nOfficials said 2,500 troops crossed the border near Kharkiv.\n'),
    );
    const run = collate('compare', ws, '--json');
    const lines = run.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const group = lines.find((l) => l.type === 'group') as {
      members: Array<{ documentId: string; start: number; end: number; text: string; spanId: null }>;
    };
    for (const m of group.members) {
      const document = JSON.parse(readFileSync(join(ws, 'documents', `${m.documentId}.json`), 'utf8')) as {
        text: string;
      };
      expect(sliceByCodePoints(document.text, m.start, m.end)).toBe(m.text);
      expect(m.spanId).toBeNull();
    }
    const value = lines.find((l) => l.kind === 'value') as { detail: string; a: { text: string }; b: { text: string } };
    expect([value.a.text, value.b.text].sort()).toEqual(['2,500 troops', '3,000 troops']);
    expect(value.detail).toMatch(/^“[\d,]+ troops” vs “[\d,]+ troops”: different figures$/);
    expect(run.err).toMatch(/^1 claim groups, \d+ discrepancies; nothing recorded/);
    expect(readdirSync(ws)).not.toContain('compare-proposals.json');
    expect(collate('compare', ws, '--apply').err).toMatch(/recorded as proposals \(2 claim spans created\)/);
    expect(JSON.parse(readFileSync(join(ws, 'compare-proposals.json'), 'utf8')).groups[0].status).toBe('proposed');
    expect(collate('compare', ws, '--min-score', '2').code).not.toBe(0);
  });

  it('says clearly what is wrong with a bad workspace or bad options', () => {
    const notWorkspace = collate('import', folder.path, 'x.txt');
    expect(notWorkspace.code).toBe(1);
    expect(notWorkspace.err).toMatch(/^collate: .* is not a Collate workspace \(it has no collate\.json\)/);
    collate('init', ws);
    const file = fixture('taken.jsonl', 'not a folder');
    expect(collate('export', ws, '--out', file).err).toMatch(
      /collate: .*taken\.jsonl is a file; an export is written into a folder/,
    );
    expect(collate('export', ws, '--format', 'xml', '--out', 'x').code).not.toBe(0);
    expect(collate('serve', ws, '--port', '99999').err).toMatch(/port number/);
  });
});
