import { CollateError } from '../core/collate-error';
import type { ClaimGroup, LabelSchema, Relation, SpanAnnotation } from '../core/model';
import { checkRelation, findSameRelation } from '../core/relation-rules';
import type { JsonStore } from './json-store';
import { newId } from './new-id';
import { relationsBetween } from './relation-ends';
import type { RelationsFile } from './store-kinds';

/** What relation and claim-group edits need from the workspace. */
export interface LinkContext {
  relations: JsonStore<RelationsFile>;
  schema(): LabelSchema;
  findSpan(id: string): Promise<SpanAnnotation | undefined>;
  author: string;
  now(): string;
}

async function requireSpan(context: LinkContext, id: string): Promise<SpanAnnotation> {
  const span = await context.findSpan(id);
  if (!span) throw new CollateError('no-annotation', `There is no annotation "${id}" in this workspace.`);
  return span;
}

/**
 * A deleted curated relation or group is remembered (its id), so re-opening a document for curation
 * does not merge the agreement in again; making it again forgets it.
 */
function tombstones(
  list: string[] | undefined,
  link: { id: string; layer?: 'curated' | undefined },
  change: 'add' | 'forget',
): { curatedDeletions?: string[] } {
  if (link.layer !== 'curated') return {};
  const rest = (list ?? []).filter((id) => id !== link.id);
  if (change === 'add') return { curatedDeletions: [...rest, link.id].sort() };
  return list ? { curatedDeletions: rest } : {};
}

/** Links two spans (they may be in different documents); an identical link is returned as it is. */
export async function createRelation(
  context: LinkContext,
  request: {
    id?: string;
    type: string;
    from: string;
    to: string;
    author?: string;
    created?: string;
    layer?: 'curated';
  },
): Promise<Relation> {
  const [from, to] = [await requireSpan(context, request.from), await requireSpan(context, request.to)];
  const allowed = checkRelation(context.schema(), request.type, from, to);
  if (!allowed.ok) throw new CollateError(allowed.error.code, allowed.error.message);
  const same = findSameRelation(context.schema(), context.relations.data.relations, request.type, from.id, to.id);
  if (same) return same;
  if (request.id !== undefined && context.relations.data.relations.some((r) => r.id === request.id)) {
    throw new CollateError('duplicate-id', `There is already a relation with the id ${request.id}.`);
  }
  const relation: Relation = {
    id: request.id ?? newId('r'),
    type: request.type,
    from: from.id,
    to: to.id,
    author: request.author ?? context.author,
    ...(request.layer ? { layer: request.layer } : {}),
    created: request.created ?? context.now(),
  };
  return context.relations.update((data) => ({
    next: {
      ...data,
      relations: [...data.relations, relation],
      ...tombstones(data.curatedDeletions, relation, 'forget'),
    },
    result: relation,
  }));
}

/**
 * Links several pairs of spans already in hand with one journal edit (one fsync); every link is
 * checked first, so either all are saved or none is. Identical links are returned as they are.
 */
export async function createRelations(
  context: LinkContext,
  requests: ReadonlyArray<{ type: string; from: SpanAnnotation; to: SpanAnnotation }>,
): Promise<Relation[]> {
  const now = context.now();
  // Through an index of the links' ends, not a pass over them all: a corpus holds tens of thousands.
  const ends = new Set(requests.flatMap((r) => [r.from.id, r.to.id]));
  const existing = relationsBetween(context.relations, context.relations.data.relations, ends);
  const fresh: Relation[] = [];
  const result = requests.map(({ type, from, to }) => {
    const allowed = checkRelation(context.schema(), type, from, to);
    if (!allowed.ok) throw new CollateError(allowed.error.code, allowed.error.message);
    const same =
      findSameRelation(context.schema(), fresh, type, from.id, to.id) ??
      findSameRelation(context.schema(), existing, type, from.id, to.id);
    if (same) return same;
    const relation: Relation = { id: newId('r'), type, from: from.id, to: to.id, author: context.author, created: now };
    fresh.push(relation);
    return relation;
  });
  if (fresh.length === 0) return result;
  return context.relations.update((data) => ({
    // concat copies an array of tens of thousands several times faster than spreading it.
    next: { ...data, relations: data.relations.concat(fresh) },
    result,
  }));
}

export async function deleteRelation(context: LinkContext, id: string): Promise<Relation> {
  const relation = context.relations.data.relations.find((r) => r.id === id);
  if (!relation) throw new CollateError('no-relation', `There is no relation "${id}" in this workspace.`);
  await context.relations.update((data) => ({
    next: {
      ...data,
      relations: data.relations.filter((r) => r.id !== id),
      ...tombstones(data.curatedDeletions, relation, 'add'),
    },
    result: undefined,
  }));
  return relation;
}

/** Creates a claim group or replaces the one with the given id; members must exist, each once. */
export async function saveClaimGroup(
  context: LinkContext,
  request: { id?: string; statement: string; members: string[]; layer?: 'curated' },
): Promise<ClaimGroup> {
  const members = [...new Set(request.members)];
  for (const id of members) await requireSpan(context, id);
  const existing = request.id ? context.relations.data.claimGroups.find((g) => g.id === request.id) : undefined;
  const now = context.now();
  const author = existing ? existing.author : context.author;
  const layer = existing ? existing.layer : request.layer;
  const group: ClaimGroup = {
    id: request.id ?? newId('g'),
    statement: request.statement,
    members,
    ...(author === undefined ? {} : { author }),
    ...(layer ? { layer } : {}),
    created: existing?.created ?? now,
    modified: now,
  };
  return context.relations.update((data) => ({
    next: {
      ...data,
      claimGroups: existing
        ? data.claimGroups.map((g) => (g.id === group.id ? group : g))
        : [...data.claimGroups, group],
      ...tombstones(data.curatedDeletions, group, 'forget'),
    },
    result: group,
  }));
}

export async function deleteClaimGroup(context: LinkContext, id: string): Promise<ClaimGroup> {
  const group = context.relations.data.claimGroups.find((g) => g.id === id);
  if (!group) throw new CollateError('no-claim-group', `There is no claim group "${id}" in this workspace.`);
  await context.relations.update((data) => ({
    next: {
      ...data,
      claimGroups: data.claimGroups.filter((g) => g.id !== id),
      ...tombstones(data.curatedDeletions, group, 'add'),
    },
    result: undefined,
  }));
  return group;
}

/** Takes a deleted span out of every relation and claim group; returns what was removed or changed, as it was. */
export async function unlinkSpan(
  context: LinkContext,
  spanId: string,
): Promise<{ relations: Relation[]; claimGroups: ClaimGroup[] }> {
  const relations = context.relations.data.relations.filter((r) => r.from === spanId || r.to === spanId);
  const claimGroups = context.relations.data.claimGroups.filter((g) => g.members.includes(spanId));
  if (relations.length === 0 && claimGroups.length === 0) return { relations, claimGroups };
  await context.relations.update((data) => ({
    next: {
      ...data,
      relations: data.relations.filter((r) => r.from !== spanId && r.to !== spanId),
      claimGroups: data.claimGroups.map((g) =>
        g.members.includes(spanId) ? { ...g, members: g.members.filter((m) => m !== spanId) } : g,
      ),
    },
    result: undefined,
  }));
  return { relations, claimGroups };
}
