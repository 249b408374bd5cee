/**
 * Per group, every pair of members from different articles is compared kind by kind: figures
 * (value, precision), dates, who says it (source, attribution) and how firmly (hedging,
 * contradiction). Each difference names both sides' exact words so a reader can check them.
 */
import { attributionDifference } from './attribution-diff';
import { dateDifference } from './date-diff';
import type { ClaimFeatures } from './features';
import { figureDifferences, sameUnit } from './quantity-diff';
import { stanceDifferences } from './stance-diff';
import type { DiscrepancySide, ProposedDiscrepancy, TextRange } from './types';

function side(f: ClaimFeatures, member: number, range?: TextRange & { text: string }): DiscrepancySide {
  const u = f.unit;
  const r = range ?? u;
  return {
    documentId: u.documentId,
    start: r.start,
    end: r.end,
    text: r.text,
    member,
    ...(u.source ? { source: u.source.text } : {}),
  };
}

/**
 * Who says it and how firmly only matter when two members say the same thing; members that merely
 * share a group's topic must be at least this similar for those kinds. Figures and dates of the
 * same unit compare at any similarity.
 */
export const SAME_CLAIM = 0.1;
/** "Different sources" claims more than a hedge does: both members must clearly be the same claim. */
export const SAME_SOURCE_CLAIM = 0.4;

/** Differences between two members (indices into the group's members) of the given similarity. */
export function pairDiscrepancies(
  groupId: string,
  a: ClaimFeatures,
  ia: number,
  b: ClaimFeatures,
  ib: number,
  similarity = 1,
): ProposedDiscrepancy[] {
  const out: ProposedDiscrepancy[] = [];
  for (const d of figureDifferences(a.quantities, b.quantities)) {
    out.push({ groupId, kind: d.kind, detail: d.detail, a: side(a, ia, d.a), b: side(b, ib, d.b) });
  }
  const date = dateDifference(a.dates, b.dates);
  if (date) out.push({ groupId, kind: 'date', detail: date.detail, a: side(a, ia, date.a), b: side(b, ib, date.b) });
  if (similarity < SAME_CLAIM || a.unit.frame || b.unit.frame) return out;
  const who = attributionDifference(a.unit, b.unit);
  // A figure of the same unit on both sides ("18 years", "two decades") marks the same claim however worded.
  const sameFigure = a.quantities.some((x) => b.quantities.some((y) => sameUnit(x, y)));
  if (who && (who.kind !== 'source' || similarity >= SAME_SOURCE_CLAIM || sameFigure))
    out.push({ groupId, kind: who.kind, detail: who.detail, a: side(a, ia), b: side(b, ib) });
  for (const s of stanceDifferences(a, b)) {
    out.push({
      groupId,
      kind: s.kind,
      detail: s.detail,
      a: side(a, ia, s.onA ? s.marker : undefined),
      b: side(b, ib, s.onA ? undefined : s.marker),
    });
  }
  return out;
}

export function groupDiscrepancies(
  groupId: string,
  members: ClaimFeatures[],
  similarity: (a: ClaimFeatures, b: ClaimFeatures) => number,
): ProposedDiscrepancy[] {
  const out: ProposedDiscrepancy[] = [];
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      if (members[i]!.unit.documentId === members[j]!.unit.documentId) continue;
      out.push(...pairDiscrepancies(groupId, members[i]!, i, members[j]!, j, similarity(members[i]!, members[j]!)));
    }
  return out;
}

const place = (s: DiscrepancySide): string => `${s.documentId}:${s.start}-${s.end}`;

/**
 * One report per pair of quotes: restatements (overlapping tagged claims, a claim in two groups)
 * would otherwise flag the same two figures again. The first report stays.
 */
export function uniqueDiscrepancies(list: ProposedDiscrepancy[]): ProposedDiscrepancy[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const [x, y] = [place(d.a), place(d.b)].sort();
    const key = `${x}|${y}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
