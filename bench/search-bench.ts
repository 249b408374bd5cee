/**
 * `npm run bench:search`: corpus search on a generated corpus (default 10,000 articles of ~800
 * words with 50 spans each; `SEARCH_DOCS=2000` for fewer). Prints the index build time, its size
 * on disk, the time to read it back, query latency percentiles over mixed queries (the first query
 * after reading it back on its own), and the cost of indexing one changed document again.
 */
import { performance } from 'node:perf_hooks';
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

main();
