import { captureQuote } from './quote';
import { validateSpanRange } from './span-range';
import { fail, ok, type Result } from './result';
import type { CollateDocument, LabelSchema, SpanAnnotation } from './model';
import { coveredText } from './covered-text';

export interface NewSpan {
  label: string;
  start: number;
  end: number;
  /** Pieces of a discontinuous span, in text order; `start`/`end` are then ignored. */
  fragments?: Array<{ start: number; end: number }>;
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
  const pieces: Array<{ start: number; end: number }> = [];
  for (const piece of request.fragments ?? [request]) {
    const range = validateSpanRange(document.text, piece);
    if (!range.ok) return range;
    pieces.push(range.value);
  }
  pieces.sort((a, b) => a.start - b.start);
  if (pieces.some((p, i) => i > 0 && p.start < pieces[i - 1]!.end)) {
    return fail('overlapping-fragments', 'The pieces of a discontinuous span must not overlap.');
  }
  const start = pieces[0]!.start;
  const end = pieces[pieces.length - 1]!.end;
  const context = captureQuote(document.text, start, end);
  const fragmented = pieces.length > 1;
  return ok({
    id: provenance.id,
    documentId: document.id,
    label: request.label,
    start,
    end,
    ...(fragmented ? { fragments: pieces } : {}),
    ...context,
    // A discontinuous span quotes its pieces joined by one space, as brat shows them.
    quote: fragmented ? coveredText(document.text, pieces) : context.quote,
    attributes: {},
    author: provenance.author,
    created: provenance.now,
    modified: provenance.now,
  });
}
