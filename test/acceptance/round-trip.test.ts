/**
 * Round trips are exact: export → import into a new workspace → export again gives byte-identical
 * files for Collate JSONL, brat, Label Studio and doccano (both offset units where the format has
 * them) on a Unicode torture set written here (emoji, ZWJ sequences, flags, combining marks, CJK,
 * right-to-left, CRLF), and for all four on PolNeAR's test articles when the corpus is beside
 * the repository (or under $COLLATE_CORPORA).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatasetExportOptions } from '../../src/api/contract';
import { collectImportFiles } from '../../src/cli/read-import-file';
import { initWorkspace } from '../../src/service/init-workspace';
import { tempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';
import { writeExportFiles } from '../../src/service/write-export';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const polnear = join(process.env.COLLATE_CORPORA ?? join(repoRoot, '../shared/corpora'), 'polnear/test');
const NOW = new Date('2026-03-05T12:00:00.000Z');

/** Texts that break offset arithmetic, with spans given by the text they cover (code points in the .ann). */
const TORTURE: Array<{ name: string; text: string; spans: Array<[string, string]> }> = [
  {
    name: 'emoji',
    text: 'Officials said 😀 1,500 people crossed.\r\nThe family 👩‍👩‍👧 and 🇫🇷 fans agreed 👍🏽.\r\n',
    spans: [
      ['Source', 'Officials'],
      ['Claim', '1,500 people crossed'],
      ['Source', 'The family 👩‍👩‍👧'],
      ['Cue', '🇫🇷 fans agreed 👍🏽'],
    ],
  },
  {
    name: 'scripts',
    text: 'Cafe\u0301 owners say 中文报道称 10,000.\nقال المسؤول «نعم» و שלום עולם.\nZa\u0308\u0301lgo text ends here',
    spans: [
      ['Source', 'Cafe\u0301 owners'],
      ['Claim', '中文报道称 10,000'],
      ['Source', 'المسؤول'],
      ['Claim', 'שלום עולם'],
      ['Cue', 'Za\u0308\u0301lgo'],
    ],
  },
];

function writeBrat(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (const doc of TORTURE) {
    writeFileSync(join(folder, `${doc.name}.txt`), doc.text);
    const points = Array.from(doc.text);
    const ann = doc.spans.map(([label, quote], i) => {
      const at = Array.from(doc.text.slice(0, doc.text.indexOf(quote))).length;
      expect(points.slice(at, at + Array.from(quote).length).join('')).toBe(quote);
      return `T${i + 1}\t${label} ${at} ${at + Array.from(quote).length}\t${quote}`;
    });
    writeFileSync(join(folder, `${doc.name}.ann`), ann.join('\n') + '\n');
  }
}

function filesUnder(folder: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(folder, path), readFileSync(path));
    }
  };
  walk(folder);
  return out;
}

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

async function importInto(name: string, sources: string[], skipped: string[] = []): Promise<WorkspaceService> {
  const root = join(folder.path, name);
  await initWorkspace(root, NOW);
  const service = await WorkspaceService.open(root, { author: 'ana', now: () => NOW });
  const outcomes = await service.importAnnotated(await collectImportFiles(sources));
  const failed = outcomes.filter((o) => o.status === 'failed');
  expect(failed).toEqual([]);
  expect(
    outcomes
      .filter((o) => o.status === 'skipped')
      .map((o) => relative(sources[0]!, o.file))
      .sort(),
  ).toEqual(skipped);
  return service;
}

async function exportTo(
  service: WorkspaceService,
  options: DatasetExportOptions,
  out: string,
): Promise<Map<string, Buffer>> {
  const { files } = await service.exportDatasetFiles(options);
  await writeExportFiles(out, files);
  return filesUnder(out);
}

/** Exports, imports the export into a new workspace, exports again; both exports must be equal byte for byte. */
async function roundTrip(source: WorkspaceService, options: DatasetExportOptions, tag: string): Promise<void> {
  const first = await exportTo(source, options, join(folder.path, `${tag}-1`));
  // The export's dataset card is skipped, and named, not imported as an article.
  // doccano's sequence file repeats doccano.jsonl's spans without relations: skipped, and named.
  const skipped = options.format === 'doccano' ? ['README.md', 'doccano-sequence.jsonl'] : ['README.md'];
  const again = await importInto(`${tag}-ws`, [join(folder.path, `${tag}-1`)], skipped);
  try {
    const second = await exportTo(again, options, join(folder.path, `${tag}-2`));
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const paths = [...first.keys()].sort((a, b) => Number(a === 'README.md') - Number(b === 'README.md'));
    for (const path of paths)
      expect(second.get(path)!.toString('utf8'), `${tag}: ${path}`).toBe(first.get(path)!.toString('utf8'));
  } finally {
    again.close();
  }
}

const CASES: Array<[string, DatasetExportOptions]> = [
  ['collate-jsonl', { format: 'collate-jsonl' }],
  ['collate-jsonl-utf16', { format: 'collate-jsonl', offsetUnit: 'utf16' }],
  ['brat', { format: 'brat' }],
  ['label-studio', { format: 'label-studio' }],
  ['label-studio-utf16', { format: 'label-studio', offsetUnit: 'utf16' }],
  ['doccano', { format: 'doccano' }],
  ['doccano-utf16', { format: 'doccano', offsetUnit: 'utf16' }],
];

describe('exact round trips on the Unicode torture set', () => {
  it.each(CASES)('%s', async (tag, options) => {
    writeBrat(join(folder.path, 'source'));
    const source = await importInto('source-ws', [join(folder.path, 'source')]);
    try {
      const spans = (await Promise.all(source.listDocuments().map((d) => source.spansOf(d.id)))).flat();
      expect(spans).toHaveLength(TORTURE.reduce((n, d) => n + d.spans.length, 0));
      await roundTrip(source, options, tag);
    } finally {
      source.close();
    }
  });
});

const polnearPresent = existsSync(join(polnear, 'text')) && existsSync(join(polnear, 'attributions'));
describe.skipIf(!polnearPresent)(
  `exact round trips on PolNeAR's test articles${polnearPresent ? '' : ` (skipped: no corpus at ${polnear}; set COLLATE_CORPORA)`}`,
  () => {
    // PolNeAR has many spans on one range, linked to other such spans: their order must survive new ids.
    it.each(CASES.filter(([tag]) => !tag.endsWith('-utf16')))(
      '%s',
      async (tag, options) => {
        const source = await importInto('polnear-ws', [polnear]);
        try {
          await roundTrip(source, options, `polnear-${tag}`);
        } finally {
          source.close();
        }
      },
      600_000,
    );
  },
);
