import type { LabelDefinition, SpanAnnotation } from '../../core/model';

/** How much text either side of a disagreement the lanes show. */
const CONTEXT = 60;

export interface Lane {
  name: string;
  spans: readonly SpanAnnotation[];
  /** Spans of this lane can be selected for the inspector (the curated lane). */
  selectable: boolean;
}

interface Piece {
  start: number;
  end: number;
  spans: SpanAnnotation[];
}

/** The window's text cut where any of the lane's spans starts or ends. */
function piecesOf(spans: readonly SpanAnnotation[], from: number, to: number): Piece[] {
  const inside = spans.filter((s) => s.start < to && s.end > from);
  const cuts = new Set([from, to]);
  for (const s of inside) {
    cuts.add(Math.max(from, s.start));
    cuts.add(Math.min(to, s.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(0, -1).map((start, i) => ({
    start,
    end: sorted[i + 1]!,
    spans: inside.filter((s) => s.start <= start && s.end >= sorted[i + 1]!),
  }));
}

/** The annotators' layers and the curated layer as lanes of the same passage, one above the other, then the text. */
export function CurationLanes(props: {
  text: string;
  start: number;
  end: number;
  lanes: readonly Lane[];
  labels: readonly LabelDefinition[];
  onSelect(id: string): void;
}) {
  const from = Math.max(0, props.start - CONTEXT);
  const to = Math.min(props.text.length, props.end + CONTEXT);
  const colour = (label: string): string => props.labels.find((l) => l.name === label)?.colour ?? '#888888';
  const before = from > 0 ? '…' : '';
  const after = to < props.text.length ? '…' : '';
  return (
    <div className="curation-lanes" role="group" aria-label="Layers">
      {props.lanes.map((lane) => (
        <div key={lane.name} className="lane" role="group" aria-label={`Layer ${lane.name}`}>
          <span className="lane-name">{lane.name}</span>
          <span className="lane-text">
            {before}
            {piecesOf(lane.spans, from, to).map((piece) => {
              const text = props.text.slice(piece.start, piece.end);
              const span = piece.spans[0];
              if (!span) return <span key={piece.start}>{text}</span>;
              const ends = piece.spans.filter((s) => s.end === piece.end);
              const mark = (
                <mark
                  className="lane-span"
                  data-label={span.label}
                  style={{ background: `${colour(span.label)}44`, borderBottomColor: colour(span.label) }}
                  title={piece.spans.map((s) => s.label).join(', ')}
                >
                  {text}
                </mark>
              );
              return (
                <span key={piece.start}>
                  {lane.selectable ? (
                    <button type="button" className="lane-select" onClick={() => props.onSelect(span.id)}>
                      {mark}
                    </button>
                  ) : (
                    mark
                  )}
                  {ends.map((s) => (
                    <sup key={s.id} className="lane-label">
                      {s.label}
                    </sup>
                  ))}
                </span>
              );
            })}
            {after}
          </span>
        </div>
      ))}
      <div className="lane is-text">
        <span className="lane-name">text</span>
        <span className="lane-text" aria-label="Passage">
          {before}
          {props.text.slice(from, props.start)}
          <strong>{props.text.slice(props.start, props.end)}</strong>
          {props.text.slice(props.end, to)}
          {after}
        </span>
      </div>
    </div>
  );
}
