/**
 * `npm run eval:assist-errors [-- --split S] [--show N] [--rows N]`
 * Sorts the source suggestions' errors on a PolNeAR split into categories (cue not found, source not
 * found for a found cue, wrong extent, spurious cue), with the top `--rows` cue words of each (25) and
 * `--show` examples of each (5). For studying errors on a split other than the one reported (dev):
 * `train` when the corpus copy has it, else `test` (then no longer clean for final figures) or
 * `annotator-training`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggest } from '../src/core/assist/suggest';
import { OffsetIndex } from '../src/core/offsets';
import { corpusRoot, loadSplit } from './polnear';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const split = arg('--split') ?? 'test';
const show = Number(arg('--show') ?? 5);
const rowsShown = Number(arg('--rows') ?? 25);
const docs = loadSplit(split);
if (!docs) {
  console.log(`eval:assist-errors: no PolNeAR '${split}' split under ${corpusRoot()}; nothing to study.`);
  process.exit(0);
}

type Span = { start: number; end: number };
/** Source span → its attribution's cue spans, from the brat events of the document's annotation. */
function cuesOfSources(id: string, annotator: string, text: string): Map<string, Span[]> {
  const ann = readFileSync(join(corpusRoot(), split, 'attributions', `${id}_${annotator}.ann`), 'utf8');
  const index = new OffsetIndex(text);
  const spans = new Map<string, Span>();
  const out = new Map<string, Span[]>();
  for (const line of ann.split(/\r?\n/)) {
    const [tid, head] = line.split('\t');
    if (line.startsWith('T') && tid && head) {
      const nums = head.split(/[ ;]/).slice(1).map(Number);
      spans.set(tid, { start: index.toUtf16(nums[0]!), end: index.toUtf16(nums[nums.length - 1]!) });
    } else if (line.startsWith('E') && head) {
      const roles = Object.fromEntries(head.split(' ').map((r) => r.split(':') as [string, string]));
      const src = roles.Source ? spans.get(roles.Source) : undefined;
      const cue = roles.Cue ? spans.get(roles.Cue) : undefined;
      if (!src || !cue) continue;
      const key = `${src.start}-${src.end}`;
      out.set(key, [...(out.get(key) ?? []), cue]);
    }
  }
  return out;
}

const buckets = new Map<string, string[]>();
const put = (bucket: string, example: string): void => {
  buckets.set(bucket, [...(buckets.get(bucket) ?? []), example]);
};
const cutoff = (s: string): string => s.replace(/\s+/g, ' ');
for (const doc of docs) {
  const preds = suggest({ id: doc.id, text: doc.text, published: doc.published });
  const ps = preds.filter((p) => p.label === 'Source');
  const pc = preds.filter((p) => p.label === 'Cue');
  const gs = doc.spans.filter((g) => g.label === 'Source');
  const gc = doc.spans.filter((g) => g.label === 'Cue');
  const cueMap = cuesOfSources(doc.id, doc.annotator, doc.text);
  const ov = (a: Span, b: Span): boolean => a.start < b.end && a.end > b.start;
  const ctx = (s: Span): string =>
    cutoff(
      `${doc.text.slice(Math.max(0, s.start - 60), s.start)}[${doc.text.slice(s.start, s.end)}]${doc.text.slice(s.end, s.end + 60)}`,
    );
  for (const g of gs) {
    const p = ps.find((x) => ov(x, g));
    const cues = cueMap.get(`${g.start}-${g.end}`) ?? [];
    const cueWords = cues.map((c) => doc.text.slice(c.start, c.end).toLowerCase()).join('/');
    if (p) {
      if (p.start !== g.start || p.end !== g.end)
        put(
          `EXTENT ${p.start < g.start ? 'pred starts early' : p.start > g.start ? 'pred starts late' : ''}${p.end > g.end ? ' pred ends late' : p.end < g.end ? ' pred ends early' : ''}`,
          `gold [${doc.text.slice(g.start, g.end)}] pred [${doc.text.slice(p.start, p.end)}]`,
        );
      continue;
    }
    const cueFound = cues.some((c) => pc.some((x) => ov(x, c)));
    put(cueFound ? 'FN source, its cue found' : `FN cue missed: ${cueWords}`, ctx(g));
  }
  for (const p of ps) {
    if (gs.some((g) => ov(p, g))) continue;
    const cue = pc.find((c) => c.links?.sourceId === p.id);
    const cueGold = cue && gc.some((g) => ov(g, cue));
    put(
      cueGold
        ? 'FP source, cue right'
        : `FP cue spurious: ${cue ? doc.text.slice(cue.start, cue.end).toLowerCase() : p.reason}`,
      ctx(p),
    );
  }
}
const rows = [...buckets].map(([k, v]) => [k.replace(/: .*/, ':*'), k, v] as const);
const groups = new Map<string, Array<readonly [string, string, string[]]>>();
for (const r of rows) groups.set(r[0], [...(groups.get(r[0]) ?? []), r]);
for (const [g, rs] of [...groups].sort(
  (a, b) => b[1].reduce((n, r) => n + r[2].length, 0) - a[1].reduce((n, r) => n + r[2].length, 0),
)) {
  console.log(`\n== ${g}  ${rs.reduce((n, r) => n + r[2].length, 0)}`);
  for (const [, k, v] of rs.sort((a, b) => b[2].length - a[2].length).slice(0, rowsShown)) {
    console.log(`  ${String(v.length).padStart(4)}  ${k}`);
    for (const e of v.slice(0, show)) console.log(`          ${e}`);
  }
}
