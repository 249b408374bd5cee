import { isCurated } from '../../core/layers/span-layers';
import type { SpanAnnotation } from '../../core/model';
import type { SpanCounts } from '../../api/contract';

export const NO_SPANS: SpanCounts = { spans: 0, orphaned: 0, labels: {}, annotators: [] };

/** What a document's spans add up to: how many, how many orphaned, per label, and who made them. */
export function countSpans(spans: readonly SpanAnnotation[]): SpanCounts {
  const labels: Record<string, number> = {};
  const annotators = new Set<string>();
  let orphaned = 0;
  let curated = 0;
  for (const span of spans) {
    if (isCurated(span)) curated++;
    labels[span.label] = (labels[span.label] ?? 0) + 1;
    if (span.author) annotators.add(span.author);
    if (span.orphaned) orphaned++;
  }
  return {
    spans: spans.length,
    orphaned,
    labels,
    annotators: [...annotators].sort(),
    ...(curated > 0 ? { curated } : {}),
  };
}
