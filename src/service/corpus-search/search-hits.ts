import type { CorpusHit } from '../../api/contract';
import type { CollateDocument } from '../../core/model';
import type { IndexMatch } from './corpus-index';
import { SEARCH_FIELDS } from './search-records';

const CONTEXT = 60;

const escapeRegExp = (term: string): string => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the first of the matched words stands in a text, as a whole word if it can be found so. */
export function firstOccurrence(text: string, terms: readonly string[]): { start: number; end: number } | null {
  if (terms.length === 0) return null;
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const wholeWord = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
  const found = wholeWord.exec(text) ?? new RegExp(alternatives, 'iu').exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : null;
}

/** A few words either side of a range, on one line. */
export function snippetAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const words = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${words}${to < text.length ? '…' : ''}`;
}

/** The fields a match was found in, in the order SEARCH_FIELDS lists them. */
function matchedFields(match: IndexMatch): string[] {
  const fields = new Set(Object.values(match.match).flat());
  return SEARCH_FIELDS.filter((f) => fields.has(f));
}

/** A match turned into what the UI and the CLI show: where it is and a line of context. */
export function hitOf(document: CollateDocument, match: IndexMatch): CorpusHit {
  const fields = matchedFields(match);
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
