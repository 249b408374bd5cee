/** A text-bound annotation (T line); offsets as in the file (code points), `end` exclusive. */
export interface BratEntity {
  id: string;
  type: string;
  fragments: Array<{ start: number; end: number }>;
  text: string;
}
export interface BratRelation {
  id: string;
  type: string;
  arg1: string;
  arg2: string;
}
export interface BratAttribute {
  id: string;
  name: string;
  target: string;
  /** Absent for a binary attribute. */
  value?: string;
}
export interface BratNote {
  id: string;
  kind: string;
  target: string;
  text: string;
}
export interface BratAnn {
  entities: BratEntity[];
  relations: BratRelation[];
  attributes: BratAttribute[];
  notes: BratNote[];
  /** Lines of other kinds (events, equivalences, normalizations), kept as they are. */
  other: string[];
  /** Line-numbered problems; the rest of the file is still read. */
  errors: string[];
}

/**
 * Reads a brat `.ann` file: T (entities, discontinuous `s e;s e`), R (relations), A/M (attributes),
 * `#` (notes). Does not check texts against the document: compare `text` with the slice yourself.
 */
export function parseBratAnn(content: string): BratAnn {
  const out: BratAnn = { entities: [], relations: [], attributes: [], notes: [], other: [], errors: [] };
  content.split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const [id = '', middle = '', ...rest] = line.split('\t');
    const fail = (why: string): void => void out.errors.push(`line ${n + 1}: ${why}`);
    switch (id[0]) {
      case 'T': {
        const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(middle);
        if (!m) return fail('bad text-bound annotation');
        const fragments = m[2]!.split(';').map((p) => {
          const [s, e] = p.split(' ').map(Number);
          return { start: s!, end: e! };
        });
        if (fragments.some((f) => f.end < f.start)) return fail('fragment ends before it starts');
        out.entities.push({ id, type: m[1]!, fragments, text: rest.join('\t') });
        return;
      }
      case 'R': {
        const m = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(middle);
        if (!m) return fail('bad relation');
        out.relations.push({ id, type: m[1]!, arg1: m[2]!, arg2: m[3]! });
        return;
      }
      case 'A':
      case 'M': {
        const [name, target, value, extra] = middle.split(' ');
        if (!name || !target || extra !== undefined) return fail('bad attribute');
        out.attributes.push({ id, name, target, ...(value !== undefined ? { value } : {}) });
        return;
      }
      case '#': {
        const [kind, target] = middle.split(' ');
        if (!kind || !target) return fail('bad note');
        out.notes.push({ id, kind, target, text: rest.join('\t') });
        return;
      }
      default:
        out.other.push(line);
    }
  });
  return out;
}
