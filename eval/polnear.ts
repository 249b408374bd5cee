/** Loads the PolNeAR corpus (brat standoff, code-point offsets) into UTF-16 gold spans. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OffsetIndex } from '../src/core/offsets';

export type GoldLabel = 'Source' | 'Cue' | 'Claim';

export interface GoldSpan {
  id: string;
  label: GoldLabel;
  /** UTF-16 pieces, in order. */
  fragments: Array<{ start: number; end: number }>;
  start: number;
  end: number;
}

export interface GoldDocument {
  id: string;
  text: string;
  published?: string;
  annotator: string;
  spans: GoldSpan[];
}

const LABELS: Record<string, GoldLabel> = { Source: 'Source', Cue: 'Cue', Content: 'Claim' };

export function parseAnn(ann: string, text: string): GoldSpan[] {
  const index = new OffsetIndex(text);
  const spans: GoldSpan[] = [];
  for (const line of ann.split(/\r?\n/)) {
    if (!line.startsWith('T')) continue;
    const [id, head] = line.split('\t');
    if (!id || !head) continue;
    const sp = head.indexOf(' ');
    const label = LABELS[head.slice(0, sp)];
    if (!label) continue;
    const fragments = head
      .slice(sp + 1)
      .split(';')
      .map((f) => f.trim().split(/\s+/).map(Number))
      .map(([s, e]) => ({ start: index.toUtf16(s!), end: index.toUtf16(e!) }));
    spans.push({ id, label, fragments, start: fragments[0]!.start, end: fragments[fragments.length - 1]!.end });
  }
  return spans;
}

export function corpusRoot(): string {
  return process.env.POLNEAR_DIR ?? fileURLToPath(new URL('../../shared/corpora/polnear', import.meta.url));
}

/** Reads one split; each text is scored against its first annotator's file (sorted by name). */
export function loadSplit(split: string, root = corpusRoot()): GoldDocument[] | undefined {
  const dir = join(root, split);
  if (!existsSync(join(dir, 'text')) || !existsSync(join(dir, 'attributions'))) return undefined;
  const dates = new Map<string, string>();
  const meta = join(root, 'metadata.tsv');
  if (existsSync(meta)) {
    const [header, ...rows] = readFileSync(meta, 'utf8').split('\n');
    const cols = (header ?? '').split('\t');
    const fi = cols.indexOf('filename');
    const di = cols.indexOf('publication_date');
    for (const row of rows) {
      const c = row.split('\t');
      if (c[fi] && c[di]) dates.set(c[fi]!, c[di]!);
    }
  }
  const anns = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const docs: GoldDocument[] = [];
  for (const txt of readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const id = txt.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(`${id}_`));
    if (!ann) continue;
    const text = readFileSync(join(dir, 'text', txt), 'utf8');
    const spans = parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8'), text);
    docs.push({ id, text, published: dates.get(id), annotator: ann.slice(id.length + 1, -4), spans });
  }
  return docs;
}
