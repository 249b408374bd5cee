/**
 * `npx tsx eval/bench-assist.ts` — prints how long suggest() takes on a synthetic 5,000-word article
 * (first run, cold, and the median of warm runs). The comparison has its own: `npm run bench:compare`.
 */
import { suggest } from '../src/core/assist/suggest';

const SENTENCES = [
  'The mayor said on Tuesday that the bridge would reopen in May after repairs costing $18 million.',
  '“We are not leaving,” said Maria Lopez, a resident of the town for 40 years.',
  'About 2,000 people were evacuated overnight, according to the regional police.',
  'The ministry, in a statement, warned that prices could rise by more than 12 percent this winter.',
  'Officials told reporters that 1,200 homes lost power and that crews were working through the night.',
  'Analysts estimate that 40 percent of the harvest was lost, though some believe the figure is lower.',
  'The plant, which employs 3,400 workers, closed its doors on Nov. 10 for the first time since 1998.',
  '“The water is rising,” the engineer said, “and the levee may not hold.”',
  'A spokesman for the company, who asked not to be named, confirmed the closure.',
  'Residents gathered outside the town hall, where volunteers handed out bottled water and blankets.',
  'The governor says she believes the dam is safe, but critics have called for an independent review.',
  'Citing internal documents, the newspaper reported that inspections had been delayed twice last year.',
];

function article(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const para: string[] = [];
    for (let k = 0; k < 3; k++, i++) {
      const s = SENTENCES[(i * 7) % SENTENCES.length]!;
      para.push(s);
      count += s.split(/\s+/).length;
    }
    paragraphs.push(para.join(' '));
  }
  return paragraphs.join('\n\n');
}

const text = article(5000);
const words = text.split(/\s+/).length;
let t0 = performance.now();
const first = suggest({ id: 'bench', text, published: '2024-11-12' });
const cold = performance.now() - t0;
const times: number[] = [];
for (let r = 0; r < 7; r++) {
  t0 = performance.now();
  suggest({ id: 'bench', text, published: '2024-11-12' });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const byLabel = (l: string) => first.filter((s) => s.label === l).length;
console.log(
  `suggest(): ${words} words, ${text.length} chars → ${first.length} suggestions (${byLabel('Source')} sources, ${byLabel('Cue')} cues, ${byLabel('Claim')} claims)`,
);
console.log(
  `  cold ${cold.toFixed(1)} ms, warm median ${times[3]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times[6]!.toFixed(1)})`,
);
