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
  for (const s of all.values()) {
    if (!isSource(s.label)) continue;
    const key = sourceKey(s.quote);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const rows: SourceRow[] = [];
  for (const [key, mentions] of groups) {
    const ids = new Set(mentions.map((m) => m.id));
    const claims = new Set<string>();
    const docs = new Set(mentions.map((m) => m.documentId));
    for (const r of relations) {
      if (r.type !== ATTRIBUTED_TO || !ids.has(r.to)) continue;
      claims.add(r.from);
      const claim = all.get(r.from);
      if (claim) docs.add(claim.documentId);
    }
    const namings = mentions.map(namingOf);
    const naming: Naming = namings.includes('named')
      ? 'named'
      : namings.includes('anonymous')
        ? 'anonymous'
        : 'not set';
    rows.push({ key, name: mentions[0]!.quote, claims: claims.size, documentIds: [...docs], naming, spans: mentions });
  }
  return rows.sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}
