import type { SpanAnnotation } from '../../core/model';

export interface AnnotationFilter {
  readonly label: string;
  readonly documentId: string;
  readonly text: string;
  /** "name=value", or '' for any. */
  readonly attribute: string;
}

export const NO_FILTER: AnnotationFilter = { label: '', documentId: '', text: '', attribute: '' };

export function isFiltering(filter: AnnotationFilter): boolean {
  return filter.label !== '' || filter.documentId !== '' || filter.text.trim() !== '' || filter.attribute !== '';
}

/** Keeps the items matching every set criterion; text matches the quote or the note, case-insensitively. */
export function filterAnnotations(items: readonly SpanAnnotation[], filter: AnnotationFilter): SpanAnnotation[] {
  const text = filter.text.trim().toLocaleLowerCase();
  const eq = filter.attribute.indexOf('=');
  const [attrName, attrValue] = eq > 0 ? [filter.attribute.slice(0, eq), filter.attribute.slice(eq + 1)] : ['', ''];
  return items.filter((a) => {
    if (filter.label && a.label !== filter.label) return false;
    if (filter.documentId && a.documentId !== filter.documentId) return false;
    if (attrName && a.attributes[attrName] !== attrValue) return false;
    if (text) {
      const note = (a.note ?? '').replace(/<[^>]*>/g, ' ');
      if (!a.quote.toLocaleLowerCase().includes(text) && !note.toLocaleLowerCase().includes(text)) return false;
    }
    return true;
  });
}
