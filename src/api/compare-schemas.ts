import { z } from 'zod';
import { Fragment } from '../core/model';

/** What the assistant suggests and what a comparison proposes: the schemas of `contract.ts`'s compare calls. */
/** An assistant's proposal: shown faintly, applied only when the analyst accepts it. */
export const Suggestion = z.object({
  id: z.string(),
  label: z.enum(['Source', 'Cue', 'Claim']),
  start: z.number().int(),
  end: z.number().int(),
  fragments: z.array(Fragment).optional(),
  reason: z.string(),
  score: z.number(),
  attributes: z.record(z.string(), z.string()).optional(),
  links: z.object({ cueId: z.string().optional(), sourceId: z.string().optional() }).optional(),
});
export type Suggestion = z.infer<typeof Suggestion>;

/** A background job (`startJob`): the assistant's suggestions for these documents (every one when absent), kept to review. */
export const SuggestJobRequest = z
  .object({
    kind: z.literal('suggest'),
    documentIds: z.array(z.string().min(1).max(200)).min(1).max(100_000).optional(),
  })
  .strict();
const Count = z.number().int().nonnegative();
export const SuggestJobResult = z.object({
  kind: z.literal('suggest'),
  /** Documents asked for; of them, those whose suggestions were kept already, and those made now. */
  documents: Count,
  ready: Count,
  made: Count,
  /** Suggestions the assistant made for those documents (spans tagged or rejected since are not offered). */
  suggestions: Count,
});

const DiscrepancySide = z.object({ claimId: z.string(), text: z.string() });
/** A difference between two claims of a claim group, found by comparing them (see `compareGroups`). */
export const Discrepancy = z.object({
  kind: z.enum(['value', 'precision', 'date', 'source', 'attribution', 'hedging', 'contradiction']),
  a: DiscrepancySide,
  b: DiscrepancySide,
  detail: z.string(),
});

const ComparePlace = z.object({
  documentId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
/** A proposed group of claims across articles; a member without `spanId` is text that is not a span yet. */
export const ProposedClaimGroup = z.object({
  id: z.string(),
  score: z.number(),
  reason: z.string(),
  members: z.array(ComparePlace.extend({ spanId: z.string().nullable() })),
});
const ProposedDiscrepancySide = ComparePlace.extend({ member: z.number().int(), source: z.string().optional() });
/** How two members of a proposed group differ: the kind, in plain words, with both sides' exact words. */
export const ProposedDiscrepancy = z.object({
  groupId: z.string(),
  kind: z.enum(['value', 'precision', 'date', 'source', 'attribution', 'hedging', 'contradiction']),
  detail: z.string(),
  a: ProposedDiscrepancySide,
  b: ProposedDiscrepancySide,
});

const ProposalStatus = z.enum(['proposed', 'accepted', 'rejected']);
const RecordedSide = ComparePlace.extend({ spanId: z.string().nullable(), source: z.string().optional() });
/**
 * A comparison recorded for the analyst (`compare-proposals.json`): groups by their members' span ids
 * (and places, to re-create a member deleted since), discrepancies with both sides; each proposed,
 * accepted or rejected. An accepted group names the claim group it became.
 */
export const CompareProposals = z.object({
  groups: z.array(
    z.object({
      id: z.string(),
      score: z.number(),
      reason: z.string(),
      members: z.array(z.string()),
      places: z.array(ComparePlace).optional(),
      status: ProposalStatus,
      claimGroupId: z.string().optional(),
    }),
  ),
  discrepancies: z.array(
    z.object({
      id: z.string(),
      groupId: z.string(),
      kind: ProposedDiscrepancy.shape.kind,
      detail: z.string(),
      a: RecordedSide,
      b: RecordedSide,
      status: ProposalStatus,
    }),
  ),
});
export type CompareProposals = z.infer<typeof CompareProposals>;
export type RecordedDiscrepancy = CompareProposals['discrepancies'][number];
export const ProposalId = z.string().min(1).max(600);
