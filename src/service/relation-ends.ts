import type { Relation } from '../core/model';

/** Where each span id stands as an end of a relation: positions in the array indexed. */
interface EndIndex {
  relations: readonly Relation[];
  positions: Map<string, number[]>;
}

/** One index per relations file's owner, kept across edits (each edit replaces the array). */
const indexes = new WeakMap<object, EndIndex>();

/**
 * The relations, in their order, whose two ends are both among `ends`: what a batch of new links
 * is checked against. Instead of a pass over every relation for each batch (quadratic over a
 * corpus), the ends are indexed once and the index grows with the array when an edit only appended
 * to it (checked element by element, by identity: far cheaper than a lookup per relation);
 * otherwise it is built again.
 */
export function relationsBetween(owner: object, relations: readonly Relation[], ends: ReadonlySet<string>): Relation[] {
  const index = indexOf(owner, relations);
  const found = new Set<number>();
  for (const id of ends) {
    for (const at of index.positions.get(id) ?? []) {
      const relation = relations[at]!;
      if (ends.has(relation.from) && ends.has(relation.to)) found.add(at);
    }
  }
  return [...found].sort((a, b) => a - b).map((at) => relations[at]!);
}

function indexOf(owner: object, relations: readonly Relation[]): EndIndex {
  const kept = indexes.get(owner);
  if (kept?.relations === relations) return kept;
  let from = 0;
  if (kept && kept.relations.length <= relations.length) {
    while (from < kept.relations.length && kept.relations[from] === relations[from]) from++;
  }
  const appended = kept !== undefined && from === kept.relations.length;
  const index: EndIndex = { relations, positions: appended ? kept.positions : new Map() };
  for (let at = appended ? from : 0; at < relations.length; at++) {
    const relation = relations[at]!;
    add(index.positions, relation.from, at);
    if (relation.to !== relation.from) add(index.positions, relation.to, at);
  }
  indexes.set(owner, index);
  return index;
}

function add(positions: Map<string, number[]>, id: string, at: number): void {
  const list = positions.get(id);
  if (list) list.push(at);
  else positions.set(id, [at]);
}
