// Times `computeAgreement` at the target size: 200 documents × 3 annotators, 100,000 spans in all.
import { cpus } from 'node:os';
import { computeAgreement, type AgreementDocument } from '../src/core/agreement/compute-agreement';

const DOCUMENTS = 200;
const ANNOTATORS = ['ana', 'ben', 'cai'];
const SPANS = 100_000;
const LABELS = ['Claim', 'Source', 'Cue'];
const WORDS = 1000;

let seed = 42;
const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;

const perDocument = Math.round(SPANS / DOCUMENTS / ANNOTATORS.length);
const documents: AgreementDocument[] = [];
for (let d = 0; d < DOCUMENTS; d++) {
  const text = Array.from({ length: WORDS }, (_, i) => (i % 97 === 0 ? 'naïve😀' : `word${i % 13}`)).join(' ');
  const spans = ANNOTATORS.flatMap((author) =>
    Array.from({ length: perDocument }, () => {
      const start = Math.floor(random() * (text.length - 40));
      return {
        author,
        label: LABELS[Math.floor(random() * LABELS.length)]!,
        start,
        end: start + 5 + Math.floor(random() * 30),
      };
    }),
  );
  documents.push({ id: `d${d}`, text, spans });
}
const spans = documents.reduce((n, d) => n + d.spans.length, 0);
const items = documents.reduce((n, d) => n + d.text.length, 0);
const started = performance.now();
const result = computeAgreement(documents);
const seconds = (performance.now() - started) / 1000;
console.log(`${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, node ${process.version}`);
console.log(
  `agreement: ${DOCUMENTS} documents × ${ANNOTATORS.length} annotators, ${spans} spans, ~${items} UTF-16 units:` +
    ` ${seconds.toFixed(2)} s (target ≤ 10 s); overall alpha ${result.overall.alpha?.toFixed(3)}`,
);
