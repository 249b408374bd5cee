import { derivedId } from '../merge/derived-id';
import type { ClaimGroup, Relation, SpanAnnotation } from '../model';
import { CURATED_LAYER } from '../layers/layer-name';
import { isCurated } from '../layers/span-layers';
import { fail, ok, type Result } from '../result';
import { spanContentKey, type Disagreement } from './compare-layers';
import type { LinkComparison } from './compare-links';
import { agreedBy, curatedIdOf, latest, type CurationContext } from './curate';

/** The id of the curated copy of an annotator's relation (`r`) or claim group (`g`): the same on every machine. */
export const curatedLinkIdOf = (prefix: 'r' | 'g', link: { id: string }): string =>
  derivedId(prefix, `curated:${link.id}`);

/**
 * Where the curated copy of an annotator's span is: the span with its derived id, else a curated span
 * alike (label, range, attributes) in the same document, so a link of Ben's reaches the copy made of
 * Ana's span they agreed on. A curated link always joins curated spans.
 */
export class CuratedSpans {
  private readonly ids = new Set<string>();
  private readonly byContent = new Map<string, string>();

  constructor(spans: Iterable<SpanAnnotation>) {
    for (const s of spans) {
      if (!isCurated(s)) continue;
      this.ids.add(s.id);
      const key = `${s.documentId}\u0000${spanContentKey(s)}`;
      const known = this.byContent.get(key);
      if (known === undefined || s.id < known) this.byContent.set(key, s.id);
    }
  }

  of(span: SpanAnnotation): string | undefined {
    const derived = curatedIdOf(span);
    return this.ids.has(derived) ? derived : this.byContent.get(`${span.documentId}\u0000${spanContentKey(span)}`);
  }
}

/** What the links of the curated layer hold now, and what the adjudicator deleted from it. */
export interface CuratedLinks {
  relations: readonly Relation[];
  claimGroups: readonly ClaimGroup[];
  curatedDeletions?: readonly string[] | undefined;
}

interface Mapping {
  spans: ReadonlyMap<string, SpanAnnotation>;
  curated: CuratedSpans;
}

/** Span ids mapped to their curated copies; a missing copy is named in words. */
function mapSpans(ids: readonly string[], { spans, curated }: Mapping): Result<string[]> {
  const out: string[] = [];
  for (const id of ids) {
    const span = spans.get(id);
    const copy = span && curated.of(span);
    if (!copy) {
      const what = span ? `${span.label} "${span.quote.slice(0, 60)}"` : `span ${id}`;
      return fail('not-curated', `Settle the spans first: the curated layer has no copy of ${what}.`);
    }
    out.push(copy);
  }
  return ok(out);
}

/** A group's members that still exist (a deleted span leaves its id in no group, but older files may hold one). */
const known = (ids: readonly string[], { spans }: Mapping): string[] => ids.filter((id) => spans.has(id));

function relationCopy(r: Relation, ends: string[], author: string, created: string): Relation {
  return {
    id: curatedLinkIdOf('r', r),
    type: r.type,
    from: ends[0]!,
    to: ends[1]!,
    author,
    layer: CURATED_LAYER,
    created,
  };
}

function groupCopy(g: ClaimGroup, members: string[], author: string, created: string, modified: string): ClaimGroup {
  const { conflict: _conflict, ...kept } = g;
  return { ...kept, id: curatedLinkIdOf('g', g), members, author, layer: CURATED_LAYER, created, modified };
}

/**
 * Agreed relations and claim groups not yet in the curated layer, as curated copies between curated
 * spans, written as `agreedCopy` writes spans (the same on every machine). Left out: those the
 * adjudicator deleted, and those whose spans have no curated copy yet.
 */
export function preMergeLinks(
  comparison: LinkComparison,
  present: CuratedLinks,
  mapping: Mapping,
): { relations: Relation[]; claimGroups: ClaimGroup[] } {
  const skip = new Set([
    ...present.relations.map((r) => r.id),
    ...present.claimGroups.map((g) => g.id),
    ...(present.curatedDeletions ?? []),
  ]);
  const relations = comparison.agreedRelations.flatMap((same) => {
    const ends = mapSpans([same[0]!.from, same[0]!.to], mapping);
    if (skip.has(curatedLinkIdOf('r', same[0]!)) || !ends.ok) return [];
    return [relationCopy(same[0]!, ends.value, agreedBy(same), latest(same.map((r) => r.created)))];
  });
  const claimGroups = comparison.agreedGroups.flatMap((same) => {
    const members = mapSpans(known(same[0]!.members, mapping), mapping);
    if (skip.has(curatedLinkIdOf('g', same[0]!)) || !members.ok) return [];
    const [created, modified] = [latest(same.map((g) => g.created)), latest(same.map((g) => g.modified))];
    return [groupCopy(same[0]!, members.value, agreedBy(same), created, modified)];
  });
  return { relations, claimGroups };
}

/** What settling a disagreement about links changes in the curated layer. */
export interface LinkResolution {
  removeRelations: string[];
  addRelations: Relation[];
  removeGroups: string[];
  addGroups: ClaimGroup[];
}

/**
 * Takes the chosen sides of a disagreement about relations or groups: earlier copies of its links
 * leave the curated layer, the chosen links enter it between curated spans, once each (links that
 * join the same curated spans give one copy). Refused, naming the span, when a chosen link joins a
 * span the curated layer has no copy of.
 */
export function resolveLinkDisagreement(
  disagreement: Disagreement,
  take: readonly number[],
  present: CuratedLinks,
  mapping: Mapping,
  context: CurationContext,
): Result<LinkResolution> {
  const relationCopies = new Set(
    disagreement.sides.flatMap((s) => (s.relations ?? []).map((r) => curatedLinkIdOf('r', r))),
  );
  const groupCopies = new Set(disagreement.sides.flatMap((s) => (s.groups ?? []).map((g) => curatedLinkIdOf('g', g))));
  const out: LinkResolution = {
    removeRelations: present.relations.filter((r) => relationCopies.has(r.id)).map((r) => r.id),
    addRelations: [],
    removeGroups: present.claimGroups.filter((g) => groupCopies.has(g.id)).map((g) => g.id),
    addGroups: [],
  };
  const seen = new Set<string>();
  for (const index of [...new Set(take)].sort((a, b) => a - b)) {
    const side = disagreement.sides[index];
    for (const r of side?.relations ?? []) {
      const ends = mapSpans([r.from, r.to], mapping);
      if (!ends.ok) return ends;
      const key = JSON.stringify([r.type, ...ends.value]);
      if (!seen.has(key)) out.addRelations.push(relationCopy(r, ends.value, context.author, context.now));
      seen.add(key);
    }
    for (const g of side?.groups ?? []) {
      const members = mapSpans(known(g.members, mapping), mapping);
      if (!members.ok) return members;
      const key = JSON.stringify([...members.value].sort());
      if (!seen.has(key)) out.addGroups.push(groupCopy(g, members.value, context.author, context.now, context.now));
      seen.add(key);
    }
  }
  return ok(out);
}
