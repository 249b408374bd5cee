/**
 * `npm run bench:search`: corpus search on a generated corpus (default 10,000 articles of ~800
 * words with 50 spans each; `SEARCH_DOCS=2000` for fewer). Prints the index build time, its size
 * on disk, the time to read it back, and query latency percentiles over mixed queries.
 */
import { performance } from 'node:perf_hooks';
import { CorpusIndex } from '../src/service/corpus-search/corpus-index';
import { hitOf } from '../src/service/corpus-search/search-hits';
import { generateCorpus, vocabulary } from '../e2e/generated-corpus';

const COUNT = Number(process.env['SEARCH_DOCS'] ?? 10_000);
const QUERIES = 300;
const LIMIT = 50;

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

function main(): void {
  let started = performance.now();
  const corpus = generateCorpus(COUNT);
  const byId = new Map(corpus.map((c) => [c.document.id, c.document]));
  const words = corpus.reduce((n, c) => n + c.document.text.split(/\s+/).length, 0);
  const spans = corpus.reduce((n, c) => n + c.spans.length, 0);
  console.log(
    `corpus: ${COUNT} articles, ${words} words, ${spans} spans (generated in ${(performance.now() - started).toFixed(0)} ms)`,
  );

  started = performance.now();
  const index = CorpusIndex.empty();
  for (const { document, spans: own } of corpus) index.put(document, own, 'bench');
  const build = performance.now() - started;
  console.log(`index build: ${(build / 1000).toFixed(2)} s (${((build / COUNT) * 1000).toFixed(0)} µs per article)`);

  started = performance.now();
  const json = JSON.stringify(index.toFile());
  const serialise = performance.now() - started;
  console.log(`index size: ${mb(Buffer.byteLength(json))} (serialised in ${serialise.toFixed(0)} ms)`);
  started = performance.now();
  const loaded = CorpusIndex.fromFile(JSON.parse(json));
  console.log(`index read back: ${(performance.now() - started).toFixed(0)} ms`);
  console.log(`heap used: ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}`);

  const vocab = vocabulary(5000);
  const kinds: Array<(i: number) => string> = [
    (i) => vocab[(i * 7) % 200]!, // a common word
    (i) => vocab[1000 + ((i * 13) % 4000)]!, // a rare word
    (i) => `${vocab[(i * 3) % 300]!} ${vocab[(i * 5) % 300]!}`, // two words, all must match
    (i) => vocab[(i * 11) % 2000]!.slice(0, 3), // typing: the start of a word
    (i) => ['claim', 'source ana', 'check', 'cue chloe'][i % 4]!, // labels, annotators, notes
  ];
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < QUERIES; i++) {
    const query = kinds[i % kinds.length]!(i);
    const t = performance.now();
    const found = loaded
      .match(query)
      .slice(0, LIMIT)
      .map((m) => hitOf(byId.get(m.documentId)!, m));
    times.push(performance.now() - t);
    hits += found.length;
  }
  times.sort((a, b) => a - b);
  const [p50, p90, p99] = [0.5, 0.9, 0.99].map((p) => percentile(times, p).toFixed(1));
  console.log(
    `query latency over ${QUERIES} queries (top ${LIMIT} with places and snippets): p50 ${p50} ms, p90 ${p90} ms, p99 ${p99} ms, max ${times.at(-1)!.toFixed(1)} ms; ${hits} hits`,
  );
}

main();
