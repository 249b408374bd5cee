/**
 * `npm run bench:compare` — times `compareArticles` on generated articles: 5 of ~1,000 words
 * (goal ≤ 1 s) and 200 of ~1,000 words (goal ≤ 30 s). Articles are built from a fixed seed, so
 * every run compares the same text; several articles report the same events with other figures.
 * CPU time is printed beside wall time: on a shared, loaded machine the wall time mostly measures the load.
 */
import { availableParallelism } from 'node:os';
import { compareArticles } from '../src/core/compare/index';
import { compareOnWorkers } from '../src/service/batch-workers/batch-compare';
import { WorkerPool } from '../src/service/batch-workers/worker-pool';

let seed = 7;
const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vo',
  'del',
  'ri',
  'nor',
  'be',
  'sun',
  'ta',
  'gre',
  'mol',
  'pi',
  'dan',
];
const word = (): string => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
const VOCABULARY = Array.from({ length: 6_000 }, word);
const name = (): string => `${word()[0]!.toUpperCase()}${word().slice(1)}`;
const SOURCES = [
  'Officials',
  'The ministry',
  'A senior diplomat',
  'Police',
  'Defence Minister Anna Kovac',
  'Mayor Tomas Berg',
];
const THINGS = ['troops', 'refugees', 'tanks', 'protesters', 'homes', 'voters', 'workers', 'ballots'];
const WHEN = ['on Tuesday', 'last week', 'yesterday', 'on Nov. 10', 'this month', 'on Monday', 'in March'];
const FIGURES = ['3,000', '2,500', 'about 3,000', 'more than 2,000', 'tens of thousands of', 'fifty thousand', '3000'];
/** Events several articles report: who, where, what; each article words them with its own figures and sources. */
const EVENTS = Array.from({ length: 400 }, () => ({
  who: name(),
  where: name(),
  what: pick(THINGS),
  verb: `${word()}ed`,
  extra: [word(), word(), word()],
}));

function eventSentence(): string {
  const e = pick(EVENTS);
  const claim = `${pick(FIGURES)} ${e.what} ${pick(['', '', 'may have ', 'reportedly '])}${e.verb} ${e.extra.join(' ')} near ${e.where} with ${e.who} ${pick(WHEN)}`;
  return pick([
    `${pick(SOURCES)} said ${claim}.`,
    `${claim[0]!.toUpperCase()}${claim.slice(1)}, according to ${pick(SOURCES).toLowerCase()}.`,
    `${claim[0]!.toUpperCase()}${claim.slice(1)}.`,
  ]);
}

function filler(): string {
  const words = Array.from({ length: 10 + Math.floor(random() * 12) }, () => pick(VOCABULARY));
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

function article(i: number, words: number): { id: string; text: string; published: string } {
  const out: string[] = [`Report ${i}`, ''];
  let count = 0;
  while (count < words) {
    const paragraph = [eventSentence(), filler(), filler(), random() < 0.5 ? eventSentence() : filler()].join(' ');
    count += paragraph.split(/\s+/).length;
    out.push(paragraph, '');
  }
  return { id: `doc-${i}`, text: out.join('\n'), published: `2024-11-${String(10 + (i % 5)).padStart(2, '0')}` };
}

const articles = (n: number): Array<ReturnType<typeof article>> =>
  Array.from({ length: n }, (_, i) => article(i, 1_000));

function time(docs: Array<ReturnType<typeof article>>): string {
  const n = docs.length;
  const runs: number[] = [];
  const cpu: number[] = [];
  let result = compareArticles(docs, []);
  for (let r = 0; r < (n <= 5 ? 5 : 1); r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    result = compareArticles(docs, []);
    runs.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  runs.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const words = docs.reduce((s, d) => s + d.text.split(/\s+/).length, 0);
  console.log(
    `${n} articles (${words} words): ${runs[Math.floor(runs.length / 2)]!.toFixed(0)} ms median ` +
      `(CPU ${cpu[Math.floor(cpu.length / 2)]!.toFixed(0)} ms, what it takes on an idle machine); ` +
      `${result.groups.length} groups, ${result.discrepancies.length} discrepancies`,
  );
  return JSON.stringify(result);
}

/** The same comparison as `collate compare` runs it: each document's features on a worker thread, over every core. */
async function timeOnWorkers(docs: Array<ReturnType<typeof article>>, expected: string): Promise<void> {
  const n = docs.length;
  const pool = new WorkerPool();
  try {
    await Promise.all([0, 1].map(() => pool.run('compare-document', { document: docs[0]!, claims: [] }))); // started
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const result = await compareOnWorkers(pool)(docs, [], {});
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const same = JSON.stringify(result) === expected;
    console.log(
      `${n} articles on ${pool.size} worker threads (${availableParallelism()} cores): ${ms.toFixed(0)} ms ` +
        `(CPU of all threads ${((c.user + c.system) / 1000).toFixed(0)} ms); ` +
        `${same ? 'the same groups and discrepancies' : 'DIFFERENT RESULT'}`,
    );
    if (!same) process.exitCode = 1;
  } finally {
    await pool.close();
  }
}

time(articles(5));
// Generated once: the generator's seed moves on with every article.
const corpus = articles(Number(process.env.BENCH_N ?? 200));
await timeOnWorkers(corpus, time(corpus));
