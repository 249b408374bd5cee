import { z } from 'zod';
import { checkTag, MAX_TAGS } from '../core/document-tags';
import { Id } from './common-schemas';
import { LibraryPage, LibraryPageArgs } from './library-rows';
import { AnnotatorNameSchema, AssignmentList } from './team-schemas';

/** A tag as `checkTag` takes it: trimmed, 1–60 characters, no comma or control character, not starting with #. */
export const Tag = z
  .string()
  .max(500)
  .transform((text, ctx) => {
    const checked = checkTag(text);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: 'custom', message: checked.error.message });
    return z.NEVER;
  });

/** A place in the corpus where a search matched: in a document's text or details, or on one of its spans. */
export const CorpusHit = z.object({
  documentId: z.string(),
  title: z.string(),
  kind: z.enum(['text', 'details', 'annotation']),
  spanId: z.string().optional(),
  label: z.string().optional(),
  /** UTF-16 offsets of the match in the text (the span's for an annotation; 0, 0 for details). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** A line of context around the match. */
  snippet: z.string(),
  /** Where the words matched: title, outlet, author, published, source, tags, text, label, attributes, note, annotator. */
  fields: z.array(z.string()),
  score: z.number(),
});
export type CorpusHit = z.infer<typeof CorpusHit>;

/** What removing a document took away with it; all of it comes back with restoreDocument. */
export const RemovedDocument = z.object({
  id: Id,
  title: z.string(),
  spans: z.number().int().nonnegative(),
  relations: z.number().int().nonnegative(),
});
export type RemovedDocument = z.infer<typeof RemovedDocument>;

/** tagDocuments' arguments: documents, and tags to add and to remove (at least one). */
export const TagDocumentsArgs = z
  .object({
    ids: z.array(Id).min(1).max(10_000),
    add: z.array(Tag).max(MAX_TAGS).default([]),
    remove: z.array(Tag).max(MAX_TAGS).default([]),
  })
  .strict()
  .refine((a) => a.add.length + a.remove.length > 0, 'Name a tag to add or to remove.');

/** The library's calls (see contract.ts); restoreDocuments and tagDocuments, which answer with summaries, are there. */
export const libraryMethods = {
  /** A window of the library's rows in import order (compact rows, see library-rows.ts) and how many there are. */
  listLibraryRows: { args: LibraryPageArgs, result: LibraryPage },
  /** Ranked full-text search over every document's text and details and every span's label, attributes, note and annotator. */
  searchCorpus: {
    args: z
      .object({ query: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(500).optional() })
      .strict(),
    result: z.array(CorpusHit),
  },
  /** Every assignment of the workspace (`assignments.json`) and the annotator this shell is. */
  listAssignments: { args: z.object({}).strict(), result: AssignmentList },
  /** Puts documents in an annotator's queue; those already there stay as they are. */
  assignDocuments: {
    args: z.object({ annotator: AnnotatorNameSchema, ids: z.array(Id).min(1).max(10_000) }).strict(),
    result: AssignmentList,
  },
  /** Takes documents out of an annotator's queue (undo of assignDocuments). */
  unassignDocuments: {
    args: z.object({ annotator: AnnotatorNameSchema, ids: z.array(Id).min(1).max(10_000) }).strict(),
    result: AssignmentList,
  },
  /** Marks documents of an annotator's queue (default: me) done, or open again; all must be in the queue. */
  markAssignmentsDone: {
    args: z
      .object({ annotator: AnnotatorNameSchema.optional(), ids: z.array(Id).min(1).max(10_000), done: z.boolean() })
      .strict(),
    result: AssignmentList,
  },
  /** Removes documents with their spans, relations and places in claim groups, kept aside for restoreDocuments. */
  removeDocuments: {
    args: z.object({ ids: z.array(Id).min(1).max(10_000) }).strict(),
    result: z.array(RemovedDocument),
  },
} as const;
