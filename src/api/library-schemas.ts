import { z } from 'zod';

const Id = z.string().min(1).max(200);

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
  /** Where the words matched: title, outlet, author, published, source, text, label, attributes, note, annotator. */
  fields: z.array(z.string()),
  score: z.number(),
});
export type CorpusHit = z.infer<typeof CorpusHit>;

/** Spans per document, in all and by label. */
export const DocumentCounts = z.record(
  z.string(),
  z.object({ spans: z.number().int().nonnegative(), labels: z.record(z.string(), z.number().int().nonnegative()) }),
);
export type DocumentCounts = z.infer<typeof DocumentCounts>;

/** What removing a document took away with it; all of it comes back with restoreDocument. */
export const RemovedDocument = z.object({
  id: Id,
  title: z.string(),
  spans: z.number().int().nonnegative(),
  relations: z.number().int().nonnegative(),
});
export type RemovedDocument = z.infer<typeof RemovedDocument>;

/** The library's calls (see contract.ts); restoreDocuments, which answers with summaries, is there. */
export const libraryMethods = {
  /** Ranked full-text search over every document's text and details and every span's label, attributes, note and annotator. */
  searchCorpus: {
    args: z
      .object({ query: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(500).optional() })
      .strict(),
    result: z.array(CorpusHit),
  },
  /** How many spans each document has, by label (from the search index). */
  documentCounts: { args: z.object({}).strict(), result: DocumentCounts },
  /** Removes documents with their spans, relations and places in claim groups, kept aside for restoreDocuments. */
  removeDocuments: {
    args: z.object({ ids: z.array(Id).min(1).max(10_000) }).strict(),
    result: z.array(RemovedDocument),
  },
} as const;
