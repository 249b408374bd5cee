import type { DiscrepancyStatus, ReportDiscrepancy, ReportModel } from './types';

/** At most this many discrepancies of one claim group are listed; the rest are counted. */
export const MAX_DISCREPANCIES_PER_GROUP = 30;

/** With more documents than this, the claims matrix is laid out as one block per claim group. */
export const MAX_MATRIX_COLUMNS = 6;

export interface GroupDiscrepancies {
  groupId: string;
  statement: string;
  shown: ReportDiscrepancy[];
  hidden: number;
}

/** The discrepancies by claim group, in the matrix's order, each list cut to a readable length. */
export function discrepanciesByGroup(model: ReportModel, limit = MAX_DISCREPANCIES_PER_GROUP): GroupDiscrepancies[] {
  const byGroup = new Map<string, ReportDiscrepancy[]>();
  for (const d of model.discrepancies) {
    const list = byGroup.get(d.groupId);
    if (list) list.push(d);
    else byGroup.set(d.groupId, [d]);
  }
  return model.matrix.flatMap((row) => {
    const all = byGroup.get(row.groupId) ?? [];
    return all.length === 0
      ? []
      : [
          {
            groupId: row.groupId,
            statement: row.statement,
            shown: all.slice(0, limit),
            hidden: Math.max(0, all.length - limit),
          },
        ];
  });
}

/** How a discrepancy is known, in words for the report; `found` by the report itself says nothing. */
export const STATUS_WORDS: Readonly<Record<Exclude<DiscrepancyStatus, 'found'>, string>> = {
  accepted: 'accepted by the analyst',
  proposed: 'proposed, not yet checked',
  marked: 'marked by the analyst',
};

/** Said above the discrepancies when a comparison was recorded or the analyst marked contradictions. */
export const RECORDED_NOTE =
  'Where Collate compared the articles, each difference says whether the analyst accepted it, or that it is ' +
  'still a proposal not yet checked; contradictions the analyst marked by hand are listed as such.';
