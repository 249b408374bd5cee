import type { Relation } from '../model';
import type { RecordedDifference, RecordedSide, ReportClaim, ReportDiscrepancy } from './types';

const CONTRADICTS = 'contradicts';

export interface GroupContext {
  groupId: string;
  statement: string;
  members: ReadonlySet<string>;
  claimById: ReadonlyMap<string, ReportClaim>;
  outletOf: (documentId: string) => string;
}

const sourcesOf = (claim: ReportClaim): string => claim.sources.map((s) => s.text).join('; ');

/**
 * What the analyst decided about a claim group: the recorded discrepancies between two of its members
 * (accepted, or still proposed; rejected ones left out) and every `contradicts` link between two members.
 * Null when a comparison recorded nothing between its members, so that the report compares them itself.
 */
export function recordedDifferences(
  group: GroupContext,
  comparison: readonly RecordedDifference[],
  relations: readonly Relation[],
): ReportDiscrepancy[] | null {
  const { members, claimById } = group;
  const inGroup = (s: RecordedSide): s is RecordedSide & { spanId: string } => !!s.spanId && members.has(s.spanId);
  const recorded = comparison.filter((d) => inGroup(d.a) && inGroup(d.b));
  const side = (claimId: string, text: string, source?: string) => {
    const claim = claimById.get(claimId)!;
    const cited = source ?? sourcesOf(claim);
    return {
      claimId,
      documentKey: claim.documentKey,
      outlet: group.outletOf(claim.documentId),
      text,
      ...(cited ? { source: cited } : {}),
    };
  };
  const out: ReportDiscrepancy[] = recorded
    .filter((d) => d.status !== 'rejected')
    .map((d) => ({
      groupId: group.groupId,
      statement: group.statement,
      kind: d.kind,
      detail: d.detail,
      status: d.status === 'accepted' ? 'accepted' : 'proposed',
      a: side(d.a.spanId!, d.a.text, d.a.source),
      b: side(d.b.spanId!, d.b.text, d.b.source),
    }));
  const marked = relations.filter((r) => r.type === CONTRADICTS && members.has(r.from) && members.has(r.to));
  for (const r of marked) {
    const pair = [r.from, r.to].sort().join('|');
    if (out.some((d) => d.kind === 'contradiction' && [d.a.claimId, d.b.claimId].sort().join('|') === pair)) continue;
    const [a, b] = [claimById.get(r.from)!, claimById.get(r.to)!];
    out.push({
      groupId: group.groupId,
      statement: group.statement,
      kind: 'contradiction',
      detail: 'marked by the analyst as contradicting each other',
      status: 'marked',
      a: side(a.id, a.quote),
      b: side(b.id, b.quote),
    });
  }
  return recorded.length === 0 && marked.length === 0 ? null : out;
}
