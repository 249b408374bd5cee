/**
 * `npm run bench:search`: corpus search on a generated corpus (default 10,000 articles of ~800
 * words with 50 spans each; `SEARCH_DOCS=2000` for fewer). Prints the index build time, its size
 * on disk, the time to read it back, query latency percentiles over mixed queries (the first query
 * after reading it back on its own), and the cost of indexing one changed document again.
 *
 * `SEARCH_WORKSPACE=<dir>` measures a workspace through the service instead (it writes the folder's
 * search cache: give it a copy): the first query with no cache (the build) and with the cache, the
 * first query once the index was read in the background, later queries with their snippets, a query
 * after an edit, and the longest the event loop waited meanwhile (other requests' worst delay).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { SEARCH_INDEX_FILE } from '../src/service/corpus-search/corpus-search';
import { WorkspaceService } from '../src/service/workspace-service';
import { CorpusIndex } from '../src/service/corpus-search/corpus-index';
import { hitOf } from '../src/service/corpus-search/search-hits';
import { documentTerms, SegmentBuilder } from '../src/service/corpus-search/segment-builder';
import { generateCorpus, vocabulary } from '../e2e/generated-corpus';

const COUNT = Number(process.env['SEARCH_DOCS'] ?? 10_000);
const QUERIES = 300;
const LIMIT = 50;

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const ms = (since: number): string => `${(performance.now() - since).toFixed(0)} ms`;
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

function main(): void {
  let started = performance.now();
  const corpus = generateCorpus(COUNT);
  const byId = new Map(corpus.map((c) => [c.document.id, c.document]));
  const words = corpus.reduce((n, c) => n + c.document.text.split(/\s+/).length, 0);
  const spans = corpus.reduce((n, c) => n + c.spans.length, 0);
  console.log(`corpus: ${COUNT} articles, ${words} words, ${spans} spans (generated in ${ms(started)})`);

  started = performance.now();
  const builder = new SegmentBuilder();
  for (const { document, spans: own } of corpus) builder.add(documentTerms(document, own, 'bench'));
  const index = CorpusIndex.of(builder);
  const build = performance.now() - started;
  console.log(`index build: ${(build / 1000).toFixed(2)} s (${((build / COUNT) * 1000).toFixed(0)} µs per article)`);

  started = performance.now();
  const bytes = index.toBytes();
  console.log(`index size: ${mb(bytes.length)} (serialised in ${ms(started)})`);
  started = performance.now();
  const loaded = CorpusIndex.fromBytes(bytes);
  console.log(`index read back (checked): ${ms(started)}`);
  console.log(`heap used: ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}`);

  const vocab = vocabulary(5000);
  const kinds: Array<(i: number) => string> = [
    (i) => vocab[(i * 7) % 200]!, // a common word
    (i) => vocab[1000 + ((i * 13) % 4000)]!, // a rare word
    (i) => `${vocab[(i * 3) % 300]!} ${vocab[(i * 5) % 300]!}`, // two words, all must match
    (i) => vocab[(i * 11) % 2000]!.slice(0, 3), // typing: the start of a word
    (i) => ['claim', 'source ana', 'check', 'cue chloe'][i % 4]!, // labels, annotators, notes
  ];
  const run = (query: string): { time: number; hits: number } => {
    const t = performance.now();
    const found = loaded.match(query, LIMIT).map((m) => hitOf(byId.get(m.documentId)!, m));
    return { time: performance.now() - t, hits: found.length };
  };
  const first = run('claim');
  console.log(`first query after reading ("claim", top ${LIMIT}): ${first.time.toFixed(1)} ms, ${first.hits} hits`);
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < QUERIES; i++) {
    const result = run(kinds[i % kinds.length]!(i));
    times.push(result.time);
    hits += result.hits;
  }
  times.sort((a, b) => a - b);
  const [p50, p90, p99] = [0.5, 0.9, 0.99].map((p) => percentile(times, p).toFixed(1));
  console.log(
    `query latency over ${QUERIES} queries (top ${LIMIT} with places and snippets): p50 ${p50} ms, p90 ${p90} ms, p99 ${p99} ms, max ${times.at(-1)!.toFixed(1)} ms; ${hits} hits`,
  );

  // An edit: one document indexed again, then the next query (which rebuilds the small segment).
  const edited = corpus[Math.floor(COUNT / 2)]!;
  started = performance.now();
  loaded.put(edited.document, edited.spans.slice(1), 'edited');
  const again = run('claim');
  console.log(`one document indexed again + next query: ${ms(started)} (query ${again.time.toFixed(1)} ms)`);
  started = performance.now();
  const merged = loaded.toBytes();
  console.log(`merge and serialise after an edit: ${ms(started)} (${mb(merged.length)})`);
}

async function timed<T>(task: () => Promise<T>): Promise<{ value: T; ms: number; stalled: number }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const t = performance.now();
  const value = await task();
  const ms = performance.now() - t;
  delay.disable();
  return { value, ms, stalled: delay.max / 1e6 };
}

async function workspace(dir: string): Promise<void> {
  const say = (what: string, r: { ms: number; stalled: number }, extra = ''): void =>
    console.log(`${what}: ${r.ms.toFixed(0)} ms (event loop held at most ${r.stalled.toFixed(0)} ms)${extra}`);
  rmSync(join(dir, SEARCH_INDEX_FILE), { force: true });
  let service = await WorkspaceService.open(dir);
  console.log(`workspace: ${service.listDocuments().length} documents`);
  say('first query, no cache (index built)', await timed(() => service.searchCorpus('claim', 50)));
  say('close (cache written)', await timed(async () => service.close()));
  service = await WorkspaceService.open(dir);
  const cached = await timed(() => service.searchCorpus('claim', 50));
  say('first query, index read from the cache', cached, ` (${service.searchIndexOrigin})`);
  service.close();
  service = await WorkspaceService.open(dir, { warmSearch: true });
  await new Promise((resolve) => setTimeout(resolve, 3000));
  say('first query after the index was read in the background', await timed(() => service.searchCorpus('claim', 50)));
  const vocab = vocabulary(5000);
  const queries = Array.from(
    { length: 100 },
    (_, i) =>
      [vocab[(i * 7) % 200]!, vocab[1000 + ((i * 13) % 4000)]!, vocab[(i * 11) % 2000]!.slice(0, 3), 'source ana'][
        i % 4
      ]!,
  );
  const times: number[] = [];
  for (const query of queries) times.push((await timed(() => service.searchCorpus(query, 50))).ms);
  times.sort((a, b) => a - b);
  const [p50, p90, p99] = [0.5, 0.9, 0.99].map((p) => percentile(times, p).toFixed(1));
  console.log(`later queries (top 50, snippets read from the documents): p50 ${p50} ms, p90 ${p90} ms, p99 ${p99} ms`);
  const id = service.listDocuments()[5]!.id;
  await service.createAnnotation({ documentId: id, label: 'Claim', start: 0, end: 5 });
  say('query after an edit (the document indexed again)', await timed(() => service.searchCorpus('claim', 50)));
  say('close (merged and written)', await timed(async () => service.close()));
}

const dir = process.env['SEARCH_WORKSPACE'];
if (dir) void workspace(dir);
else main();
