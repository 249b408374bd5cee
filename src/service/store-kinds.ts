import { z } from 'zod';
import { CurationDecision } from '../core/curation/curation-state';
import { ClaimGroup, CollateDocument, LabelSchema, Relation, SpanAnnotation } from '../core/model';
import type { StoreKind } from './json-store';

export const manifestKind = {
  format: 'workspace',
  description: 'workspace manifest',
  schema: z.object({
    name: z.string(),
    created: z.string(),
    schema: LabelSchema,
    /** What a git merge could not reconcile (ours was kept), for the team to settle. */
    conflicts: z.array(z.string()).optional(),
  }),
} satisfies StoreKind<z.ZodType>;

export const documentKind = {
  format: 'document',
  description: 'document file',
  schema: CollateDocument,
} satisfies StoreKind<z.ZodType>;

export const annotationsKind = {
  format: 'annotations',
  description: 'annotations file',
  // `textSha256` names the text the offsets refer to, so an interrupted re-import is detected.
  schema: z.object({
    documentId: z.string(),
    textSha256: z.string().optional(),
    spans: z.array(SpanAnnotation),
    /** Ids of assistant suggestions the analyst rejected, so they are not offered again. */
    rejectedSuggestions: z.array(z.string()).optional(),
    /** How each disagreement between the annotators' layers was settled (the curation view). */
    curation: z.array(CurationDecision).optional(),
    /** Ids of curated spans the adjudicator deleted, so re-opening the document does not merge them in again. */
    curatedDeletions: z.array(z.string()).optional(),
  }),
} satisfies StoreKind<z.ZodType>;

export const relationsKind = {
  format: 'relations',
  description: 'relations file',
  schema: z.object({
    relations: z.array(Relation),
    claimGroups: z.array(ClaimGroup),
    /** How each disagreement between the annotators' relations and claim groups was settled. */
    curation: z.array(CurationDecision).optional(),
    /** Ids of curated relations and groups the adjudicator deleted, so they are not merged in again. */
    curatedDeletions: z.array(z.string()).optional(),
  }),
} satisfies StoreKind<z.ZodType>;

export type Manifest = z.output<typeof manifestKind.schema>;
export type AnnotationsFile = z.output<typeof annotationsKind.schema>;
export type RelationsFile = z.output<typeof relationsKind.schema>;
