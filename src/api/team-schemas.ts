import { z } from 'zod';
import { CurationDecision } from '../core/curation/curation-state';
import { checkAnnotatorName, parseLayerSelector } from '../core/layers/layer-name';
import { ClaimGroup, Relation, SpanAnnotation } from '../core/model';

/** `curated`, `all` or an annotator's name, checked as `parseLayerSelector` does. */
export const LayerSelectorSchema = z
  .string()
  .max(100)
  .transform((text, ctx) => {
    const parsed = parseLayerSelector(text);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: parsed.error.message });
    return z.NEVER;
  });

const Disagreement = z.object({
  id: z.string(),
  kind: z.enum(['spans', 'conflict', 'relations', 'groups']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sides: z.array(
    z.object({
      name: z.string(),
      spans: z.array(SpanAnnotation),
      relations: z.array(Relation).optional(),
      groups: z.array(ClaimGroup).optional(),
    }),
  ),
  decision: CurationDecision.optional(),
});

/** The curation view's state of one document (see `src/core/curation/curation-state.ts`). */
export const CurationStateSchema = z.object({
  documentId: z.string(),
  annotators: z.array(z.string()),
  agreed: z.number().int().nonnegative(),
  disagreements: z.array(Disagreement),
  resolved: z.number().int().nonnegative(),
});
export type CurationStateResult = z.infer<typeof CurationStateSchema>;

const Which = { documentId: z.string().min(1).max(200), disagreementId: z.string().min(1).max(200) };

/**
 * Settles one disagreement: `take` lists the sides kept (indices into `sides`); empty rejects them all.
 * `reopen` takes a decision back (the UI's undo): what it put into the curated layer leaves, and the
 * disagreement is open again.
 */
export const SettleDisagreementArgs = z.union([
  z.strictObject({ ...Which, take: z.array(z.number().int().nonnegative().max(100)).max(100) }),
  z.strictObject({ ...Which, reopen: z.literal(true) }),
]);

/** One annotator's assignment of one document (`assignments.json`, one record per line, merged by id in git). */
export const AssignmentSchema = z.object({
  id: z.string(),
  annotator: z.string(),
  documentId: z.string(),
  /** When it was assigned (ISO 8601). */
  assigned: z.string(),
  /** When the annotator marked it done; absent while open. */
  done: z.string().optional(),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

/** An annotator's name as `checkAnnotatorName` takes it (not `curated` or `all`). */
export const AnnotatorNameSchema = z
  .string()
  .max(200)
  .transform((text, ctx) => {
    const checked = checkAnnotatorName(text);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: 'custom', message: checked.error.message });
    return z.NEVER;
  });

/** The workspace's assignments, with who "me" is (the annotator this shell's edits carry). */
export const AssignmentList = z.object({ me: z.string(), assignments: z.array(AssignmentSchema) });
export type AssignmentList = z.infer<typeof AssignmentList>;
