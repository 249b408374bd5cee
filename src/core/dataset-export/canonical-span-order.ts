import type { Relation, SpanAnnotation } from '../model';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Link {
  mark: string;
  other: string;
}

/**
 * Ranks spans so that an export re-imported under new ids is exported in the same order. Spans are told
 * apart by what the format carries of them (range, label, fragments, attributes where kept) and then by how they are linked, refined
 * until stable; spans still alike after that are interchangeable, so one is singled out and the rest are
 * refined again (individualisation–refinement, as in canonical graph labelling). Spans of different
 * documents never compete, so each document is ranked on its own.
 */
export function canonicalSpanRanks(
  spansByDocument: Iterable<readonly SpanAnnotation[]>,
  relations: readonly Relation[],
  carried: { attributes: boolean },
): Map<string, number> {
  const links = new Map<string, Link[]>();
  const link = (id: string, mark: string, other: string): void => {
    const list = links.get(id);
    if (list) list.push({ mark, other });
    else links.set(id, [{ mark, other }]);
  };
  for (const r of relations) {
    link(r.from, `>${r.type}`, r.to);
    link(r.to, `<${r.type}`, r.from);
  }
  const ranks = new Map<string, number>();
  for (const spans of spansByDocument) {
    for (const [id, rank] of rankDocument(spans, links, carried.attributes)) ranks.set(id, rank);
  }
  return ranks;
}

function rankDocument(
  spans: readonly SpanAnnotation[],
  links: Map<string, Link[]>,
  withAttributes: boolean,
): Map<string, number> {
  let classes = classesOf(spans, (span) =>
    JSON.stringify([
      span.start,
      span.end,
      span.label,
      withAttributes ? (span.attributes ?? {}) : {},
      span.fragments ?? [],
    ]),
  );
  classes = refine(spans, classes, links);
  for (;;) {
    const tied = firstTie(spans, classes);
    if (!tied) return classes;
    // Singling out the member with the smallest id is arbitrary on purpose: the members are alike.
    const chosen = tied.reduce((a, b) => (a.id < b.id ? a : b));
    classes = refine(
      spans,
      classesOf(spans, (span) => JSON.stringify([classes.get(span.id)!, span.id === chosen.id ? 0 : 1])),
      links,
    );
  }
}

/** Adds to each span's class the sorted classes at the other ends of its relations, until nothing splits. */
function refine(
  spans: readonly SpanAnnotation[],
  start: Map<string, number>,
  links: Map<string, Link[]>,
): Map<string, number> {
  let classes = start;
  let count = new Set(classes.values()).size;
  while (count < spans.length) {
    const previous = classes;
    const next = classesOf(spans, (span) =>
      JSON.stringify([
        previous.get(span.id),
        (links.get(span.id) ?? []).map((l) => `${l.mark}:${previous.get(l.other) ?? -1}`).sort(),
      ]),
    );
    const nextCount = new Set(next.values()).size;
    classes = next;
    if (nextCount === count) break;
    count = nextCount;
  }
  return classes;
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
