import { explainRegexError } from './regex-problem';

export interface SearchHit {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
}

export interface SearchQuery {
  readonly text: string;
  readonly regex: boolean;
  readonly caseSensitive?: boolean;
}

const MAX_HITS = 5000;

/** Builds the matcher, or says why the regular expression is not one. */
export function compileQuery(query: SearchQuery): { ok: true; re: RegExp | null } | { ok: false; error: string } {
  if (query.text === '') return { ok: true, re: null };
  const flags = `g${query.caseSensitive ? '' : 'i'}u`;
  if (!query.regex) return { ok: true, re: new RegExp(query.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags) };
  try {
    return { ok: true, re: new RegExp(query.text, flags) };
  } catch (error) {
    return { ok: false, error: explainRegexError(error instanceof Error ? error.message : String(error)) };
  }
}

/** Non-empty matches of a text, in order (empty matches of a regular expression are skipped). */
export function findMatches(documentId: string, text: string, re: RegExp | null, max = MAX_HITS): SearchHit[] {
  if (!re) return [];
  const hits: SearchHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    hits.push({ documentId, start: m.index, end: m.index + m[0].length });
    if (hits.length >= max) break;
  }
  return hits;
}

/** The next hit index, wrapping around. */
export function stepHit(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}
