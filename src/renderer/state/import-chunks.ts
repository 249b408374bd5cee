/** Which files carry annotations, and how an import is cut into chunks that keep brat pairs together. */

const ANNOTATED = /\.(ann|json|jsonl)$/i;

/** Extensions of annotation files, for the file picker's `accept`. */
export const ANNOTATED_ACCEPT = '.ann,.json,.jsonl';

/** Whether a selection holds any annotation file, so that it goes through `importAnnotated`. */
export const hasAnnotatedFiles = (names: readonly string[]): boolean => names.some((n) => ANNOTATED.test(n));

const baseName = (name: string): string => name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
const stemOf = (name: string): string => {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
};

/**
 * Cuts files into chunks of about `size`, keeping each brat `.ann` (`<stem>.ann` or
 * `<stem>_<annotator>.ann`) in the same chunk as its `<stem>.txt`, and `annotation.conf` with every
 * chunk that holds an `.ann`. Order is kept otherwise; a group is never split, even past `size`.
 */
export function importChunks<T extends { name: string }>(files: readonly T[], size = 5): T[][] {
  const conf = files.filter((f) => baseName(f.name).toLowerCase() === 'annotation.conf');
  const rest = files.filter((f) => !conf.includes(f));
  const txtStems = new Map<string, number>();
  const txtGroup = new Map<T, number>();
  const groups: T[][] = [];
  for (const f of rest) {
    if (/\.txt$/i.test(f.name)) {
      if (!txtStems.has(stemOf(f.name))) txtStems.set(stemOf(f.name), groups.length);
      txtGroup.set(f, groups.length);
      groups.push([f]);
    }
  }
  const ownerOf = (ann: string): number | undefined => {
    const stem = stemOf(ann);
    if (txtStems.has(stem)) return txtStems.get(stem);
    // <stem>_<annotator>.ann: the longest text stem it starts with.
    let best: string | undefined;
    for (const s of txtStems.keys()) if (stem.startsWith(`${s}_`) && (!best || s.length > best.length)) best = s;
    return best === undefined ? undefined : txtStems.get(best);
  };
  // Groups in the order their first file appears.
  const ordered: T[][] = [];
  const placed = new Set<number>();
  for (const f of rest) {
    let index: number | undefined;
    if (/\.txt$/i.test(f.name)) index = txtGroup.get(f);
    else if (/\.ann$/i.test(f.name)) index = ownerOf(f.name);
    if (index === undefined) {
      ordered.push([f]);
      continue;
    }
    if (!/\.txt$/i.test(f.name)) groups[index]!.push(f);
    if (!placed.has(index)) {
      placed.add(index);
      ordered.push(groups[index]!);
    }
  }
  const chunks: T[][] = [];
  let current: T[] = [];
  for (const group of ordered) {
    if (current.length > 0 && current.length + group.length > size) {
      chunks.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0) chunks.push(current);
  if (conf.length > 0) return chunks.map((c) => (c.some((f) => /\.ann$/i.test(f.name)) ? [...c, ...conf] : c));
  return chunks;
}
