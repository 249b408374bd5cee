import search from 'approx-string-match';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote used to start: among equal matches, the nearest wins. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edit distance between the quote and the matched text. */
  errors: number;
  /** 0–1: how well quote, context and position agree. */
  score: number;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function exactMatches(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
    found.push({ start: at, end: at + quote.length, errors: 0 });
  return found;
}

/** 0–1 similarity of a context string to the text beside a match (1 = identical). */
function contextScore(beside: string, context: string): number {
  if (context.length === 0) return 1;
  if (beside.length === 0) return 0;
  if (beside === context) return 1;
  const [best] = search(beside, context, context.length).sort((a, b) => a.errors - b.errors);
  return best ? Math.max(0, 1 - best.errors / context.length) : 0;
}

/**
 * Finds a quote in a text: exact matches first, else approximate ones within half the quote's length
 * in edits; each candidate is scored on the quote, the text around it and its distance from the hint.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  let candidates = exactMatches(text, quote);
  if (candidates.length === 0) candidates = search(text, quote, Math.min(256, Math.floor(quote.length / 2)));
  if (candidates.length === 0) return null;
  const { prefix = '', suffix = '', hint } = context;
  const weights = { quote: 50, prefix: 20, suffix: 20, position: 2 };
  const total = weights.quote + weights.prefix + weights.suffix + weights.position;
  const scored = candidates.map((c): QuoteMatch => {
    const quoteScore = 1 - c.errors / quote.length;
    const prefixScore = contextScore(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix);
    const suffixScore = contextScore(text.slice(c.end, c.end + suffix.length), suffix);
    const positionScore = hint === undefined ? 1 : 1 - Math.abs(c.start - hint) / Math.max(1, text.length);
    const score =
      (weights.quote * quoteScore +
        weights.prefix * prefixScore +
        weights.suffix * suffixScore +
        weights.position * positionScore) /
      total;
    return { ...c, score };
  });
  return scored.reduce((best, c) => (c.score > best.score ? c : best));
}
