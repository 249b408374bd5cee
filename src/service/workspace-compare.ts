/**
 * Compare across the workspace's articles: proposes claim groups and the discrepancies inside
 * them (core/compare), and, when asked, records them as proposals for the analyst to accept or
 * reject. Applying creates the Claim spans that proposed members need, never claim groups:
 * groups and discrepancies stay proposals in `compare-proposals.json` until the analyst decides.
 */
import type { z } from 'zod';
import { CompareProposals as CompareProposalsSchema } from '../api/contract';
import { compareArticles, type ClaimSpanInput, type CompareResult } from '../core/compare/index';
import type { AssistContext } from './workspace-assist';
import { JsonStore, type StoreKind } from './json-store';

export const COMPARE_PROPOSALS_FILE = 'compare-proposals.json';

export const compareProposalsKind = {
  format: 'compare-proposals',
  description: 'comparison proposals file',
  schema: CompareProposalsSchema,
} satisfies StoreKind<z.ZodType>;
export type CompareProposals = z.output<typeof compareProposalsKind.schema>;

const NO_PROPOSALS: CompareProposals = { groups: [], discrepancies: [] };

/** The proposals file, created empty on the first write; read-only services never write it. */
export function openProposals(root: string): Promise<JsonStore<CompareProposals>> {
  return JsonStore.open(root, COMPARE_PROPOSALS_FILE, compareProposalsKind, NO_PROPOSALS);
}

export interface CompareRequest {
  documentIds?: string[];
  minScore?: number;
}

/** What runs the comparison itself: `compareArticles` here, or the same in a worker thread (batch-workers). */
export type CompareRunner = (
  documents: Array<{ id: string; text: string; published?: string }>,
  claims: ClaimSpanInput[],
  options: { minScore?: number },
) => CompareResult | Promise<CompareResult>;

/** Tagged claims with the source each is attributed to (`attributed-to`), for the documents compared. */
async function taggedClaims(context: AssistContext, documentIds: string[]): Promise<ClaimSpanInput[]> {
  const { relations } = context.relations();
  const out: ClaimSpanInput[] = [];
  for (const documentId of documentIds) {
    const spans = (await context.spansOf(documentId)).filter((s) => !s.orphaned);
    for (const claim of spans.filter((s) => s.label === 'Claim')) {
      const sourceId = relations.find((r) => r.type === 'attributed-to' && r.from === claim.id)?.to;
      const source = spans.find((s) => s.id === sourceId);
      out.push({
        spanId: claim.id,
        documentId,
        start: claim.start,
        end: claim.end,
        ...(source ? { source: { start: source.start, end: source.end, text: source.quote } } : {}),
      });
    }
  }
  return out;
}

/** Proposes groups and discrepancies; groups the analyst already made are left out. Reads only. */
export async function compareWorkspace(
  context: AssistContext,
  request: CompareRequest = {},
  run: CompareRunner = compareArticles,
): Promise<CompareResult> {
  const ids = context.documentIds().filter((id) => !request.documentIds || request.documentIds.includes(id));
  const documents = ids.map((id) => {
    const d = context.document(id);
    return { id, text: d.text, ...(d.published ? { published: d.published } : {}) };
  });
  const result = await run(
    documents,
    await taggedClaims(context, ids),
    request.minScore !== undefined ? { minScore: request.minScore } : {},
  );
  const grouped = context.relations().claimGroups.map((g) => new Set(g.members));
  const known = (spanIds: Array<string | null>): boolean =>
    grouped.some((g) => spanIds.every((id) => id !== null && g.has(id)));
  const groups = result.groups.filter((g) => !known(g.members.map((m) => m.spanId)));
  const kept = new Set(groups.map((g) => g.id));
  return { groups, discrepancies: result.discrepancies.filter((d) => kept.has(d.groupId)) };
}

/**
 * Records a comparison as proposals: creates the Claim spans its members need, then merges the
 * groups and discrepancies into the proposals file, keeping the analyst's earlier decisions.
 * Each document's new claim spans are one journal edit, all or none, so a failure leaves every
 * document either with all the claims it needed or as it was, and no proposal is recorded then.
 */
export async function applyComparison(
  context: AssistContext,
  root: string,
  result: CompareResult,
): Promise<{ spans: number; groups: number; discrepancies: number }> {
  const claims = await claimSpansFor(context, result);
  const spanOf = (x: { documentId: string; start: number; end: number }): string | null =>
    claims.spanIdOf.get(placeKey(x)) ?? null;
  const store = await openProposals(root);
  const recorded = await store.update((data) => {
    const groups = new Map(data.groups.map((g) => [g.id, g]));
    for (const g of result.groups) {
      const before = groups.get(g.id);
      groups.set(g.id, {
        id: g.id,
        score: g.score,
        reason: g.reason,
        members: g.members.map((m) => spanOf(m)!),
        places: g.members.map(({ documentId, start, end, text }) => ({ documentId, start, end, text })),
        status: before?.status ?? 'proposed',
        ...(before?.claimGroupId ? { claimGroupId: before.claimGroupId } : {}),
      });
    }
    const discrepancies = new Map(data.discrepancies.map((d) => [d.id, d]));
    for (const d of result.discrepancies) {
      const at = (s: typeof d.a): string => `${s.documentId}:${s.start}-${s.end}`;
      const id = `${d.groupId}:${d.kind}:${at(d.a)}:${at(d.b)}`;
      const side = (s: typeof d.a) => ({
        documentId: s.documentId,
        spanId: spanOf(result.groups.find((g) => g.id === d.groupId)!.members[s.member]!),
        start: s.start,
        end: s.end,
        text: s.text,
        ...(s.source ? { source: s.source } : {}),
      });
      discrepancies.set(id, {
        id,
        groupId: d.groupId,
        kind: d.kind,
        detail: d.detail,
        a: side(d.a),
        b: side(d.b),
        status: discrepancies.get(id)?.status ?? 'proposed',
      });
    }
    const next = { groups: [...groups.values()], discrepancies: [...discrepancies.values()] };
    return {
      next,
      result: { spans: claims.created, groups: result.groups.length, discrepancies: result.discrepancies.length },
    };
  });
  store.flushSync();
  return recorded;
}

const placeKey = (x: { documentId: string; start: number; end: number }): string =>
  `${x.documentId}:${x.start}-${x.end}`;

/**
 * The span id of every group member's place: its own span, a Claim already tagged there, or a Claim
 * created here, each document's in one edit (`createSpans`), document after document.
 */
async function claimSpansFor(
  context: AssistContext,
  result: CompareResult,
): Promise<{ spanIdOf: Map<string, string>; created: number }> {
  const spanIdOf = new Map<string, string>();
  let created = 0;
  const missing = new Map<string, Map<string, { start: number; end: number }>>();
  for (const g of result.groups)
    for (const m of g.members) {
      if (m.spanId) spanIdOf.set(placeKey(m), m.spanId);
      else missing.set(m.documentId, (missing.get(m.documentId) ?? new Map()).set(placeKey(m), m));
    }
  for (const [documentId, places] of missing) {
    const claims = (await context.spansOf(documentId)).filter((s) => s.label === 'Claim');
    const toCreate: Array<{ start: number; end: number }> = [];
    for (const [key, place] of places) {
      if (spanIdOf.has(key)) continue;
      const existing = claims.find((s) => s.start === place.start && s.end === place.end);
      if (existing) spanIdOf.set(key, existing.id);
      else toCreate.push(place);
    }
    if (toCreate.length === 0) continue;
    const made = await context.createSpans(
      documentId,
      toCreate.map(({ start, end }) => ({ label: 'Claim', start, end })),
    );
    made.forEach((span) => spanIdOf.set(placeKey(span), span.id));
    created += made.length;
  }
  return { spanIdOf, created };
}
