import type { ClaimGroup, Relation, SpanAnnotation } from '../model';
import { isCurated } from '../layers/span-layers';
import { extent, idOf, spanContentKey, type Disagreement } from './compare-layers';

/** What the links of one document are compared over. */
export interface LinkInput {
  documentId: string;
  /** The annotators of the document (from its spans): a link is agreed when every one of them made it. */
  annotators: readonly string[];
  /** Every span a link of the document may join, this document's and, for claim groups, other documents'. */
  spans: ReadonlyMap<string, SpanAnnotation>;
  relations: readonly Relation[];
  groups: readonly ClaimGroup[];
}

export interface LinkComparison {
  /** Relations every annotator made alike, one list per agreement, sorted by author. */
  agreedRelations: Relation[][];
  agreedGroups: ClaimGroup[][];
  disagreements: Disagreement[];
}

const byAuthor = <T extends { author?: string | undefined }>(a: T, b: T): number =>
  (a.author ?? '') < (b.author ?? '') ? -1 : (a.author ?? '') > (b.author ?? '') ? 1 : 0;

/** Union-find over item indices: which items end up in one disagreement. */
class Clusters {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
  /** Joins items whose ranges overlap (a sweep in start order). */
  joinOverlapping(ranges: ReadonlyArray<{ index: number; start: number; end: number }>): void {
    let run: { index: number; end: number } | null = null;
    for (const r of [...ranges].sort((a, b) => a.start - b.start || a.end - b.end)) {
      if (run && r.start < run.end) {
        this.join(r.index, run.index);
        run.end = Math.max(run.end, r.end);
      } else run = { index: r.index, end: r.end };
    }
  }
  groups(): number[][] {
    const out = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const root = this.find(i);
      const list = out.get(root);
      if (list) list.push(i);
      else out.set(root, [i]);
    });
    return [...out.values()];
  }
}

/** Splits links by content key into agreed ones (every annotator made it) and the rest. */
function agreement<T extends { author?: string | undefined }>(
  items: readonly T[],
  keyOf: (item: T) => string,
  annotators: readonly string[],
): { agreed: T[][]; open: T[] } {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const same = byKey.get(key);
    if (same) same.push(item);
    else byKey.set(key, [item]);
  }
  const agreed: T[][] = [];
  const open: T[] = [];
  for (const same of byKey.values()) {
    const authors = new Set(same.map((x) => x.author));
    const everyone = annotators.length > 0 && annotators.every((a) => authors.has(a));
    if (everyone && authors.size === annotators.length) agreed.push([...same].sort(byAuthor));
    else open.push(...same);
  }
  return { agreed, open };
}

const namesOf = (annotators: readonly string[], items: ReadonlyArray<{ author?: string | undefined }>): string[] =>
  [...new Set([...annotators, ...items.map((x) => x.author ?? '')])].sort();

type Eligible = (id: string) => SpanAnnotation | undefined;
type ContentKey = (span: SpanAnnotation) => string;

function relationDisagreements(input: LinkInput, eligible: Eligible, contentKey: ContentKey) {
  const own = input.relations.filter((r) => {
    if (r.layer) return false;
    const [from, to] = [eligible(r.from), eligible(r.to)];
    return from?.documentId === input.documentId && to?.documentId === input.documentId;
  });
  const ends = (r: Relation): [SpanAnnotation, SpanAnnotation] => [eligible(r.from)!, eligible(r.to)!];
  const key = (r: Relation): string =>
    `${r.type}\u0000${contentKey(eligible(r.from)!)}\u0000${contentKey(eligible(r.to)!)}`;
  const { agreed, open } = agreement(own, key, input.annotators);
  const clusters = new Clusters(open.length);
  for (const type of new Set(open.map((r) => r.type))) {
    const ofType = open.flatMap((r, index) => (r.type === type ? [{ index, ends: ends(r) }] : []));
    clusters.joinOverlapping(ofType.map(({ index, ends: [from] }) => ({ index, start: from.start, end: from.end })));
  }
  const disagreements = clusters.groups().map((indices): Disagreement => {
    const relations = indices.map((i) => open[i]!);
    const spans = [...new Set(relations.flatMap(ends))];
    return {
      id: idOf('relations', relations),
      kind: 'relations',
      ...extent(spans),
      sides: namesOf(input.annotators, relations).map((name) => {
        const mine = relations.filter((r) => r.author === name);
        return { name, spans: [...new Set(mine.flatMap(ends))], relations: mine };
      }),
    };
  });
  return { agreed, disagreements };
}

function groupDisagreements(input: LinkInput, eligible: Eligible, contentKey: ContentKey) {
  const membersOf = (g: ClaimGroup): SpanAnnotation[] =>
    g.members.flatMap((id) => (eligible(id) ? [eligible(id)!] : []));
  const own = input.groups.filter(
    (g) => !g.layer && g.author !== undefined && membersOf(g).some((s) => s.documentId === input.documentId),
  );
  const memberKey = (s: SpanAnnotation): string => `${s.documentId}\u0000${contentKey(s)}`;
  const key = (g: ClaimGroup): string => JSON.stringify(membersOf(g).map(memberKey).sort());
  const { agreed, open } = agreement(own, key, input.annotators);
  const clusters = new Clusters(open.length);
  const firstWith = new Map<string, number>();
  open.forEach((g, index) => {
    for (const k of membersOf(g).map(memberKey)) {
      const first = firstWith.get(k);
      if (first === undefined) firstWith.set(k, index);
      else clusters.join(index, first);
    }
  });
  const disagreements = clusters.groups().map((indices): Disagreement => {
    const groups = indices.map((i) => open[i]!);
    const here = groups.flatMap(membersOf).filter((s) => s.documentId === input.documentId);
    return {
      id: idOf('groups', groups),
      kind: 'groups',
      ...extent(here),
      sides: namesOf(input.annotators, groups).map((name) => {
        const mine = groups.filter((g) => g.author === name);
        return { name, spans: [...new Set(mine.flatMap(membersOf))], groups: mine };
      }),
    };
  });
  return { agreed, disagreements };
}

/**
 * Compares the annotators' relations within one document and their claim groups with a member in it
 * (curated links and links to orphaned or curated spans aside). Links are alike when they join spans
 * alike (label, range, attributes) with the same type; a group's statement plays no part. Links not
 * every annotator made alike form disagreements: relations of one type from overlapping spans (what
 * a claim is attributed to), groups that share a member.
 */
export function compareLinks(input: LinkInput): LinkComparison {
  const eligible = (id: string): SpanAnnotation | undefined => {
    const span = input.spans.get(id);
    return span && !isCurated(span) && !span.orphaned ? span : undefined;
  };
  const keys = new Map<SpanAnnotation, string>();
  const contentKey = (span: SpanAnnotation): string => {
    let key = keys.get(span);
    if (key === undefined) keys.set(span, (key = spanContentKey(span)));
    return key;
  };
  const relations = relationDisagreements(input, eligible, contentKey);
  const groups = groupDisagreements(input, eligible, contentKey);
  return {
    agreedRelations: relations.agreed,
    agreedGroups: groups.agreed,
    disagreements: [...relations.disagreements, ...groups.disagreements],
  };
}
