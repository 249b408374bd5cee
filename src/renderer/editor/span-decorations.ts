import { lineLength, lineOfOffset, type LineIndex } from './offsets';

export interface HighlightSpan {
  readonly id: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  /** The pieces of a discontinuous span; only they are highlighted. */
  readonly fragments?: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  readonly orphaned?: boolean;
}

/** One inline decoration to make: a PM range and the attributes of its wrapping element. */
export interface DecorationSpec {
  readonly from: number;
  readonly to: number;
  readonly spanId: string;
  readonly attrs: Readonly<Record<string, string>>;
}

/** Pixels between stacked underlines of overlapping spans, and of the first one below the text. */
const LANE_STEP_PX = 4;
const FIRST_OFFSET_PX = 3;
const FALLBACK_COLOUR = '#888888';

export function hexToRgba(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return `rgba(136, 136, 136, ${alpha})`;
  return `rgba(${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)}, ${alpha})`;
}

/**
 * Gives every span a lane so that spans which overlap never share one: each lane draws its
 * underline at its own depth, so nested and crossing spans stay distinguishable.
 */
export function assignLanes(spans: readonly HighlightSpan[]): Map<string, number> {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
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

/** Splits a text range into per-line PM ranges (a paragraph never holds a line break). */
export function rangeToLinePositions(index: LineIndex, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const from = Math.max(0, start);
  const to = Math.min(end, index.textLength);
  if (to <= from) return out;
  const first = lineOfOffset(index, from);
  const last = lineOfOffset(index, to - 1);
  for (let k = first; k <= last; k++) {
    const lineStart = index.starts[k]!;
    const segStart = Math.max(from, lineStart);
    const segEnd = Math.min(to, lineStart + lineLength(index, k));
    if (segEnd > segStart) out.push([segStart + k + 1, segEnd + k + 1]);
  }
  return out;
}

export interface SpanFlags {
  readonly selectedId: string | null;
  readonly peerIds: ReadonlySet<string>;
  readonly linkedIds: ReadonlySet<string>;
}

export function spanClass(span: HighlightSpan, flags: SpanFlags): string {
  return `collate-span${span.id === flags.selectedId ? ' is-selected' : ''}${flags.peerIds.has(span.id) ? ' is-peer' : ''}${flags.linkedIds.has(span.id) ? ' is-linked' : ''}${span.fragments ? ' is-fragment' : ''}`;
}

/** The decorations of one span: one element per line of each of its pieces. */
export function specsForSpan(index: LineIndex, span: HighlightSpan, colour: string, lane: number, className: string): DecorationSpec[] {
  if (span.orphaned) return [];
  const attrs: Record<string, string> = {
    // A node name of its own keeps each span a separate element when spans overlap.
    nodeName: 'span',
    class: className,
    // Underlines are painted with the text, above every background, so each lane's line stays visible.
    style: `background-color: ${hexToRgba(colour, 0.26)}; text-decoration: underline 2px ${colour}; text-underline-offset: ${FIRST_OFFSET_PX + lane * LANE_STEP_PX}px`,
    'data-span-id': span.id,
    'data-label': span.label,
  };
  const specs: DecorationSpec[] = [];
  for (const piece of span.fragments ?? [span]) {
    for (const [from, to] of rangeToLinePositions(index, piece.start, piece.end)) specs.push({ from, to, spanId: span.id, attrs });
  }
  return specs;
}

/** The lowest lane no overlapping span uses: a new span's lane, leaving the others where they are. */
export function freeLane(span: HighlightSpan, spans: Iterable<HighlightSpan>, lanes: ReadonlyMap<string, number>): number {
  const taken = new Set<number>();
  for (const other of spans) {
    if (other.id !== span.id && other.start < span.end && span.start < other.end) taken.add(lanes.get(other.id) ?? 0);
  }
  let lane = 0;
  while (taken.has(lane)) lane++;
  return lane;
}

export function buildDecorationSpecs(
  index: LineIndex,
  spans: readonly HighlightSpan[],
  colours: ReadonlyMap<string, string>,
  selectedId: string | null,
  peerIds: ReadonlySet<string> = new Set(),
  linkedIds: ReadonlySet<string> = new Set(),
  lanes: ReadonlyMap<string, number> = assignLanes(spans),
): DecorationSpec[] {
  const flags = { selectedId, peerIds, linkedIds };
  const specs: DecorationSpec[] = [];
  for (const span of spans) {
    specs.push(...specsForSpan(index, span, colours.get(span.label) ?? FALLBACK_COLOUR, lanes.get(span.id) ?? 0, spanClass(span, flags)));
  }
  return specs.sort((a, b) => a.from - b.from || b.to - a.to);
}

export const fallbackColour = FALLBACK_COLOUR;

export interface SuggestionHighlight {
  readonly id: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly fragments?: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  readonly reason: string;
  readonly score: number;
}

/** Decorations of the assistant's suggestions: a faint dashed outline in the label colour, no fill. */
export function suggestionSpecs(
  index: LineIndex,
  suggestions: readonly SuggestionHighlight[],
  colours: ReadonlyMap<string, string>,
): Array<{ from: number; to: number; suggestionId: string; attrs: Record<string, string> }> {
  const out: Array<{ from: number; to: number; suggestionId: string; attrs: Record<string, string> }> = [];
  for (const s of suggestions) {
    const colour = colours.get(s.label) ?? FALLBACK_COLOUR;
    const attrs: Record<string, string> = {
      nodeName: 'span',
      class: 'collate-suggestion',
      style: `outline: 1px dashed ${hexToRgba(colour, 0.7)}; outline-offset: 1px`,
      'data-suggestion-id': s.id,
      'data-label': s.label,
      title: `Suggested ${s.label}: ${s.reason} (score ${s.score.toFixed(2)})`,
    };
    for (const piece of s.fragments && s.fragments.length > 0 ? s.fragments : [s]) {
      for (const [from, to] of rangeToLinePositions(index, piece.start, piece.end)) out.push({ from, to, suggestionId: s.id, attrs });
    }
  }
  return out;
}
