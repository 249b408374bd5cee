/** What one step of a batch import does with some of the batch's files. */
export type BatchItem =
  /** A document file (`.txt`, `.md`, `.html`, `.docx`, `.pdf`, `.epub`…): the plain import. */
  | { kind: 'document'; path: string }
  /** A brat text with its `.ann` files (one per annotator) and the nearest `annotation.conf`. */
  | { kind: 'brat'; text: string; anns: Array<{ path: string; annotator?: string }>; conf?: string }
  /** A `.json` / `.jsonl` file: Collate JSONL, Label Studio or doccano, told apart by content. */
  | { kind: 'annotations'; path: string }
  /** A file that cannot be imported as it is (an `.ann` without its text); the reason says why. */
  | { kind: 'failed'; path: string; reason: string }
  /** A file left out on purpose (doccano's sequence file beside the full `doccano.jsonl`); the reason says why. */
  | { kind: 'skipped'; path: string; reason: string };

const norm = (p: string): string => p.replace(/\\/g, '/');
const dirOf = (p: string): string => {
  const n = norm(p);
  const i = n.lastIndexOf('/');
  return i < 0 ? '' : n.slice(0, i);
};
const baseOf = (p: string): string => norm(p).split('/').pop()!;
const extOf = (p: string): string => {
  const b = baseOf(p);
  const i = b.lastIndexOf('.');
  return i <= 0 ? '' : b.slice(i + 1).toLowerCase();
};
const stemOf = (p: string): string => baseOf(p).replace(/\.[^.]*$/, '');

/** Number of leading folder names two paths share. */
function sharedFolders(a: string, b: string): number {
  const x = dirOf(a).split('/');
  const y = dirOf(b).split('/');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** Extensions a batch picks up in folders: documents, brat files and annotation exports. */
export const ANNOTATION_EXTENSIONS = ['ann', 'json', 'jsonl', 'ndjson'] as const;
const CONF_NAMES = new Set(['annotation.conf', 'visual.conf', 'tools.conf', 'kb_shortcuts.conf']);

/** True when a folder walk should pick this file up (besides the document formats). */
export const isAnnotationFileName = (path: string): boolean =>
  (ANNOTATION_EXTENSIONS as readonly string[]).includes(extOf(path)) || baseOf(path) === 'annotation.conf';

/**
 * Groups the files of a batch, by name only. An `.ann` belongs to the `.txt` with the same stem,
 * or, for `<stem>_<annotator>.ann`, to `<stem>.txt` with that annotator (several annotators of one
 * text give one document). The text may sit in another folder (PolNeAR keeps `text/` and
 * `attributions/` side by side): of several candidates, the one sharing most folders with the
 * `.ann` wins; a tie is a failure. `annotation.conf` applies to the `.ann` files in its folder and
 * below; `visual.conf` and `tools.conf` are skipped, and so is a `doccano-sequence.jsonl` beside the
 * `doccano.jsonl` of the same export (the full file carries the relations). Items keep the order of the batch.
 */
export function planBatch(paths: readonly string[]): BatchItem[] {
  const texts = new Map<string, string[]>();
  for (const p of paths)
    if (extOf(p) === 'txt' && !(texts.get(stemOf(p)) ?? []).includes(p))
      texts.set(stemOf(p), [...(texts.get(stemOf(p)) ?? []), p]);
  const confs = paths.filter((p) => baseOf(p) === 'annotation.conf');
  const nearestConf = (p: string): string | undefined => {
    let best: string | undefined;
    for (const c of confs) {
      const d = dirOf(c);
      if ((d === '' || norm(p).startsWith(d + '/')) && (!best || dirOf(best).length < d.length)) best = c;
    }
    return best;
  };
  const anns = new Map<string, Array<{ path: string; annotator?: string }>>();
  const failed = new Map<string, string>();
  for (const p of paths) {
    if (extOf(p) !== 'ann') continue;
    const stem = stemOf(p);
    const pick = (candidates: string[] | undefined): string | undefined | null => {
      if (!candidates || candidates.length === 0) return undefined;
      const score = candidates.map((c) => sharedFolders(c, p));
      const top = Math.max(...score);
      const best = candidates.filter((_, i) => score[i] === top);
      return best.length === 1 ? best[0]! : null;
    };
    let text = pick(texts.get(stem));
    let annotator: string | undefined;
    if (text === undefined && stem.includes('_')) {
      const cut = stem.lastIndexOf('_');
      text = pick(texts.get(stem.slice(0, cut)));
      annotator = stem.slice(cut + 1) || undefined;
    }
    if (text === null) failed.set(p, `several texts could belong to ${baseOf(p)}; import them in separate batches.`);
    else if (text === undefined)
      failed.set(
        p,
        `no ${stem}.txt${stem.includes('_') ? ` (or ${stem.slice(0, stem.lastIndexOf('_'))}.txt)` : ''} in this batch for ${baseOf(p)}.`,
      );
    else anns.set(text, [...(anns.get(text) ?? []), { path: p, ...(annotator ? { annotator } : {}) }]);
  }
  const items: BatchItem[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    if (seen.has(p)) {
      if (!anns.has(p) && extOf(p) !== 'ann' && !CONF_NAMES.has(baseOf(p))) items.push(kindOf(p, anns, nearestConf));
      continue;
    }
    seen.add(p);
    const ext = extOf(p);
    if (CONF_NAMES.has(baseOf(p))) continue;
    if (
      baseOf(p) === 'doccano-sequence.jsonl' &&
      paths.some((q) => baseOf(q) === 'doccano.jsonl' && dirOf(q) === dirOf(p))
    ) {
      items.push({ kind: 'skipped', path: p, reason: 'the same spans as doccano.jsonl beside it, without relations' });
      continue;
    }
    if (ext === 'ann') {
      const reason = failed.get(p);
      if (reason) items.push({ kind: 'failed', path: p, reason });
      continue;
    }
    items.push(kindOf(p, anns, nearestConf));
  }
  return items;
}

function kindOf(
  p: string,
  anns: Map<string, Array<{ path: string; annotator?: string }>>,
  nearestConf: (p: string) => string | undefined,
): BatchItem {
  const ext = extOf(p);
  const list = anns.get(p);
  if (list) {
    const conf = nearestConf(list[0]!.path) ?? nearestConf(p);
    return { kind: 'brat', text: p, anns: list, ...(conf ? { conf } : {}) };
  }
  if (ext === 'json' || ext === 'jsonl' || ext === 'ndjson') return { kind: 'annotations', path: p };
  return { kind: 'document', path: p };
}
