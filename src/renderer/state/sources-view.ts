import type { Relation, SpanAnnotation } from '../../core/model';
import { ATTRIBUTED_TO } from './links';

export type Naming = 'named' | 'anonymous' | 'not set';

export interface SourceRow {
  readonly key: string;
  readonly name: string;
  /** Distinct claims attributed to any mention of this source. */
  readonly claims: number;
  readonly documentIds: readonly string[];
  readonly naming: Naming;
  readonly spans: readonly SpanAnnotation[];
}

export const sourceKey = (quote: string): string => quote.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

export function namingOf(span: SpanAnnotation): Naming {
  const { named, kind } = span.attributes;
  if (named === 'yes' || kind === 'named person') return 'named';
  if (named === 'no' || kind === 'anonymous person') return 'anonymous';
  return 'not set';
}

/**
 * Every source, mentions with the same wording counted as one: how many claims it supports, in
 * which documents (its own mentions and the claims attributed to it), named or anonymous.
 */
export function buildSourceRows(
  spans: Iterable<SpanAnnotation>,
  relations: readonly Relation[],
  isSource: (label: string) => boolean,
): SourceRow[] {
  const all = new Map<string, SpanAnnotation>();
  for (const s of spans) all.set(s.id, s);
  const groups = new Map<string, SpanAnnotation[]>();
  const keyOf = new Map<string, string>();
  for (const s of all.values()) {
    if (!isSource(s.label)) continue;
    const key = sourceKey(s.quote);
    const mentions = groups.get(key);
    if (mentions) mentions.push(s);
    else groups.set(key, [s]);
    keyOf.set(s.id, key);
  }
  // The claims attributed to each source and their documents, in one pass over the links.
  const claimsOf = new Map<string, Set<string>>();
  const docsOf = new Map<string, Set<string>>();
  for (const [key, mentions] of groups) {
    claimsOf.set(key, new Set());
    docsOf.set(key, new Set(mentions.map((m) => m.documentId)));
  }
  for (const r of relations) {
    const key = r.type === ATTRIBUTED_TO ? keyOf.get(r.to) : undefined;
    if (key === undefined) continue;
    claimsOf.get(key)!.add(r.from);
    const claim = all.get(r.from);
    if (claim) docsOf.get(key)!.add(claim.documentId);
  }
  const rows: SourceRow[] = [];
  for (const [key, mentions] of groups) {
    const namings = mentions.map(namingOf);
    const naming: Naming = namings.includes('named')
      ? 'named'
      : namings.includes('anonymous')
        ? 'anonymous'
        : 'not set';
    const claims = claimsOf.get(key)!.size;
    rows.push({ key, name: mentions[0]!.quote, claims, documentIds: [...docsOf.get(key)!], naming, spans: mentions });
  }
  return rows.sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}
