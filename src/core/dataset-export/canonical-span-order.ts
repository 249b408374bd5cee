import type { Relation, SpanAnnotation } from '../model';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Link {
  mark: string;
  other: string;
}

/**
 * Orders spans that share range and label so that an export re-imported under new ids comes out in the
 * same order. Such spans are told apart by what the format carries of them (fragments, attributes where
 * kept); spans alike in all of that too are told apart by how they are linked. Linked alike spans form
 * components; each component is labelled canonically by individualisation–refinement (refine classes by
 * the links until stable, single out one member of a remaining tie, refine again), and components are
 * ordered by those labellings. Alike spans are then ordered by their component, then by their class in it.
 * Only spans sharing range and label take part, so the cost follows them, not the corpus. A pass that
 * holds only those spans gives `located`: where any other span a link names stands (undefined when it
 * is not exported), as if it were among them.
 */
export function canonicalSpanOrder(
  spansByDocument: Iterable<readonly SpanAnnotation[]>,
  relations: readonly Relation[],
  carried: { attributes: boolean },
  located: (id: string) => Pick<SpanAnnotation, 'documentId' | 'start' | 'end' | 'label'> | undefined = () => undefined,
): (a: Pick<SpanAnnotation, 'id'>, b: Pick<SpanAnnotation, 'id'>) => number {
  const all = [...spansByDocument].flat();
  const byPlace = new Map<string, SpanAnnotation[]>();
  for (const span of all) {
    const place = `${span.documentId}\u0000${span.start}\u0000${span.end}\u0000${span.label}`;
    const list = byPlace.get(place);
    if (list) list.push(span);
    else byPlace.set(place, [span]);
  }
  const content = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const list of byPlace.values()) {
    if (list.length < 2) continue;
    for (const s of list) {
      const key = JSON.stringify([s.fragments ?? [], carried.attributes ? (s.attributes ?? {}) : {}]);
      content.set(s.id, key);
      seen.set(`${s.documentId}\u0000${s.start}\u0000${s.end}\u0000${s.label}\u0000${key}`, 0);
    }
  }
  if (content.size === 0) return () => 0;
  const alikeKey = (s: SpanAnnotation): string =>
    `${s.documentId}\u0000${s.start}\u0000${s.end}\u0000${s.label}\u0000${content.get(s.id)}`;
  for (const s of all) if (content.has(s.id)) seen.set(alikeKey(s), seen.get(alikeKey(s))! + 1);
  const alike = all.filter((s) => content.has(s.id) && seen.get(alikeKey(s))! > 1);
  const place = new Map(all.map((s) => [s.id, s]));
  const placeOf = (id: string): string => {
    const s = place.get(id) ?? located(id);
    return s ? JSON.stringify([s.documentId, s.start, s.end, s.label, content.get(id) ?? '']) : '?';
  };
  const { componentRank, classOf } = labelComponents(alike, relations, placeOf);
  return (a, b) =>
    compare(content.get(a.id) ?? '', content.get(b.id) ?? '') ||
    (componentRank.get(a.id) ?? 0) - (componentRank.get(b.id) ?? 0) ||
    (classOf.get(a.id) ?? 0) - (classOf.get(b.id) ?? 0);
}

/** Splits alike spans into linked components, labels each canonically and ranks the components. */
function labelComponents(
  alike: readonly SpanAnnotation[],
  relations: readonly Relation[],
  placeOf: (id: string) => string,
): { componentRank: Map<string, number>; classOf: Map<string, number> } {
  const isAlike = new Set(alike.map((s) => s.id));
  const links = new Map<string, Link[]>();
  const parent = new Map(alike.map((s) => [s.id, s.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  const link = (id: string, mark: string, other: string): void => {
    if (!isAlike.has(id)) return;
    const list = links.get(id);
    if (list) list.push({ mark, other });
    else links.set(id, [{ mark, other }]);
  };
  for (const r of relations) {
    link(r.from, `>${r.type}`, r.to);
    link(r.to, `<${r.type}`, r.from);
    if (isAlike.has(r.from) && isAlike.has(r.to)) parent.set(root(r.from), root(r.to));
  }
  const components = new Map<string, SpanAnnotation[]>();
  for (const s of alike) {
    const r = root(s.id);
    const list = components.get(r);
    if (list) list.push(s);
    else components.set(r, [s]);
  }
  const classOf = new Map<string, number>();
  const labelled: Array<{ signature: string; firstId: string; members: SpanAnnotation[] }> = [];
  for (const members of components.values()) {
    const classes = labelComponent(members, links, placeOf);
    for (const [id, c] of classes) classOf.set(id, c);
    // What the component looks like under its canonical labelling: members by class, with their links.
    const other = (id: string): string => (classes.has(id) ? `#${classes.get(id)}` : placeOf(id));
    const signature = JSON.stringify(
      [...members]
        .sort((a, b) => classes.get(a.id)! - classes.get(b.id)!)
        .map((s) => [placeOf(s.id), (links.get(s.id) ?? []).map((l) => `${l.mark}:${other(l.other)}`).sort()]),
    );
    const firstId = members.reduce((a, b) => (a.id < b.id ? a : b)).id;
    labelled.push({ signature, firstId, members });
  }
  // Components that look the same are interchangeable; the id only makes their order consistent.
  labelled.sort((a, b) => compare(a.signature, b.signature) || compare(a.firstId, b.firstId));
  const componentRank = new Map<string, number>();
  labelled.forEach((c, i) => c.members.forEach((s) => componentRank.set(s.id, i)));
  return { componentRank, classOf };
}

/** Canonical classes of one component's members by individualisation–refinement. */
function labelComponent(
  members: readonly SpanAnnotation[],
  links: Map<string, Link[]>,
  placeOf: (id: string) => string,
): Map<string, number> {
  const inside = new Set(members.map((s) => s.id));
  const pad = (n: number | undefined): string => String(n).padStart(12, '0');
  const refine = (start: Map<string, number>): Map<string, number> => {
    let current = start;
    let count = new Set(current.values()).size;
    while (count < members.length) {
      const previous = current;
      const end = (id: string): string => (inside.has(id) ? `#${previous.get(id)}` : placeOf(id));
      const next = classesOf(members, (s) =>
        JSON.stringify([
          pad(previous.get(s.id)),
          (links.get(s.id) ?? []).map((l) => `${l.mark}:${end(l.other)}`).sort(),
        ]),
      );
      const nextCount = new Set(next.values()).size;
      current = next;
      if (nextCount === count) break;
      count = nextCount;
    }
    return current;
  };
  let classes = refine(classesOf(members, (s) => placeOf(s.id)));
  for (;;) {
    const tied = firstTie(members, classes);
    if (!tied) return classes;
    // Singling out the member with the smallest id is arbitrary on purpose: the members are alike.
    const chosen = tied.reduce((a, b) => (a.id < b.id ? a : b));
    const before = classes;
    classes = refine(classesOf(members, (s) => `${pad(before.get(s.id))}${s.id === chosen.id ? 0 : 1}`));
  }
}

function firstTie(spans: readonly SpanAnnotation[], classes: Map<string, number>): SpanAnnotation[] | undefined {
  const members = new Map<number, SpanAnnotation[]>();
  for (const span of spans) {
    const c = classes.get(span.id)!;
    const list = members.get(c);
    if (list) list.push(span);
    else members.set(c, [span]);
  }
  let best: number | undefined;
  for (const [c, list] of members) if (list.length > 1 && (best === undefined || c < best)) best = c;
  return best === undefined ? undefined : members.get(best);
}

/** Numbers the distinct keys in sorted order (so the numbering follows content, not ids). */
function classesOf(spans: readonly SpanAnnotation[], key: (span: SpanAnnotation) => string): Map<string, number> {
  const keys = new Map<string, string>();
  for (const span of spans) keys.set(span.id, key(span));
  const numbers = new Map<string, number>();
  for (const k of [...new Set(keys.values())].sort(compare)) numbers.set(k, numbers.size);
  const out = new Map<string, number>();
  for (const [id, k] of keys) out.set(id, numbers.get(k)!);
  return out;
}
