import { z } from 'zod';
import { checkTag, MAX_TAGS } from './document-tags';

/** Colours are CSS hex colours, so every shell and export can use them as they are. */
const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1f77b4');

export const AttributeDefinition = z.object({
  name: z.string().min(1),
  values: z.array(z.string().min(1)).min(1),
});
export type AttributeDefinition = z.infer<typeof AttributeDefinition>;

export const LabelDefinition = z.object({
  name: z.string().min(1),
  colour: Colour,
  hotkey: z.string().length(1).optional(),
  attributes: z.array(AttributeDefinition).default([]),
});
export type LabelDefinition = z.infer<typeof LabelDefinition>;

export const RelationTypeDefinition = z.object({
  name: z.string().min(1),
  from: z.array(z.string()),
  to: z.array(z.string()),
  symmetric: z.boolean().default(false),
});
export type RelationTypeDefinition = z.infer<typeof RelationTypeDefinition>;

export const LabelSchema = z.object({
  labels: z.array(LabelDefinition),
  relationTypes: z.array(RelationTypeDefinition),
});
export type LabelSchema = z.infer<typeof LabelSchema>;

export const ImportNote = z.object({
  kind: z.enum(['encoding', 'line-endings', 'byte-order-mark', 'markup', 'boilerplate', 'layout', 'content']),
  message: z.string(),
});
export type ImportNote = z.infer<typeof ImportNote>;

const TextRange = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** An imported article. `text` is canonical: every offset in the workspace refers to it. */
export const CollateDocument = z.object({
  id: z.string().min(1),
  title: z.string(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  published: z.string().optional(),
  source: z.string(),
  format: z.enum(['txt', 'md', 'html', 'docx', 'pdf', 'epub']),
  encoding: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  textSha256: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: z.string(),
  notes: z.array(ImportNote),
  /** Where each page of a paged source (PDF) lies in `text`: UTF-16 offsets, `end` exclusive. */
  pages: z.array(TextRange.extend({ page: z.number().int().positive() })).optional(),
  /** Passages that look like page furniture (sign-up blocks, captions…): flagged, never removed. */
  boilerplate: z.array(TextRange.extend({ reason: z.string() })).optional(),
  /** The analyst's note on the whole document (rich-text HTML from the note editor). */
  note: z.string().optional(),
  /** The analyst marked the document finished (the library's "done" facet). */
  done: z.boolean().optional(),
  /** The analyst's tags, in the order given (see `document-tags.ts`); a list, so git's merge driver merges it as a set. */
  tags: z
    .array(
      z.string().refine((tag) => {
        const checked = checkTag(tag);
        return checked.ok && checked.value === tag;
      }, 'is not a usable tag (see collate tag)'),
    )
    .max(MAX_TAGS)
    .optional(),
  /** BCP 47 tag of the text's language, for word segmentation (`Intl.Segmenter`); 'und' when absent. */
  language: z.string().optional(),
  /** Earlier imports of this document, oldest first, when it was re-imported with changed text. */
  revisions: z
    .array(z.object({ source: z.string(), sha256: z.string(), textSha256: z.string(), importedAt: z.string() }))
    .optional(),
  /** The text before the last re-import, kept so that re-anchoring can finish after a crash. */
  previousText: z.string().optional(),
  text: z.string(),
});
export type CollateDocument = z.infer<typeof CollateDocument>;

/** Set by a git merge when both sides changed the same record: `with` is the id of the other version. */
export const MergeConflict = z.object({ with: z.string().min(1) });
export type MergeConflict = z.infer<typeof MergeConflict>;

export const Fragment = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Fragment = z.infer<typeof Fragment>;

/**
 * A tagged span. Offsets are UTF-16 indices into the document's text, `end` exclusive. A
 * discontinuous span (as brat allows) lists its pieces in `fragments`, in order; `start`/`end` are
 * then the extent from the first piece's start to the last one's end, and `quote` joins the pieces
 * with a single space.
 */
export const SpanAnnotation = z.object({
  id: z.string().min(1),
  documentId: z.string().min(1),
  label: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  fragments: z.array(Fragment).min(2).optional(),
  /** Set when a re-import could not find the span's text: the offsets are those of the old text. */
  orphaned: z.boolean().optional(),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  attributes: z.record(z.string(), z.string()).default({}),
  note: z.string().optional(),
  /** BCP 47 tag of the text's language, for word segmentation (`Intl.Segmenter`); 'und' when absent. */
  language: z.string().optional(),
  author: z.string(),
  /** `curated` for a span of the adjudicated layer (its author is the adjudicator); absent in an annotator's own layer. */
  layer: z.literal('curated').optional(),
  created: z.string(),
  modified: z.string(),
  conflict: MergeConflict.optional(),
});
export type SpanAnnotation = z.infer<typeof SpanAnnotation>;

export const Relation = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  author: z.string(),
  /** `curated` for a link of the adjudicated layer, between curated spans. */
  layer: z.literal('curated').optional(),
  created: z.string(),
  conflict: MergeConflict.optional(),
});
export type Relation = z.infer<typeof Relation>;

export const ClaimGroup = z.object({
  id: z.string().min(1),
  statement: z.string(),
  members: z.array(z.string()),
  /** Who made the group (older workspaces have none). */
  author: z.string().optional(),
  /** `curated` for a group of the adjudicated layer, of curated spans. */
  layer: z.literal('curated').optional(),
  created: z.string(),
  modified: z.string(),
  conflict: MergeConflict.optional(),
});
export type ClaimGroup = z.infer<typeof ClaimGroup>;
