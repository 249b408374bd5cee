import { z } from 'zod';
import { CollateDocument } from '../core/model';

/** A document without its text (and previous text): what lists and import outcomes carry. */
export const DocumentSummary = CollateDocument.omit({ text: true, previousText: true }).extend({
  length: z.number().int(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** What the spans of one document add up to: how many, how many orphaned, per label, and who made them. */
export const SpanCounts = z.object({
  spans: z.number().int().nonnegative(),
  orphaned: z.number().int().nonnegative(),
  labels: z.record(z.string(), z.number().int().nonnegative()),
  annotators: z.array(z.string()),
  /** Spans in the curated layer, when there are any: the layer is offered though the document is not loaded. */
  curated: z.number().int().positive().optional(),
});
export type SpanCounts = z.infer<typeof SpanCounts>;

/** A document's summary with its span counts, from the workspace's persisted corpus index: a row of the library. */
export const IndexedDocument = DocumentSummary.extend({ counts: SpanCounts });
export type IndexedDocument = z.infer<typeof IndexedDocument>;
