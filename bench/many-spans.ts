/**
 * A workspace holding one long article with tens of thousands of spans, written the way the
 * service writes it (the CLI imports the file, the annotations file is saved through the same
 * JSON store), so the benchmark measures opening and working on a heavily tagged document.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureQuote } from '../src/core/quote';
import type { SpanAnnotation } from '../src/core/model';
import { JsonStore } from '../src/service/json-store';
import { annotationsKind } from '../src/service/store-kinds';
import { ROOT } from '../e2e/launch';

const LABELS = ['Claim', 'Source', 'Cue'];

/** Spans spread over the text: word-aligned, 1–8 words long, about one in five overlapping its neighbour. */
export function makeSpans(
  documentId: string,
  text: string,
  count: number,
  avoid: { start: number; end: number },
): SpanAnnotation[] {
  const words: Array<[number, number]> = [];
  for (const m of text.matchAll(/[^\s]+/g)) words.push([m.index, m.index + m[0].length]);
  const spans: SpanAnnotation[] = [];
  const step = words.length / (count + 50);
  let seed = 7;
  const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let i = 0; spans.length < count && i < count + 50; i++) {
    const first = Math.floor(i * step);
    const length = 1 + Math.floor(random() * 8);
    const last = Math.min(words.length - 1, first + length - 1 + (random() < 0.2 ? Math.ceil(step) : 0));
    const start = words[first]![0];
    const end = words[last]![1];
    if (start < avoid.end && avoid.start < end) continue;
    const now = '2031-01-01T00:00:00.000Z';
    spans.push({
      id: `s-bench${String(spans.length).padStart(6, '0')}`,
      documentId,
      label: LABELS[spans.length % 3]!,
      start,
      end,
      ...captureQuote(text, start, end),
      attributes: {},
      author: 'bench',
      created: now,
      modified: now,
    });
  }
  return spans;
}

/** Imports the file with the CLI, then writes `count` spans for it; returns the document's id. */
export async function seedTaggedDocument(
  workspaceDir: string,
  file: string,
  count: number,
  avoidPhrase: string,
): Promise<{ documentId: string; spans: number }> {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'collate.js'), 'import', workspaceDir, file], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`collate import failed: ${run.stderr || run.stdout}`);
  const name = readdirSync(join(workspaceDir, 'documents')).find((n) => n.endsWith('.json'))!;
  const document = JSON.parse(readFileSync(join(workspaceDir, 'documents', name), 'utf8')) as {
    id: string;
    text: string;
    textSha256: string;
  };
  const at = document.text.indexOf(avoidPhrase);
  const spans = makeSpans(document.id, document.text, count, { start: at, end: at + avoidPhrase.length });
  await JsonStore.create(workspaceDir, join('annotations', `${document.id}.json`), annotationsKind, {
    documentId: document.id,
    textSha256: document.textSha256,
    spans,
  });
  return { documentId: document.id, spans: spans.length };
}
