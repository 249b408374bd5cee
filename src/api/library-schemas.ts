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
