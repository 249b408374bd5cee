/**
 * `npm run bench:compare` — times `compareArticles` on generated articles: 5 of ~1,000 words
 * (goal ≤ 1 s) and 200 of ~1,000 words (goal ≤ 30 s). Articles are built from a fixed seed, so
 * every run compares the same text; several articles report the same events with other figures.
 */
import { compareArticles } from '../src/core/compare/index';

let seed = 7;
const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;

const PEOPLE = ['Defence Minister Anna Kovac', 'Mayor Tomas Berg', 'General Ivan Petrov', 'Senator Maria Lopez', 'Officials', 'A senior diplomat', 'The ministry', 'Police'];
const PLACES = ['Kharkiv', 'Lviv', 'the northern border', 'the port of Odesa', 'the capital', 'Riverside county', 'the eastern front', 'the harbour district'];
const THINGS = ['troops', 'refugees', 'tanks', 'protesters', 'homes', 'voters', 'workers', 'ballots'];
const VERBS = ['crossed into', 'arrived in', 'left', 'were counted in', 'were destroyed in', 'gathered in', 'were moved to', 'returned to'];
const WHEN = ['on Tuesday', 'last week', 'yesterday', 'on Nov. 10', 'this month', 'on Monday', 'in March', 'earlier this year'];
const HEDGE = ['', '', 'may have ', 'reportedly ', 'allegedly '];
const FILLER = 'The situation remained tense as residents waited for more news from the authorities and aid groups.';

function sentence(): string {
  const n = pick(['3,000', '2,500', 'about 10,000', 'more than 1,200', 'tens of thousands of', 'fifty thousand', '12', '400']);
  const claim = `${n} ${pick(THINGS)} ${pick(HEDGE)}${pick(VERBS)} ${pick(PLACES)} ${pick(WHEN)}`;
  return pick([`${pick(PEOPLE)} said ${claim}.`, `${claim[0]!.toUpperCase()}${claim.slice(1)}, according to ${pick(PEOPLE).toLowerCase()}.`, `${claim[0]!.toUpperCase()}${claim.slice(1)}.`, FILLER]);
}

function article(i: number, words: number): { id: string; text: string; published: string } {
  const out: string[] = [`Report ${i}`, ''];
  let count = 0;
  while (count < words) {
    const paragraph = [sentence(), sentence(), sentence()].join(' ');
    count += paragraph.split(/\s+/).length;
    out.push(paragraph, '');
  }
  return { id: `doc-${i}`, text: out.join('\n'), published: `2024-11-${String(10 + (i % 5)).padStart(2, '0')}` };
}

function time(n: number): void {
  const docs = Array.from({ length: n }, (_, i) => article(i, 1_000));
  const runs: number[] = [];
  let result = compareArticles(docs, []);
  for (let r = 0; r < (n <= 5 ? 5 : 1); r++) {
    const t0 = performance.now();
    result = compareArticles(docs, []);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  const words = docs.reduce((s, d) => s + d.text.split(/\s+/).length, 0);
  console.log(`${n} articles (${words} words): ${runs[Math.floor(runs.length / 2)]!.toFixed(0)} ms median; ${result.groups.length} groups, ${result.discrepancies.length} discrepancies`);
}

time(5);
time(200);
