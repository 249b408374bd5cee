import type { ClaimGroup, Relation, SpanAnnotation } from '../../core/model';
import { CONTRADICTS } from './differences';

export const ATTRIBUTED_TO = 'attributed-to';

/** Every span known to the renderer, by id. */
export function indexSpans(
  annotations: Readonly<Record<string, readonly SpanAnnotation[]>>,
): Map<string, SpanAnnotation> {
  const map = new Map<string, SpanAnnotation>();
  for (const spans of Object.values(annotations)) for (const s of spans) map.set(s.id, s);
  return map;
}

export interface SourceChoice {
  readonly span: SpanAnnotation;
  /** 'here': a source of the claim's own document; 'elsewhere': a source other claims are attributed to. */
  readonly where: 'here' | 'elsewhere';
  /** Characters between the claim and the source (here only). */
  readonly distance: number;
}

const gap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;

/**
 * The sources a claim can be attributed to: those of its document, nearest first, then the sources
 * already used (as the target of an attribution) in other documents, by quote. Sources the claim is
 * already attributed to are left out.
 */
export function rankSources(
  claim: SpanAnnotation,
  spans: ReadonlyMap<string, SpanAnnotation>,
  relations: readonly Relation[],
  isSource: (label: string) => boolean,
): SourceChoice[] {
  const linked = new Set(relations.filter((r) => r.type === ATTRIBUTED_TO && r.from === claim.id).map((r) => r.to));
  const here: SourceChoice[] = [];
  for (const span of spans.values()) {
    if (span.documentId !== claim.documentId || !isSource(span.label) || linked.has(span.id) || span.id === claim.id)
      continue;
    here.push({ span, where: 'here', distance: gap(claim, span) });
  }
  here.sort((a, b) => a.distance - b.distance || a.span.start - b.span.start);
  const used = new Set<string>();
  const elsewhere: SourceChoice[] = [];
  for (const r of relations) {
    if (r.type !== ATTRIBUTED_TO || linked.has(r.to) || used.has(r.to)) continue;
    const span = spans.get(r.to);
    if (!span || span.documentId === claim.documentId) continue;
    used.add(r.to);
    elsewhere.push({ span, where: 'elsewhere', distance: Number.POSITIVE_INFINITY });
  }
  elsewhere.sort((a, b) => a.span.quote.localeCompare(b.span.quote));
  return [...here, ...elsewhere];
}

/** The relations touching a span, each with the span at the other end. */
export function relationsOf(
  spanId: string,
  relations: readonly Relation[],
): Array<{ relation: Relation; other: string; outgoing: boolean }> {
  const out: Array<{ relation: Relation; other: string; outgoing: boolean }> = [];
  for (const r of relations) {
    if (r.from === spanId) out.push({ relation: r, other: r.to, outgoing: true });
    else if (r.to === spanId) out.push({ relation: r, other: r.from, outgoing: false });
  }
  return out;
}

export function groupOf(spanId: string, groups: readonly ClaimGroup[]): ClaimGroup | undefined {
  return groups.find((g) => g.members.includes(spanId));
}

/** The other members of the selected span's claim group. */
export function groupPeers(spanId: string | null, groups: readonly ClaimGroup[]): Set<string> {
  if (!spanId) return new Set();
  const group = groupOf(spanId, groups);
  return new Set((group?.members ?? []).filter((m) => m !== spanId));
}

/** Every span at either end of a `contradicts` link: drawn apart from group members and plain claims. */
export function contradictedSpans(relations: readonly Relation[]): Set<string> {
  const out = new Set<string>();
  for (const r of relations) {
    if (r.type !== CONTRADICTS) continue;
    out.add(r.from);
    out.add(r.to);
  }
  return out;
}
