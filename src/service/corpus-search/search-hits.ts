import type { CorpusHit } from '../../api/contract';
import type { CollateDocument } from '../../core/model';
import type { IndexMatch } from './corpus-index';
import { WORD } from './segment-builder';

const CONTEXT = 60;

/**
 * Where the first of the matched terms stands in a text: its words read as the index reads them
 * (runs of letters and digits, lower-cased), up to the first that is one of the terms.
 */
export function firstOccurrence(text: string, terms: readonly string[]): { start: number; end: number } | null {
  if (terms.length === 0) return null;
  const wanted = new Set(terms);
  for (const word of text.matchAll(WORD)) {
    if (wanted.has(word[0].toLowerCase())) return { start: word.index, end: word.index + word[0].length };
  }
  return null;
}

/** A few words either side of a range, on one line. */
export function snippetAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const words = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${words}${to < text.length ? '…' : ''}`;
}

/** A match turned into what the UI and the CLI show: where it is and a line of context. */
export function hitOf(document: CollateDocument, match: IndexMatch): CorpusHit {
  const fields = match.fields;
  const common = { documentId: document.id, title: document.title, fields, score: match.score };
  if (match.spanId !== undefined) {
    const start = match.start ?? 0;
    const end = match.end ?? start;
    return {
      ...common,
      kind: 'annotation',
      spanId: match.spanId,
      label: match.label,
      start,
      end,
      snippet: snippetAround(document.text, start, end),
    };
  }
  const place = fields.includes('text') ? firstOccurrence(document.text, match.terms) : null;
  if (place)
    return { ...common, kind: 'text', ...place, snippet: snippetAround(document.text, place.start, place.end) };
  const tags = document.tags?.map((t) => `#${t}`).join(' ');
  const details = [document.title, document.outlet, document.author, document.published, tags]
    .filter(Boolean)
    .join(' · ');
  return { ...common, kind: 'details', start: 0, end: 0, snippet: details };
}
