import { captureQuote } from './quote';
import { validateSpanRange } from './span-range';
import { fail, ok, type Result } from './result';
import type { CollateDocument, LabelSchema, SpanAnnotation } from './model';

export interface NewSpan {
  label: string;
  start: number;
  end: number;
}

export interface Provenance {
  id: string;
  author: string;
  now: string;
}

/** Makes a span on a document: checks label and range, and stores the quote with its context. */
export function createSpan(
  document: Pick<CollateDocument, 'id' | 'text'>,
  schema: LabelSchema,
  request: NewSpan,
  provenance: Provenance,
): Result<SpanAnnotation> {
  if (!schema.labels.some((l) => l.name === request.label)) {
    return fail('unknown-label', `There is no label "${request.label}" in this workspace's schema.`);
  }
  const range = validateSpanRange(document.text, request);
  if (!range.ok) return range;
  const { start, end } = range.value;
  return ok({
    id: provenance.id,
    documentId: document.id,
    label: request.label,
    start,
    end,
    ...captureQuote(document.text, start, end),
    attributes: {},
    author: provenance.author,
    created: provenance.now,
    modified: provenance.now,
  });
}
