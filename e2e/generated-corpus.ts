/**
 * A deterministic corpus of generated articles (made-up words, never text from shared/) with spans,
 * for the search benchmark and the large-workspace e2e spec, written as the service writes them.
 */
import { captureQuote } from '../src/core/quote';
import type { CollateDocument, SpanAnnotation } from '../src/core/model';
import { sha256 } from '../src/service/sha256';
import { serialise } from '../src/service/store-envelope';
import { annotationsKind, documentKind, relationsKind } from '../src/service/store-kinds';
import { annotationsFile, documentFile, RELATIONS_FILE } from '../src/service/workspace-files';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'bri', 'del', 'nu', 'sor', 'pe', 'gan', 'tul', 'fi', 'zem'];
const OUTLETS = ['Northern Ledger', 'Harbour Gazette', 'Valley Courier', 'Evening Signal', 'Coastal Review'];
const LABELS = ['Claim', 'Source', 'Cue'];
const ANNOTATORS = ['ana', 'ben', 'chloe'];
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A seeded generator, so every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** A generated id of the given kind: `d-` / `s-` and 12 letters or digits, numbered. */
export function generatedId(prefix: string, n: number): string {
  let id = '';
  for (let i = 0, v = n; i < 12; i++, v = Math.floor(v / 32)) id = ALPHABET[v % 32]! + id;
  return `${prefix}-${id}`;
}

/** A vocabulary of made-up words; word `i` is as frequent as Zipf's law makes it. */
export function vocabulary(size: number): string[] {
  const next = random(11);
  const words = new Set<string>();
  while (words.size < size) {
    const parts = 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)]!;
    words.add(word);
  }
  return [...words];
}

export interface GeneratedDocument {
  document: CollateDocument;
  spans: SpanAnnotation[];
}

/** `count` articles of about `words` words with `spansEach` spans each. */
export function generateCorpus(count: number, words = 800, spansEach = 50): GeneratedDocument[] {
  const vocab = vocabulary(5000);
  const next = random(29);
  const pick = (): string => vocab[Math.floor(vocab.length * next() ** 3)]!;
  const corpus: GeneratedDocument[] = [];
  for (let n = 0; n < count; n++) {
    const id = generatedId('d', n + 1);
    const sentences: string[] = [];
    let total = 0;
    while (total < words) {
      const length = 8 + Math.floor(next() * 14);
      const sentence = Array.from({ length }, pick).join(' ');
      sentences.push(sentence[0]!.toUpperCase() + sentence.slice(1) + '.');
      total += length;
    }
    const title = `${pick()} ${pick()} ${pick()} ${n + 1}`;
    const text = `${title}\n\n${sentences.join(' ')}\n`;
    const day = String(1 + (n % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0');
    const document: CollateDocument = {
      id,
      title,
      outlet: OUTLETS[n % OUTLETS.length],
      published: `2025-${month}-${day}`,
      source: `article-${n + 1}.txt`,
      format: 'txt',
      encoding: 'utf-8',
      sha256: sha256(`bytes ${n}`),
      textSha256: sha256(text),
      importedAt: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
      notes: [],
      text,
    };
    const offsets = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
    const spans: SpanAnnotation[] = [];
    const step = Math.max(1, Math.floor(offsets.length / (spansEach + 1)));
    for (let i = 0; i < spansEach && (i + 1) * step < offsets.length; i++) {
      const first = offsets[(i + 1) * step - 1]!;
      const last = offsets[Math.min(offsets.length - 1, (i + 1) * step + 2)]!;
      const stamp = '2026-01-02T00:00:00.000Z';
      spans.push({
        id: generatedId('s', n * 1000 + i + 1),
        documentId: id,
        label: LABELS[i % LABELS.length]!,
        start: first[0],
        end: last[1],
        ...captureQuote(text, first[0], last[1]),
        attributes: {},
        ...(i % 10 === 0 ? { note: `<p>Check ${pick()} against ${pick()}</p>` } : {}),
        author: ANNOTATORS[(n + i) % ANNOTATORS.length]!,
        created: stamp,
        modified: stamp,
      });
    }
    corpus.push({ document, spans });
  }
  return corpus;
}

/** The corpus as workspace files (relative path → content), for the e2e `workspaceFiles` option. */
export function generatedWorkspaceFiles(corpus: readonly GeneratedDocument[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const { document, spans } of corpus) {
    files[documentFile(document.id)] = serialise(documentKind, { data: document, seq: 1 });
    if (spans.length > 0) {
      const data = { documentId: document.id, textSha256: document.textSha256, spans };
      files[annotationsFile(document.id)] = serialise(annotationsKind, { data, seq: 1 });
    }
  }
  return files;
}

/**
 * `groups` claim groups, each over the first Claim of three consecutive articles (statement
 * `Generated claim <n>.`), every member attributed to its article's first Source: the links file.
 */
export function generatedLinksFile(corpus: readonly GeneratedDocument[], groups: number): Record<string, string> {
  const stamp = '2026-01-03T00:00:00.000Z';
  const first = (spans: readonly SpanAnnotation[], label: string) => spans.find((s) => s.label === label);
  const relations = [];
  const claimGroups = [];
  for (let g = 0; g < groups; g++) {
    const members: string[] = [];
    for (const { spans } of corpus.slice(3 * g, 3 * g + 3)) {
      const claim = first(spans, 'Claim');
      const source = first(spans, 'Source');
      if (!claim) continue;
      members.push(claim.id);
      if (source) {
        const id = generatedId('r', relations.length + 1);
        relations.push({ id, type: 'attributed-to', from: claim.id, to: source.id, author: 'ana', created: stamp });
      }
    }
    const id = generatedId('g', g + 1);
    claimGroups.push({ id, statement: `Generated claim ${g + 1}.`, members, created: stamp, modified: stamp });
  }
  return { [RELATIONS_FILE]: serialise(relationsKind, { data: { relations, claimGroups }, seq: 1 }) };
}
