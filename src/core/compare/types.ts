/** Shapes shared by the comparison stages. Offsets are UTF-16 indices into the document's text, `end` exclusive. */

export interface CompareDocument {
  id: string;
  text: string;
  /** Publication date (YYYY-MM-DD…), for resolving "on Tuesday", "last week". */
  published?: string;
}

export interface TextRange {
  start: number;
  end: number;
}

/** A claim the analyst (or `suggest --apply`) already tagged, with the source it is attributed to. */
export interface ClaimSpanInput extends TextRange {
  spanId: string;
  documentId: string;
  source?: TextRange & { text: string };
}

/** Who a unit is attributed to; `none` when the outlet states it itself. */
export type AttributionStrength = 'none' | 'named' | 'anonymous';

/** One comparable piece of an article: a tagged claim, or a clause that is not a span yet. */
export interface ClaimUnit extends TextRange {
  documentId: string;
  /** The claim span it is, or null when comparing would create it. */
  spanId: string | null;
  text: string;
  source?: TextRange & { text: string };
  attribution: AttributionStrength;
  /**
   * The words around a reported claim ("The director told Congress on Friday that"): that someone said
   * it is comparable, but not how firmly or on whose word, which the claim itself carries.
   */
  frame?: boolean;
  /** The sentence around it, whose dates ("The Times on Saturday wrote that …") also date the claim. */
  context: TextRange;
}

export type DiscrepancyKind = 'value' | 'precision' | 'date' | 'source' | 'attribution' | 'hedging' | 'contradiction';

export const DISCREPANCY_KINDS: readonly DiscrepancyKind[] = [
  'value',
  'precision',
  'date',
  'source',
  'attribution',
  'hedging',
  'contradiction',
];

export interface GroupMember extends TextRange {
  documentId: string;
  spanId: string | null;
  text: string;
}

export interface ProposedGroup {
  /** Stable: a hash of the members' places, so re-running proposes the same id. */
  id: string;
  score: number;
  reason: string;
  members: GroupMember[];
}

export interface DiscrepancySide extends TextRange {
  documentId: string;
  /** The exact words compared ("nearly $916 million", "reportedly"), or the member when the whole claim differs. */
  text: string;
  /** The member of the group this side belongs to (index into `members`). */
  member: number;
  /** Who the claim is attributed to on this side, for showing next to the quote. */
  source?: string;
}

export interface ProposedDiscrepancy {
  groupId: string;
  kind: DiscrepancyKind;
  /** Plain words: "$916 million vs nearly $916 million: one is approximate". */
  detail: string;
  a: DiscrepancySide;
  b: DiscrepancySide;
}

export interface CompareResult {
  groups: ProposedGroup[];
  discrepancies: ProposedDiscrepancy[];
}
