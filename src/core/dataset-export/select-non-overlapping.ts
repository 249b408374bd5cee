import type { SpanAnnotation } from '../model';
import { spanFragments } from '../covered-text';

const length = (s: SpanAnnotation): number => spanFragments(s).reduce((n, f) => n + (f.end - f.start), 0);

/**
 * Longest-first selection of spans that do not overlap: spans are taken by length (longest first;
 * ties by earlier start, then id) and a span is kept when `conflicts` finds none of its resources
 * taken. Returns the kept spans in text order and, for each left-out span, the kept one it hit.
 */
export function selectNonOverlapping<K>(
  spans: readonly SpanAnnotation[],
  resources: (span: SpanAnnotation) => K[],
): { kept: SpanAnnotation[]; dropped: Array<{ span: SpanAnnotation; by: SpanAnnotation | undefined }> } {
  const owner = new Map<K, SpanAnnotation>();
  const kept: SpanAnnotation[] = [];
  const dropped: Array<{ span: SpanAnnotation; by: SpanAnnotation | undefined }> = [];
  const order = [...spans].sort(
    (a, b) => length(b) - length(a) || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const span of order) {
    const keys = resources(span);
    const hit = keys.map((k) => owner.get(k)).find((o) => o !== undefined);
    if (hit || keys.length === 0) {
      dropped.push({ span, by: hit });
      continue;
    }
    for (const k of keys) owner.set(k, span);
    kept.push(span);
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return { kept, dropped };
}
