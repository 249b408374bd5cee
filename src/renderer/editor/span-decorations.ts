import { lineLength, lineOfOffset, type LineIndex } from './offsets';

export interface HighlightSpan {
  readonly id: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
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

export function buildDecorationSpecs(
  index: LineIndex,
  spans: readonly HighlightSpan[],
  colours: ReadonlyMap<string, string>,
  selectedId: string | null,
): DecorationSpec[] {
  const lanes = assignLanes(spans);
  const specs: DecorationSpec[] = [];
  for (const span of spans) {
    const colour = colours.get(span.label) ?? FALLBACK_COLOUR;
    const lane = lanes.get(span.id) ?? 0;
    const attrs: Record<string, string> = {
      // A node name of its own keeps each span a separate element when spans overlap.
      nodeName: 'span',
      class: span.id === selectedId ? 'collate-span is-selected' : 'collate-span',
      // Underlines are painted with the text, above every background, so each lane's line stays visible.
      style: `background-color: ${hexToRgba(colour, 0.26)}; text-decoration: underline 2px ${colour}; text-underline-offset: ${FIRST_OFFSET_PX + lane * LANE_STEP_PX}px`,
      'data-span-id': span.id,
      'data-label': span.label,
    };
    for (const [from, to] of rangeToLinePositions(index, span.start, span.end)) {
      specs.push({ from, to, spanId: span.id, attrs });
    }
  }
  return specs.sort((a, b) => a.from - b.from || b.to - a.to);
}
