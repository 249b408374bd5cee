import type { CompareProposals, RecordedDiscrepancy } from '../../api/contract';
import type { ClaimGroup, Relation } from '../../core/model';

export type DifferenceKind = RecordedDiscrepancy['kind'];

/** The words shown next to each kind's colour, so that no difference is told by colour alone. */
export const KIND_LABELS: Readonly<Record<DifferenceKind, string>> = {
  value: 'different value',
  precision: 'different precision',
  date: 'different date',
  source: 'different source',
  attribution: 'different attribution',
  hedging: 'hedged on one side',
  contradiction: 'contradiction',
};

/** One line of what differs inside a claim group: recorded by a comparison, or a contradiction the analyst marked. */
export interface GroupDifference {
  readonly key: string;
  readonly kind: DifferenceKind;
  readonly detail: string;
  /** Span ids of the two sides. */
  readonly a: string;
  readonly b: string;
  readonly aText: string;
  readonly bText: string;
  readonly status: 'proposed' | 'accepted' | 'marked';
}

export const CONTRADICTS = 'contradicts';

/** The discrepancies the differences list walks through: every recorded one not rejected, in file order. */
export function differenceList(proposals: CompareProposals): RecordedDiscrepancy[] {
  return proposals.discrepancies.filter((d) => d.status !== 'rejected' && d.a.spanId && d.b.spanId);
}

/** The id `step` places after (or before) the current one, staying within the list. */
export function stepDifference(
  list: readonly RecordedDiscrepancy[],
  current: string | null,
  step: number,
): string | null {
  if (list.length === 0) return null;
  const at = list.findIndex((d) => d.id === current);
  if (at < 0) return list[step < 0 ? list.length - 1 : 0]!.id;
  return list[Math.max(0, Math.min(list.length - 1, at + step))]!.id;
}

/**
 * What differs inside a claim group: recorded discrepancies (not rejected) whose two sides are both
 * members, then every `contradicts` relation the analyst drew between two members.
 */
export function groupDifferences(
  group: ClaimGroup,
  proposals: CompareProposals,
  relations: readonly Relation[],
  quoteOf: (spanId: string) => string,
): GroupDifference[] {
  const members = new Set(group.members);
  const out: GroupDifference[] = [];
  for (const d of differenceList(proposals)) {
    if (!members.has(d.a.spanId!) || !members.has(d.b.spanId!)) continue;
    const status = d.status === 'accepted' ? 'accepted' : 'proposed';
    out.push({
      key: d.id,
      kind: d.kind,
      detail: d.detail,
      a: d.a.spanId!,
      b: d.b.spanId!,
      aText: d.a.text,
      bText: d.b.text,
      status,
    });
  }
  for (const r of relations) {
    if (r.type !== CONTRADICTS || !members.has(r.from) || !members.has(r.to)) continue;
    const pair = [r.from, r.to].sort().join('|');
    if (out.some((d) => d.kind === 'contradiction' && [d.a, d.b].sort().join('|') === pair)) continue;
    const [aText, bText] = [quoteOf(r.from), quoteOf(r.to)];
    const detail = `marked as contradicting: “${aText}” vs “${bText}”`;
    out.push({ key: r.id, kind: 'contradiction', detail, a: r.from, b: r.to, aText, bText, status: 'marked' });
  }
  return out;
}
