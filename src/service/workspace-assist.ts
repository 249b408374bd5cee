import { suggest, type Suggestion } from '../core/assist/index';
import { CollateError } from '../core/collate-error';
import type { NewSpan } from '../core/create-span';
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
  /** Several spans of one document in one journal edit, all or none. */
  createSpans(
    documentId: string,
    requests: ReadonlyArray<NewSpan & { attributes?: Record<string, string> }>,
  ): Promise<SpanAnnotation[]>;
  /** Takes spans just made back out, in one journal edit. */
  withdrawSpans(documentId: string, ids: ReadonlySet<string>): Promise<void>;
  /** Several links between spans in hand, in one journal edit, all or none. */
  createRelations(
    requests: ReadonlyArray<{ type: string; from: SpanAnnotation; to: SpanAnnotation }>,
  ): Promise<Relation[]>;
  relations(): { relations: Relation[]; claimGroups: ClaimGroup[] };
  /** Folds a document's span file and lets it go, so that a batch over many documents holds few at once. */
  letGo(documentId: string): Promise<void>;
  /** The suggestions a batch kept for this document's text, if any (suggestion-cache.ts). */
  cachedSuggestions?(documentId: string, statements: boolean): Promise<Suggestion[] | null>;
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
  const cached = await context.cachedSuggestions?.(documentId, statements);
  if (cached) return undecidedSuggestions(context, documentId, cached);
  const document = context.document(documentId);
  return undecidedSuggestions(
    context,
    documentId,
    suggest(
      { id: document.id, text: document.text, ...(document.published ? { published: document.published } : {}) },
      { statements },
    ),
  );
}

/** Of a document's suggestions (`all`, made here or in a worker thread), those neither applied nor rejected. */
export async function undecidedSuggestions(
  context: AssistContext,
  documentId: string,
  all: readonly Suggestion[],
): Promise<Suggestion[]> {
  const spans = await context.spansOf(documentId);
  const rejected = new Set(await context.rejectedSuggestions(documentId));
  return all.filter((s) => !rejected.has(s.id) && !spans.some((span) => samePlace(span, s)));
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
  return applySuggestions(context, documentId, all, wanted);
}

/** A claim to link to its source, both spans saved. */
export type SuggestedLink = { type: string; from: SpanAnnotation; to: SpanAnnotation };

/**
 * Tags `wanted` (taken from `all`, the document's suggestions, which name the sources claims link
 * to) with one journal edit, and returns the links their claims call for, not yet saved: each
 * claim to its accepted or already tagged source. A check that fails saves nothing.
 */
export async function tagSuggestions(
  context: AssistContext,
  documentId: string,
  all: readonly Suggestion[],
  wanted: readonly Suggestion[],
): Promise<{ spans: SpanAnnotation[]; links: SuggestedLink[] }> {
  const existing = await context.spansOf(documentId);
  const spanFor = new Map<string, SpanAnnotation>();
  for (const s of all) {
    const span = existing.find((e) => samePlace(e, s));
    if (span) spanFor.set(s.id, span);
  }
  const toCreate = [...new Map(wanted.filter((s) => !spanFor.has(s.id)).map((s) => [s.id, s])).values()];
  const spans = await context.createSpans(
    documentId,
    toCreate.map((s) => ({
      label: s.label,
      start: s.start,
      end: s.end,
      ...(s.fragments && s.fragments.length > 1 ? { fragments: s.fragments } : {}),
      ...(s.attributes ? { attributes: s.attributes } : {}),
    })),
  );
  toCreate.forEach((s, i) => spanFor.set(s.id, spans[i]!));
  const links = wanted.flatMap((s) => {
    const source = s.label === 'Claim' && s.links?.sourceId ? spanFor.get(s.links.sourceId) : undefined;
    const claim = spanFor.get(s.id);
    return source && claim ? [{ type: 'attributed-to', from: claim, to: source }] : [];
  });
  return { spans, links };
}

/**
 * Tags `wanted` and links each accepted claim to its source: one journal edit for the spans and one
 * for their links, so a document costs two fsyncs whatever its number of suggestions. All or
 * nothing: links that cannot be saved take the new spans back out. Spans are written first, so a
 * crash between the two leaves spans without links, never links to missing spans.
 */
export async function applySuggestions(
  context: AssistContext,
  documentId: string,
  all: readonly Suggestion[],
  wanted: readonly Suggestion[],
): Promise<{ spans: SpanAnnotation[]; relations: Relation[] }> {
  const { spans, links } = await tagSuggestions(context, documentId, all, wanted);
  try {
    const relations = links.length > 0 ? await context.createRelations(links) : [];
    return { spans, relations };
  } catch (error) {
    if (spans.length > 0) await context.withdrawSpans(documentId, new Set(spans.map((s) => s.id)));
    throw error;
  }
}
