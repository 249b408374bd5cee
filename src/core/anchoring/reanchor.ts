import type { Fragment, SpanAnnotation } from '../model';
import { captureQuote } from '../quote';
import { matchQuote } from './match-quote';
import { coveredText } from '../covered-text';

export type AnchorOutcome = 'kept' | 'moved' | 'fuzzy' | 'orphaned';

export interface Reanchored {
  outcome: AnchorOutcome;
  /** The span on the new text; for an orphan, the span as it was. */
  span: SpanAnnotation;
}

/** Below this, a fuzzy match is not trusted and the span is orphaned instead. */
const MIN_FUZZY_SCORE = 0.75;

interface Selector {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

function anchorOne(selector: Selector, text: string): { outcome: AnchorOutcome; start: number; end: number } | null {
  const { start, end, quote, prefix, suffix } = selector;
  if (text.slice(start, end) === quote) return { outcome: 'kept', start, end };
  const match = matchQuote(text, quote, { prefix, suffix, hint: start });
  if (!match) return null;
  if (match.errors === 0) return { outcome: 'moved', start: match.start, end: match.end };
  return match.score >= MIN_FUZZY_SCORE ? { outcome: 'fuzzy', start: match.start, end: match.end } : null;
}

const RANK: Record<AnchorOutcome, number> = { kept: 0, moved: 1, fuzzy: 2, orphaned: 3 };

/**
 * Carries a span over to a changed text: its position if the quote is still there, else the quote
 * near its old place, else a fuzzy match of quote and context; else it is orphaned, never dropped.
 * With the old text at hand, each fragment of a discontinuous span is anchored on its own.
 */
export function reanchorSpan(span: SpanAnnotation, newText: string, oldText?: string): Reanchored {
  const pieces: Fragment[] = span.fragments ?? [{ start: span.start, end: span.end }];
  const selectors: Selector[] =
    oldText !== undefined
      ? pieces.map((p) => ({ start: p.start, end: p.end, ...captureQuote(oldText, p.start, p.end) }))
      : pieces.length === 1
        ? [{ start: span.start, end: span.end, quote: span.quote, prefix: span.prefix, suffix: span.suffix }]
        : [];
  const anchored = selectors.map((s) => anchorOne(s, newText));
  if (anchored.length === 0 || anchored.some((a) => a === null)) return { outcome: 'orphaned', span };
  const placed = anchored as Array<{ outcome: AnchorOutcome; start: number; end: number }>;
  const outcome = placed.reduce<AnchorOutcome>(
    (worst, a) => (RANK[a.outcome] > RANK[worst] ? a.outcome : worst),
    'kept',
  );
  const fragments = placed.map(({ start, end }) => ({ start, end }));
  const inOrder = fragments.every((f, i) => i === 0 || f.start >= fragments[i - 1]!.end);
  if (!inOrder) return { outcome: 'orphaned', span };
  const start = fragments[0]!.start;
  const end = fragments[fragments.length - 1]!.end;
  const context = captureQuote(newText, start, end);
  const quote = fragments.length > 1 ? coveredText(newText, fragments) : context.quote;
  return {
    outcome,
    span: {
      ...span,
      start,
      end,
      ...(fragments.length > 1 ? { fragments } : {}),
      quote,
      prefix: context.prefix,
      suffix: context.suffix,
    },
  };
}

export interface ReanchorReport {
  spans: Reanchored[];
  counts: Record<AnchorOutcome, number>;
}

/** Re-anchors every span of a document and counts the outcomes. */
export function reanchorAll(spans: SpanAnnotation[], newText: string, oldText?: string): ReanchorReport {
  const results = spans.map((s) => reanchorSpan(s, newText, oldText));
  const counts: Record<AnchorOutcome, number> = { kept: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const r of results) counts[r.outcome]++;
  return { spans: results, counts };
}
