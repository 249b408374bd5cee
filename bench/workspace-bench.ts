/**
 * `npm run bench:workspace`: the service's costs as a workspace grows, without a browser. Prints
 * figures only: import, open, add a highlight (its autosave included, fdatasync and all), undo it,
 * 25 edits arriving together (group commit: per edit), search across
 * documents, export JSONL and W3C, and the close that folds the edited file's journal into it, for
 * workspaces of 10 and 200 documents.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSpan } from '../src/core/create-span';
import { defaultSchema } from '../src/core/default-schema';
import type { SpanAnnotation } from '../src/core/model';
import { initWorkspace } from '../src/service/init-workspace';
import { JsonStore } from '../src/service/json-store';
import { annotationsKind } from '../src/service/store-kinds';
import { annotationsFile } from '../src/service/workspace-files';
import { WorkspaceService } from '../src/service/workspace-service';
import { generateArticle } from './article';

const encoder = new TextEncoder();
const BURST = 25;
const ms = (value: number): string => `${value.toFixed(1).padStart(9)} ms`;

async function time<T>(step: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await step();
  return [performance.now() - start, result];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A workspace of `documents` articles of `words` words, with `spansPerDocument` spans each. */
async function build(documents: number, words: number, spansPerDocument: number) {
  const dir = mkdtempSync(join(tmpdir(), 'collate-wsbench-'));
  const root = join(dir, 'ws');
  await initWorkspace(root);
  const service = await WorkspaceService.open(root, { author: 'bench' });
  const files = Array.from({ length: documents }, (_, i) => ({
    name: `article-${i}.txt`,
    bytes: encoder.encode(generateArticle(words, i).text),
  }));
  const [importMs] = await time(() => service.importFiles(files));
  // The spans are made by the core and written one file per document, as weeks of tagging would leave them.
  for (const d of service.listDocuments()) {
    const document = service.document(d.id);
    const step = Math.max(12, Math.floor(document.text.length / spansPerDocument));
    const spans: SpanAnnotation[] = [];
    for (let at = 0, n = 0; n < spansPerDocument && at + 10 < document.text.length; at += step, n++) {
      const made = createSpan(
        document,
        defaultSchema,
        { label: n % 2 ? 'Claim' : 'Source', start: at, end: at + 8 },
        { id: `s-${d.id}-${n}`, author: 'bench', now: new Date().toISOString() },
      );
      if (made.ok) spans.push(made.value);
    }
    await JsonStore.create(root, annotationsFile(d.id), annotationsKind, {
      documentId: d.id,
      textSha256: document.textSha256,
      spans,
    });
  }
  return { dir, root, service, importMs };
}

async function measureWorkspace(documents: number, words: number, spansPerDocument: number): Promise<void> {
  const { dir, root, service, importMs } = await build(documents, words, spansPerDocument);
  service.close();
  const [openMs, reopened] = await time(() => WorkspaceService.open(root, { author: 'bench' }));
  const first = reopened.listDocuments()[0]!;
  await reopened.spansOf(first.id);

  const addMs: number[] = [];
  const undoMs: number[] = [];
  for (let i = 0; i < 25; i++) {
    const start = 40 + i * 17;
    const [add, span] = await time(() =>
      reopened.createAnnotation({ documentId: first.id, label: 'Claim', start, end: start + 6 }),
    );
    addMs.push(add);
    const [undo] = await time(() => reopened.deleteAnnotation(first.id, span.id));
    undoMs.push(undo);
  }
  // Edits that arrive together (an accepted batch, a fast typist): they share writes and fsyncs.
  const [burstMs] = await time(() =>
    Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        reopened.createAnnotation({ documentId: first.id, label: 'Source', start: 30 + i * 13, end: 36 + i * 13 }),
      ),
    ),
  );
  const before = new Map(
    readdirSync(join(root, 'annotations')).map((f) => [f, statSync(join(root, 'annotations', f)).mtimeMs]),
  );
  await reopened.createAnnotation({ documentId: first.id, label: 'Claim', start: 10, end: 20 });
  const touched = readdirSync(join(root, 'annotations')).filter(
    (f) => statSync(join(root, 'annotations', f)).mtimeMs !== before.get(f),
  );

  const needle = /\b(?:harbour|minister) \w+ said\b/g;
  const [searchMs, hits] = await time(async () => {
    let count = 0;
    for (const d of reopened.listDocuments()) count += [...reopened.document(d.id).text.matchAll(needle)].length;
    return count;
  });
  const [jsonlMs] = await time(() => reopened.exportJsonl('codepoint'));
  const [w3cMs] = await time(() => reopened.exportDatasetFiles({ format: 'w3c' }));
  let spans = 0;
  for (const d of reopened.listDocuments()) spans += (await reopened.spansOf(d.id)).length;
  // Edits go to the document's journal; closing (or a pause in editing) folds it into the file.
  const [foldMs] = await time(async () => reopened.close());
  console.log(
    `${String(documents).padStart(4)} docs × ${String(words).padStart(6)} words, ~${spans.toLocaleString('en-US').padStart(7)} spans |` +
      ` import ${ms(importMs)} | open ${ms(openMs)} | add highlight + autosave ${ms(median(addMs))} | undo ${ms(median(undoMs))} | ${BURST} edits together ${ms(burstMs / BURST)} each |` +
      ` search ${ms(searchMs)} (${hits} hits) | export JSONL ${ms(jsonlMs)} | W3C ${ms(w3cMs)} | files written per edit: ${touched.length} | close, folding the journal ${ms(foldMs)}`,
  );
  rmSync(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  console.log(
    `Collate workspace benchmark — ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB, Node ${process.version}`,
  );
  for (const words of [1_000, 10_000, 100_000]) await measureWorkspace(1, words, 50);
  await measureWorkspace(10, 2_000, 100);
  await measureWorkspace(200, 2_000, 500);
}

await main();
