/**
 * `npm run bench:corpus [-- --articles N] [--suggest-articles M] [--keep]`: the costs of issue #20 on a
 * generated corpus (default 10,000 articles of ~800 words, 50 spans each); `-- --workspace <dir>`: only
 * the export rows, on a copy of that workspace (one kept by `--keep`). Each row runs as its own
 * process (the `collate` command, or a probe of the service), so its time and peak memory are its own.
 * Prints figures only; bench/README.md records them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createSpan } from '../src/core/create-span';
import { defaultSchema } from '../src/core/default-schema';
import type { SpanAnnotation } from '../src/core/model';
import { JsonStore } from '../src/service/json-store';
import { annotationsKind } from '../src/service/store-kinds';
import { annotationsFile } from '../src/service/workspace-files';
import { WorkspaceService } from '../src/service/workspace-service';
import { generateArticle } from './article';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const COLLATE = join(HERE, '..', 'bin', 'collate.js');
const SPANS_PER_ARTICLE = 50;
const WORDS = 800;

interface Run {
  ms: number;
  peakMb: number;
  /** User and system CPU time of the process and its threads: the figure to trust on a loaded machine. */
  cpuS: number;
  stdout: string;
}

/** Runs a command under /usr/bin/time for its wall time and peak resident memory. */
function run(command: string, args: string[]): Run {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 ** 3,
  });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.slice(-2000)}`);
  const [peakKb, user, system] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { ms, peakMb: peakKb! / 1024, cpuS: user! + system!, stdout: result.stdout };
}

const collate = (...args: string[]): Run => run(process.execPath, [COLLATE, ...args]);

/** Writes `count` generated articles into a folder, each with its own title line. */
function writeArticles(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const { text } = generateArticle(WORDS, i + 1);
    writeFileSync(join(dir, `article-${String(i).padStart(5, '0')}.txt`), `Generated article ${i + 1}\n\n${text}`);
  }
}

/** 50 spans per document, written as weeks of tagging would leave them: one file per document. */
async function addSpans(root: string): Promise<number> {
  const service = await WorkspaceService.open(root, { author: 'bench', readOnly: true });
  let total = 0;
  for (const { id } of service.listDocuments()) {
    const document = service.document(id);
    const step = Math.floor(document.text.length / (SPANS_PER_ARTICLE + 1));
    const spans: SpanAnnotation[] = [];
    for (let n = 0; n < SPANS_PER_ARTICLE; n++) {
      let start = step * n + 3;
      while (/\s/.test(document.text[start] ?? '')) start++;
      const made = createSpan(
        document,
        defaultSchema,
        { label: n % 2 ? 'Claim' : 'Source', start, end: start + 12 },
        { id: `s-${id}-${n}`, author: 'bench', now: '2026-01-01T00:00:00.000Z' },
      );
      if (made.ok) spans.push(made.value);
    }
    total += spans.length;
    await JsonStore.create(root, annotationsFile(id), annotationsKind, {
      documentId: id,
      textSha256: document.textSha256,
      spans,
    });
  }
  service.close();
  return total;
}

/** Probe mode: open a workspace as the app does after start, then the first and another document. */
async function probeOpen(root: string): Promise<void> {
  const t0 = performance.now();
  const service = await WorkspaceService.open(root, { author: 'bench' });
  const listed = service.listDocuments();
  const first = listed[0]!;
  service.document(first.id);
  await service.spansOf(first.id);
  const firstMs = performance.now() - t0;
  const t1 = performance.now();
  const other = listed[Math.floor(listed.length / 2)]!;
  service.document(other.id);
  await service.spansOf(other.id);
  const anotherMs = performance.now() - t1;
  const t2 = performance.now();
  const count = service.listDocuments().length;
  const listMs = performance.now() - t2;
  service.close();
  process.stdout.write(JSON.stringify({ firstMs, anotherMs, listMs, count }) + '\n');
}

/** Runs the open probe three times in fresh processes and keeps the median of each figure. */
function measureOpen(root: string): { firstMs: number; anotherMs: number; listMs: number; peakMb: number } {
  const runs = [0, 1, 2].map(() => {
    const probe = run(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--probe-open', root]);
    return {
      ...(JSON.parse(probe.stdout) as { firstMs: number; anotherMs: number; listMs: number }),
      peak: probe.peakMb,
    };
  });
  const median = (pick: (r: (typeof runs)[number]) => number): number => runs.map(pick).sort((a, b) => a - b)[1]!;
  return {
    firstMs: median((r) => r.firstMs),
    anotherMs: median((r) => r.anotherMs),
    listMs: median((r) => r.listMs),
    peakMb: median((r) => r.peak),
  };
}

async function documentIds(root: string, count: number): Promise<string[]> {
  const service = await WorkspaceService.open(root, { readOnly: true });
  const ids = service
    .listDocuments()
    .slice(0, count)
    .map((d) => d.id);
  service.close();
  return ids;
}

/** The export rows: w3c, jsonl and jsonl split 80/10/10, each a `collate export` of its own. */
function exportRows(
  root: string,
  dir: string,
  spans: number,
  row: (name: string, value: string, peakMb?: number) => void,
): void {
  const count = spans.toLocaleString('en-US');
  const w3c = collate('export', root, '--format', 'w3c', '--out', join(dir, 'w3c'));
  row(
    `collate export --format w3c (${count} spans)`,
    `${(w3c.ms / 1000).toFixed(1)} s (CPU ${w3c.cpuS.toFixed(1)} s)`,
    w3c.peakMb,
  );
  const jsonl = collate('export', root, '--format', 'jsonl', '--out', join(dir, 'jsonl'));
  const perMinute = spans / (jsonl.ms / 60_000);
  row(
    `collate export --format jsonl (${count} spans)`,
    `${(jsonl.ms / 1000).toFixed(1)} s, ${(perMinute / 1e6).toFixed(2)}M spans/min (CPU ${jsonl.cpuS.toFixed(1)} s)`,
    jsonl.peakMb,
  );
  const split = collate('export', root, '--format', 'jsonl', '--split', '80/10/10', '--out', join(dir, 'split'));
  row(
    `collate export --format jsonl --split 80/10/10`,
    `${(split.ms / 1000).toFixed(1)} s (CPU ${split.cpuS.toFixed(1)} s)`,
    split.peakMb,
  );
}

/**
 * `--workspace <dir>`: only the export rows, on a copy of an existing workspace (a corpus kept by
 * `--keep`, or any other), so that exports can be measured without building a corpus again.
 */
async function measureExports(source: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'collate-corpus-exports-'));
  try {
    const root = join(dir, 'ws');
    // `cp -a`: the corpus index checks file times to the nanosecond, which `fs.cpSync` rounds to the millisecond.
    const copied = spawnSync('cp', ['-a', source, root]);
    if (copied.status !== 0) throw new Error(`Could not copy ${source}: ${copied.stderr.toString()}`);
    const service = await WorkspaceService.open(root, { readOnly: true });
    const rows = service.listDocumentIndex();
    const spans = rows.reduce((sum, r) => sum + r.counts.spans - r.counts.orphaned, 0);
    service.close();
    console.log(
      `Collate export benchmark — ${rows.length.toLocaleString('en-US')} articles of ${source} (copied) — Node ${process.version}`,
    );
    exportRows(root, dir, spans, (name, value, peakMb) =>
      console.log(`${name.padEnd(44)} ${value}${peakMb !== undefined ? `   (peak ${peakMb.toFixed(0)} MB)` : ''}`),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  if (flag('--probe-open')) return probeOpen(flag('--probe-open')!);
  if (flag('--workspace')) return measureExports(flag('--workspace')!);
  const articles = Number(flag('--articles') ?? 10_000);
  const suggestArticles = Math.min(articles, Number(flag('--suggest-articles') ?? 1_000));
  console.log(
    `Collate corpus benchmark — ${articles.toLocaleString('en-US')} articles of ~${WORDS} words, ${SPANS_PER_ARTICLE} spans each — ` +
      `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB, Node ${process.version}`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'collate-corpus-'));
  const rows: Array<[string, string]> = [];
  const peaks: number[] = [];
  const row = (name: string, value: string, peakMb?: number): void => {
    rows.push([name, value]);
    if (peakMb !== undefined) peaks.push(peakMb);
    console.log(`${name.padEnd(44)} ${value}${peakMb !== undefined ? `   (peak ${peakMb.toFixed(0)} MB)` : ''}`);
  };
  try {
    const small = join(dir, 'small');
    writeArticles(join(dir, 'small-files'), 5);
    collate('init', small);
    collate('import', small, join(dir, 'small-files'));
    await addSpans(small);
    const smallOpen = measureOpen(small);

    const root = join(dir, 'ws');
    writeArticles(join(dir, 'files'), articles);
    collate('init', root);
    const imported = collate('import', root, join(dir, 'files'));
    row('collate import', `${(imported.ms / 1000).toFixed(1)} s`, imported.peakMb);
    const spans = await addSpans(root);
    const open = measureOpen(root);
    row('open the first document after start', `${open.firstMs.toFixed(0)} ms`, open.peakMb);
    row('open another document', `${open.anotherMs.toFixed(1)} ms`);
    row('list documents (stand-in for library load)', `${open.listMs.toFixed(1)} ms`);
    row(
      `open first document: ${articles} vs 5 articles`,
      `${(open.firstMs / smallOpen.firstMs).toFixed(2)} (${open.firstMs.toFixed(0)} ms vs ${smallOpen.firstMs.toFixed(0)} ms; goal ≤ 1.5)`,
    );
    exportRows(root, dir, spans, row);
    const ids = await documentIds(root, suggestArticles);
    const suggest = collate('suggest', root, '--apply', '--documents', ids.join(','));
    row(
      `collate suggest --apply (${suggestArticles} articles)`,
      `${(suggest.ms / 1000).toFixed(1)} s, ${(suggest.ms / suggestArticles).toFixed(1)} s per 1,000 ` +
        `on ${availableParallelism()} cores (CPU ${suggest.cpuS.toFixed(1)} s)`,
      suggest.peakMb,
    );
    row('peak RSS of any step', `${Math.max(...peaks).toFixed(0)} MB`);
  } finally {
    if (args.includes('--keep')) console.log(`Kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
