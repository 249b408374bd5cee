// Times git's merge driver (issue #17: a 10k-span file in ≤ 1 s): one annotations file of 10,000 spans
// as the JSON store writes it, changed in two clones — each annotator adds spans, relabels others, and
// both change 50 of the same spans differently (kept as conflict pairs) — then `collate merge-file`'s
// own function merges them, as git calls it with its three temporary copies.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SpanAnnotation } from '../src/core/model';
import { initWorkspace } from '../src/service/init-workspace';
import { JsonStore } from '../src/service/json-store';
import { stableStringify } from '../src/service/stable-json';
import { annotationsKind } from '../src/service/store-kinds';
import { mergeFile } from '../src/service/teams/merge-file';
import { tempFolder } from '../src/service/test-workspace';
import { generateArticle } from './article';
import { makeSpans } from './many-spans';

const SPANS = 10_000;
const ADDED = 300;
const RELABELLED = 200;
const BOTH_CHANGED = 50;
const RUNS = 5;

interface AnnotationsFile {
  spans: SpanAnnotation[];
  [field: string]: unknown;
}

/** One clone's version: its own new spans, its own relabels, and its own change to the spans both touch. */
function cloneOf(base: AnnotationsFile, author: string, offset: number, extra: SpanAnnotation[]): AnnotationsFile {
  const spans = base.spans.map((s, i) => {
    if (i < BOTH_CHANGED) return { ...s, attributes: { checkedBy: author }, modified: `2031-02-0${offset}` };
    if (i >= offset * 1000 && i < offset * 1000 + RELABELLED) return { ...s, label: 'Cue', author };
    return s;
  });
  return { ...base, spans: [...spans, ...extra.map((s) => ({ ...s, id: `${s.id}${author}`, author }))] };
}

async function main(): Promise<void> {
  const folder = tempFolder();
  try {
    const root = join(folder.path, 'ws');
    await initWorkspace(root);
    const article = generateArticle(60_000);
    const all = makeSpans('d-bench0000001', article.text, SPANS + 2 * ADDED, { start: 0, end: 0 });
    const file = join('annotations', 'd-bench0000001.json');
    await JsonStore.create(root, file, annotationsKind, {
      documentId: 'd-bench0000001',
      textSha256: 'bench',
      spans: all.slice(0, SPANS),
    });
    const basePath = join(root, file);
    const base = JSON.parse(readFileSync(basePath, 'utf8')) as AnnotationsFile;
    const oursPath = join(folder.path, 'ours.json');
    const theirsPath = join(folder.path, 'theirs.json');
    const ours = stableStringify(cloneOf(base, 'ana', 1, all.slice(SPANS, SPANS + ADDED)));
    writeFileSync(theirsPath, stableStringify(cloneOf(base, 'ben', 2, all.slice(SPANS + ADDED))));
    const times: number[] = [];
    const cpu: number[] = [];
    let conflicts = 0;
    for (let run = 0; run < RUNS; run++) {
      writeFileSync(oursPath, ours);
      const started = performance.now();
      const used = process.cpuUsage();
      conflicts = (await mergeFile(basePath, oursPath, theirsPath)).length;
      const { user, system } = process.cpuUsage(used);
      times.push(performance.now() - started);
      cpu.push((user + system) / 1000);
    }
    const merged = JSON.parse(readFileSync(oursPath, 'utf8')) as AnnotationsFile;
    copyFileSync(oursPath, join(folder.path, 'merged.json'));
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    console.log(
      `merge driver, ${SPANS.toLocaleString('en-US')}-span annotations file (${(readFileSync(basePath).length / 1e6).toFixed(1)} MB): ` +
        `median ${times[RUNS >> 1]!.toFixed(0)} ms, best ${times[0]!.toFixed(0)} ms of ${RUNS}; CPU median ${cpu[RUNS >> 1]!.toFixed(0)} ms (goal ≤ 1,000 ms)`,
    );
    console.log(`  merged: ${merged.spans.length.toLocaleString('en-US')} spans, ${conflicts} conflict pairs kept`);
  } finally {
    folder.cleanup();
  }
}

await main();
