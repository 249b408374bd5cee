import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { CurationStateResult } from '../../api/team-schemas';
import { progressText } from '../../core/curation/curation-state';
import { isTextEntry } from '../hooks/use-hotkeys';
import { useActions, useAppState } from './app-context';
import { CurationLanes, type Lane } from './CurationLanes';
import { CurationLinks, linkSideText } from './CurationLinks';

type Disagreement = CurationStateResult['disagreements'][number];

const isLinks = (d: Disagreement): boolean => d.kind === 'relations' || d.kind === 'groups';

const sideSummary = (d: Disagreement, side: Disagreement['sides'][number]): string =>
  `${side.name}: ${isLinks(d) ? linkSideText(side) : side.spans.map((s) => s.label).join(', ') || 'nothing'}`;

const KIND_PREFIX: Record<Disagreement['kind'], string> = {
  spans: '',
  conflict: 'merge conflict · ',
  relations: 'relation · ',
  groups: 'claim group · ',
};

function decisionText(d: Disagreement): string {
  if (!d.decision) return 'open';
  if (d.decision.take.length === 0) return 'resolved: rejected';
  return `resolved: took ${d.decision.take.map((i) => d.sides[i]?.name ?? `side ${i + 1}`).join(' and ')}`;
}

const SIDE_KEYS = ['a', 'b'];

/** The curation view: one document's layers as lanes, its disagreements listed, settled by keyboard or buttons. */
export function CurationView() {
  const actions = useActions();
  const curation = useAppState((s) => s.curation);
  const documents = useAppState((s) => s.documents);
  const firstOpen = useAppState((s) => s.openIds[0]);
  const text = useAppState((s) => (s.curation ? s.loaded[s.curation.documentId]?.text : undefined));
  const spans = useAppState((s) => (s.curation ? s.annotations[s.curation.documentId] : undefined));
  const labels = useAppState((s) => s.workspace?.schema.labels ?? []);
  const relations = useAppState((s) => s.relations);
  const claimGroups = useAppState((s) => s.claimGroups);
  const region = useRef<HTMLElement>(null);
  const starting = curation === null ? (firstOpen ?? documents[0]?.id) : undefined;

  useEffect(() => {
    if (starting) void actions.openCuration(starting);
  }, [actions, starting]);
  useEffect(() => region.current?.focus(), [curation?.documentId]);

  const state = curation?.state;
  const focused = state?.disagreements[curation!.focus];

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => actions.stepDisagreement(1),
      n: () => actions.stepDisagreement(1),
      ArrowUp: () => actions.stepDisagreement(-1),
      p: () => actions.stepDisagreement(-1),
      a: () => void actions.takeSide(0),
      b: () => void actions.takeSide(1),
      t: () => void actions.takeAllSides(),
      r: () => void actions.rejectDisagreement(),
    };
    const run = Object.hasOwn(keys, event.key) ? keys[event.key] : undefined;
    if (!run || !focused) return;
    event.preventDefault();
    run();
  };

  const lanes: Lane[] = state
    ? [
        ...state.annotators.map((name) => ({
          name,
          spans: (spans ?? []).filter((s) => s.layer !== 'curated' && s.author === name),
          selectable: false,
        })),
        { name: 'curated', spans: (spans ?? []).filter((s) => s.layer === 'curated'), selectable: true },
      ]
    : [];

  return (
    <section ref={region} className="view curation-view" aria-label="Curation" tabIndex={0} onKeyDown={onKeyDown}>
      <div className="curation-head">
        <label className="field-inline">
          Document
          <select
            aria-label="Document to curate"
            value={curation?.documentId ?? ''}
            onChange={(e) => void actions.openCuration(e.currentTarget.value)}
          >
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
        {state && (
          <p className="curation-progress" role="status" aria-label="Curation progress">
            {progressText(state)}
          </p>
        )}
        {state && (
          <p className="hint">
            Layers: {state.annotators.join(', ') || 'none'} · {state.agreed} agreement{state.agreed === 1 ? '' : 's'}{' '}
            merged · keys: ↓/↑ or n/p move, a / b take a side, t take both, r reject, Ctrl+Z undo
          </p>
        )}
      </div>
      {state && state.annotators.length < 2 && state.disagreements.length === 0 && (
        <p className="notice" role="note">
          This document has{' '}
          {state.annotators.length === 0 ? 'no annotations' : `one annotator's layer (${state.annotators[0]})`}: there
          is nothing to adjudicate.
        </p>
      )}
      {state && state.disagreements.length > 0 && (
        <div className="curation-body">
          <ul className="curation-list" role="listbox" aria-label="Disagreements">
            {state.disagreements.map((d, i) => (
              <li
                key={d.id}
                role="option"
                aria-selected={i === curation!.focus}
                className={d.decision ? 'is-resolved' : undefined}
                onClick={() => actions.focusDisagreement(i)}
              >
                <span className="curation-quote">“{text?.slice(d.start, d.end) ?? ''}”</span>
                <span className="curation-sides">
                  {KIND_PREFIX[d.kind]}
                  {d.sides.map((side) => sideSummary(d, side)).join(' · ')}
                </span>
                <span className="curation-decision">{decisionText(d)}</span>
              </li>
            ))}
          </ul>
          {focused && text !== undefined && (
            <section
              className="curation-detail"
              aria-label={`Disagreement ${curation!.focus + 1} of ${state.disagreements.length}`}
            >
              <CurationLanes
                text={text}
                start={focused.start}
                end={focused.end}
                lanes={lanes}
                labels={labels}
                onSelect={(id) => actions.selectAnnotation(id)}
              />
              {isLinks(focused) && (
                <CurationLinks
                  disagreement={focused}
                  curatedSpans={lanes.at(-1)?.spans ?? []}
                  relations={relations}
                  claimGroups={claimGroups}
                />
              )}
              <div className="toolbar" role="toolbar" aria-label="Decide">
                {focused.sides.slice(0, 2).map((side, i) => (
                  <button
                    key={side.name}
                    type="button"
                    className="button"
                    aria-keyshortcuts={SIDE_KEYS[i]}
                    onClick={() => void actions.takeSide(i)}
                  >
                    Take {side.name} <kbd aria-hidden="true">{SIDE_KEYS[i]}</kbd>
                  </button>
                ))}
                <button
                  type="button"
                  className="button"
                  aria-keyshortcuts="t"
                  onClick={() => void actions.takeAllSides()}
                >
                  {focused.sides.length > 2 ? 'Take all' : 'Take both'} <kbd aria-hidden="true">t</kbd>
                </button>
                <button
                  type="button"
                  className="button"
                  aria-keyshortcuts="r"
                  onClick={() => void actions.rejectDisagreement()}
                >
                  Reject <kbd aria-hidden="true">r</kbd>
                </button>
              </div>
              <p className="hint" aria-label="Decision">
                {decisionText(focused)}. Click a curated span to edit it in the inspector.
              </p>
            </section>
          )}
        </div>
      )}
    </section>
  );
}
