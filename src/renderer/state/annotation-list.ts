import type { SpanAnnotation } from '../../core/model';

export interface ListedAnnotation {
  readonly annotation: SpanAnnotation;
  readonly documentTitle: string;
}

/** Spans of the open documents, by document title then position. */
export function listAnnotations(
  openIds: readonly string[],
  annotations: Readonly<Record<string, readonly SpanAnnotation[]>>,
  titleOf: (id: string) => string,
): ListedAnnotation[] {
  const items: ListedAnnotation[] = [];
  for (const id of openIds) {
    const title = titleOf(id);
    for (const annotation of annotations[id] ?? []) items.push({ annotation, documentTitle: title });
  }
  return items.sort(
    (a, b) =>
      a.documentTitle.localeCompare(b.documentTitle) ||
      a.annotation.documentId.localeCompare(b.annotation.documentId) ||
      a.annotation.start - b.annotation.start ||
      a.annotation.end - b.annotation.end,
  );
}

/** Shortens a quote for a list row without cutting an emoji in half; line breaks read as spaces. */
export function truncateQuote(quote: string, max = 90): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

/** The selection without white space at either end (a double-clicked word often takes its space). */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
