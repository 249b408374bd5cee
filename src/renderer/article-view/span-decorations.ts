/** How spans and suggestions look in the article text: their lanes, classes and element attributes. */
export interface HighlightSpan {
  readonly id: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  /** The pieces of a discontinuous span; only they are highlighted. */
  readonly fragments?: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  readonly orphaned?: boolean;
}

import { laneOffset, STYLED_LANES } from './label-styles';

/**
 * Gives every span a lane so that spans which overlap never share one: each lane draws its
 * underline at its own depth, so nested and crossing spans stay distinguishable.
 */
export function assignLanes(spans: readonly HighlightSpan[]): Map<string, number> {
  const ordered = [...spans].sort(
    (a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const span of ordered) {
    let lane = laneEnds.findIndex((end) => end <= span.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = span.end;
    lanes.set(span.id, lane);
  }
  return lanes;
}

/** The lowest lane no overlapping span uses: a new span's lane, leaving the others where they are. */
export function freeLane(
  span: HighlightSpan,
  spans: Iterable<HighlightSpan>,
  lanes: ReadonlyMap<string, number>,
): number {
  const taken = new Set<number>();
  for (const other of spans) {
    if (other.id !== span.id && other.start < span.end && span.start < other.end) taken.add(lanes.get(other.id) ?? 0);
  }
  let lane = 0;
  while (taken.has(lane)) lane++;
  return lane;
}

export interface SpanFlags {
  readonly selectedId: string | null;
  readonly peerIds: ReadonlySet<string>;
  readonly linkedIds: ReadonlySet<string>;
  /** Spans marked as contradicting another (a `contradicts` link), drawn with a wavy underline. */
  readonly contradictedIds: ReadonlySet<string>;
}

export function spanClass(span: HighlightSpan, flags: SpanFlags): string {
  return `collate-span${span.id === flags.selectedId ? ' is-selected' : ''}${flags.peerIds.has(span.id) ? ' is-peer' : ''}${flags.linkedIds.has(span.id) ? ' is-linked' : ''}${flags.contradictedIds.has(span.id) ? ' is-contradicted' : ''}${span.fragments ? ' is-fragment' : ''}`;
}

/**
 * The attributes of a span's elements (one element per line of each of its pieces). The label's
 * colours and the lane's underline depth come from the label stylesheet (label-styles.ts).
 */
export function spanAttrs(span: HighlightSpan, lane: number, className: string): Record<string, string> {
  const attrs: Record<string, string> = {
    class: `${className} lane-${lane}`,
    'data-span-id': span.id,
    'data-label': span.label,
  };
  if (lane >= STYLED_LANES) attrs['style'] = `text-underline-offset: ${laneOffset(lane)}`;
  return attrs;
}

export interface SuggestionHighlight {
  readonly id: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly fragments?: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  readonly reason: string;
  readonly score: number;
}

/** The attributes of a suggestion's elements: a faint dashed outline in the label colour (from the label stylesheet), no fill. */
export function suggestionAttrs(s: SuggestionHighlight): Record<string, string> {
  return {
    class: 'collate-suggestion',
    'data-suggestion-id': s.id,
    'data-label': s.label,
    title: `Suggested ${s.label}: ${s.reason} (score ${s.score.toFixed(2)})`,
  };
}

/** The pieces a span or suggestion highlights: its fragments when it has them, else its whole range. */
export function piecesOf(s: {
  start: number;
  end: number;
  fragments?: ReadonlyArray<{ start: number; end: number }>;
}): ReadonlyArray<{ start: number; end: number }> {
  return s.fragments && s.fragments.length > 0 ? s.fragments : [s];
}
