import { suggest, type Suggestion } from '../core/assist/index';
import { compareGroups, type ClaimSpanInput, type DiscrepancyKind } from '../core/compare/index';
import { CollateError } from '../core/collate-error';
import type { ClaimGroup, CollateDocument, Relation, SpanAnnotation } from '../core/model';

/** What the assistant needs from the workspace; it never writes except through these calls. */
export interface AssistContext {
  document(id: string): CollateDocument;
  documentIds(): string[];
  spansOf(documentId: string): Promise<SpanAnnotation[]>;
  rejectedSuggestions(documentId: string): Promise<string[]>;
  createSpan(request: {
    documentId: string;
    label: string;
    start: number;
    end: number;
    fragments?: Array<{ start: number; end: number }>;
    attributes?: Record<string, string>;
  }): Promise<SpanAnnotation>;
  createRelation(request: { type: string; from: string; to: string }): Promise<Relation>;
  relations(): { relations: Relation[]; claimGroups: ClaimGroup[] };
}

const samePlace = (span: SpanAnnotation, s: Suggestion): boolean =>
  span.label === s.label &&
  JSON.stringify(span.fragments ?? [{ start: span.start, end: span.end }]) ===
    JSON.stringify(s.fragments ?? [{ start: s.start, end: s.end }]);

/** Suggestions for one document that are neither applied already nor rejected by the analyst. */
export async function openSuggestions(
  context: AssistContext,
  documentId: string,
  statements = false,
): Promise<Suggestion[]> {
  const document = context.document(documentId);
  const spans = await context.spansOf(documentId);
  const rejected = new Set(await context.rejectedSuggestions(documentId));
  return suggest(
    { id: document.id, text: document.text, ...(document.published ? { published: document.published } : {}) },
    { statements },
  ).filter((s) => !rejected.has(s.id) && !spans.some((span) => samePlace(span, s)));
}

/**
 * Applies suggestions as spans (with their attributes) and links each accepted claim to its
 * accepted or already tagged source with `attributed-to`. Never applies anything not asked for.
 */
export async function acceptSuggestions(
  context: AssistContext,
  documentId: string,
  ids: string[],
): Promise<{ spans: SpanAnnotation[]; relations: Relation[] }> {
  const all = suggest({ id: documentId, text: context.document(documentId).text }, { statements: true });
  const wanted = ids.map((id) => {
    const found = all.find((s) => s.id === id);
    if (!found)
      throw new CollateError(
        'no-suggestion',
        `There is no suggestion "${id}" for this document (the text or the assistant changed); run it again.`,
      );
    return found;
  });
  const existing = await context.spansOf(documentId);
  const spanFor = new Map<string, SpanAnnotation>();
  for (const s of all) {
    const span = existing.find((e) => samePlace(e, s));
    if (span) spanFor.set(s.id, span);
  }
  const spans: SpanAnnotation[] = [];
  for (const s of wanted) {
    if (spanFor.has(s.id)) continue;
    const span = await context.createSpan({
      documentId,
      label: s.label,
      start: s.start,
      end: s.end,
      ...(s.fragments && s.fragments.length > 1 ? { fragments: s.fragments } : {}),
      ...(s.attributes ? { attributes: s.attributes } : {}),
    });
    spanFor.set(s.id, span);
    spans.push(span);
  }
  const relations: Relation[] = [];
  for (const s of wanted) {
    const source = s.label === 'Claim' && s.links?.sourceId ? spanFor.get(s.links.sourceId) : undefined;
    const claim = spanFor.get(s.id);
    if (source && claim)
      relations.push(await context.createRelation({ type: 'attributed-to', from: claim.id, to: source.id }));
  }
  return { spans, relations };
}

/** The group's claims with the sources they are attributed to, as the comparison reads them. */
async function groupClaims(context: AssistContext, members: readonly string[]): Promise<ClaimSpanInput[]> {
  const { relations } = context.relations();
  const spans = new Map<string, SpanAnnotation>();
  for (const d of context.documentIds()) {
    if (members.every((m) => spans.has(m))) break;
    for (const s of await context.spansOf(d)) spans.set(s.id, s);
  }
  return members.flatMap((id) => {
    const claim = spans.get(id);
    if (!claim || claim.orphaned) return [];
    const sourceId = relations.find((r) => r.type === 'attributed-to' && r.from === id)?.to;
    const source = sourceId ? spans.get(sourceId) : undefined;
    return [
      {
        spanId: claim.id,
        documentId: claim.documentId,
        start: claim.start,
        end: claim.end,
        ...(source ? { source: { start: source.start, end: source.end, text: source.quote } } : {}),
      },
    ];
  });
}

/** How the members of a claim group differ, by kind (value, precision, date, source, attribution, hedging, contradiction). */
export async function groupDiscrepancies(
  context: AssistContext,
  groupId: string,
): Promise<
  Array<{
    kind: DiscrepancyKind;
    detail: string;
    a: { claimId: string; text: string };
    b: { claimId: string; text: string };
  }>
> {
  const group = context.relations().claimGroups.find((g) => g.id === groupId);
  if (!group) throw new CollateError('no-claim-group', `There is no claim group "${groupId}" in this workspace.`);
  const claims = await groupClaims(context, group.members);
  const documents = [...new Set(claims.map((c) => c.documentId))].map((id) => {
    const d = context.document(id);
    return { id, text: d.text, ...(d.published ? { published: d.published } : {}) };
  });
  return compareGroups(documents, claims, [{ id: group.id, members: group.members }]).map((d) => ({
    kind: d.kind,
    detail: d.detail,
    a: { claimId: d.aSpanId, text: d.a.text },
    b: { claimId: d.bSpanId, text: d.b.text },
  }));
}
