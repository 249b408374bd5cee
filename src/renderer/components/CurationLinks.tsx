import type { CurationStateResult } from '../../api/team-schemas';
import type { ClaimGroup, Relation, SpanAnnotation } from '../../core/model';

type Disagreement = CurationStateResult['disagreements'][number];
type Side = Disagreement['sides'][number];

const short = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** A span in words: its label and quote, or its id when it is not at hand. */
function spanText(spans: ReadonlyMap<string, SpanAnnotation>, id: string): string {
  const span = spans.get(id);
  return span ? `${span.label} “${short(span.quote)}”` : 'a span elsewhere';
}

/** A relation in words: "Claim “…” attributed-to Source “…”". */
export const relationText = (spans: ReadonlyMap<string, SpanAnnotation>, r: Relation): string =>
  `${spanText(spans, r.from)} ${r.type} ${spanText(spans, r.to)}`;

/** A claim group in words: its statement and its members. */
export const groupText = (spans: ReadonlyMap<string, SpanAnnotation>, g: ClaimGroup): string =>
  `group “${short(g.statement)}”: ${g.members.map((m) => spanText(spans, m)).join(', ') || 'no members'}`;

/** What one side answers in a disagreement about links, in words (for the list and the detail). */
export function linkSideText(side: Side): string {
  const spans = new Map(side.spans.map((s) => [s.id, s]));
  const texts = [
    ...(side.relations ?? []).map((r) => relationText(spans, r)),
    ...(side.groups ?? []).map((g) => groupText(spans, g)),
  ];
  return texts.join('; ') || 'nothing';
}

/**
 * A disagreement about relations or claim groups: each side's links, and the links the curated
 * layer holds now between the curated spans of the passage.
 */
export function CurationLinks(props: {
  disagreement: Disagreement;
  curatedSpans: readonly SpanAnnotation[];
  relations: readonly Relation[];
  claimGroups: readonly ClaimGroup[];
}) {
  const { disagreement: d } = props;
  const spans = new Map(props.curatedSpans.map((s) => [s.id, s]));
  const here = new Set(props.curatedSpans.filter((s) => s.start < d.end && s.end > d.start).map((s) => s.id));
  const curated =
    d.kind === 'relations'
      ? props.relations.filter((r) => r.layer === 'curated' && (here.has(r.from) || here.has(r.to)))
      : props.claimGroups.filter((g) => g.layer === 'curated' && g.members.some((m) => here.has(m)));
  return (
    <div className="curation-links">
      <ul aria-label={d.kind === 'relations' ? 'Relations per layer' : 'Claim groups per layer'}>
        {d.sides.map((side) => (
          <li key={side.name}>
            <span className="lane-name">{side.name}</span> {linkSideText(side)}
          </li>
        ))}
      </ul>
      <p className="hint" aria-label="Curated links">
        curated:{' '}
        {curated.map((x) => ('type' in x ? relationText(spans, x) : groupText(spans, x))).join('; ') || 'none yet'}
      </p>
    </div>
  );
}
