import { X } from 'lucide-react';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { SpanAnnotation } from '../../core/model';
import { truncateQuote } from '../state/annotation-list';
import { findSpan } from '../state/app-state';
import { ATTRIBUTED_TO, groupOf, indexSpans, rankSources, relationsOf } from '../state/links';
import { useActions, useAppState } from './app-context';
import { NoteEditor } from './LazyNoteEditor';
import { ReadOnlySpan } from './ReadOnlySpan';
import { annotatorOf, canEditSpan } from '../state/article-layer';

/** Above this many options a list of spans fills in when it is first used. */
const MANY_OPTIONS = 300;

/** One formatter for every date shown: making one costs tens of milliseconds. */
let dateFormat: Intl.DateTimeFormat | null = null;
const dates = (): Intl.DateTimeFormat =>
  (dateFormat ??= new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }));

const when = (iso: string): string => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dates().format(d);
};

export function Inspector() {
  // The formatter is made while the page is idle, not in the render that first shows a span.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const handle = requestIdleCallback(() => dates().format(0));
    return () => cancelIdleCallback(handle);
  }, []);
  const selectedId = useDeferredValue(useAppState((s) => s.selectedAnnotationId));
  const annotations = useDeferredValue(useAppState((s) => s.annotations));
  // A span still being saved shows the hint: no need to look it up.
  const span = useMemo(
    () => (selectedId?.startsWith('pending-') ? undefined : findSpan({ annotations } as never, selectedId)),
    [annotations, selectedId],
  );
  const me = useAppState(annotatorOf);
  return (
    <section className="inspector" aria-label="Inspector">
      <h2 className="panel-title">Inspector</h2>
      {!span || span.id.startsWith('pending-') ? (
        <p className="hint">Select an annotation to see and edit its label, attributes, note, links and claim group.</p>
      ) : canEditSpan(span, me) ? (
        <SpanInspector key={span.id} span={span} />
      ) : (
        <ReadOnlySpan span={span} />
      )}
    </section>
  );
}

function SpanInspector({ span }: { span: SpanAnnotation }) {
  const actions = useActions();
  const schema = useAppState((s) => s.workspace?.schema);
  const annotations = useDeferredValue(useAppState((s) => s.annotations));
  const relations = useAppState((s) => s.relations);
  const groups = useAppState((s) => s.claimGroups);
  const documents = useAppState((s) => s.documents);
  const openIds = useAppState((s) => s.openIds);
  const label = schema?.labels.find((l) => l.name === span.label);
  const titleOf = (id: string): string => documents.find((d) => d.id === id)?.title ?? id;
  // Spans at the other end of a link, or in the same group, may be in documents not loaded yet.
  const [linksRead, setLinksRead] = useState(false);
  useEffect(() => {
    let live = true;
    void actions.loadLinkedSpans(span.id).then(() => live && setLinksRead(true));
    return () => {
      live = false;
    };
  }, [actions, span.id, relations, groups]);
  const describe = (id: string): string => {
    const other = findSpan({ annotations } as never, id);
    if (!other) return linksRead ? 'a deleted span' : 'a span still being read';
    const where = other.documentId !== span.documentId ? ` (${titleOf(other.documentId)})` : '';
    return `${other.label} “${truncateQuote(other.quote, 60)}”${where}`;
  };
  const isClaim = span.label === 'Claim';
  const sourceLabels = new Set(schema?.relationTypes.find((t) => t.name === ATTRIBUTED_TO)?.to ?? ['Source']);
  // Thousands of sources or claims: their options are made when the list is first focused or pressed.
  const [optionsWanted, setOptionsWanted] = useState(false);
  const wantOptions = (): void => setOptionsWanted(true);
  const spanCount = useMemo(() => Object.values(annotations).reduce((n, list) => n + list.length, 0), [annotations]);
  const rank = optionsWanted || spanCount <= MANY_OPTIONS;
  // The sources used elsewhere are read when the list is wanted, or at once when there are few links.
  const attributions = useMemo(() => relations.filter((r) => r.type === ATTRIBUTED_TO).length, [relations]);
  const wantElsewhere = isClaim && (optionsWanted || attributions <= MANY_OPTIONS);
  useEffect(() => {
    if (wantElsewhere) void actions.loadAttributedSources();
  }, [actions, wantElsewhere, attributions]);
  const choices = useMemo(
    () => (isClaim && rank ? rankSources(span, indexSpans(annotations), relations, (l) => sourceLabels.has(l)) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [isClaim, span, annotations, relations, rank],
  );
  const [sourceChoice, setSourceChoice] = useState('');
  const group = groupOf(span.id, groups);
  const [groupChoice, setGroupChoice] = useState('');
  const [otherClaim, setOtherClaim] = useState('');
  const fill = <T,>(list: readonly T[], chosen: (item: T) => boolean): readonly T[] =>
    optionsWanted || list.length <= MANY_OPTIONS ? list : list.filter(chosen);
  const otherClaims = useMemo(() => {
    const list: SpanAnnotation[] = [];
    if (!rank) {
      const chosen = findSpan({ annotations } as never, otherClaim);
      return chosen ? [chosen] : list;
    }
    for (const id of openIds)
      for (const s of annotations[id] ?? [])
        if (s.label === 'Claim' && s.id !== span.id && !s.id.startsWith('pending-')) list.push(s);
    return list;
  }, [annotations, openIds, span.id, rank, otherClaim]);
  const links = relationsOf(span.id, relations);

  return (
    <div className="inspector-body">
      <p className="inspector-quote">
        <span className="chip" style={{ backgroundColor: label?.colour ?? '#888888' }} aria-hidden="true" />“
        {truncateQuote(span.quote, 200)}”
        {span.fragments && <span className="badge">{span.fragments.length} fragments</span>}
      </p>
      <label className="field">
        <span>Label</span>
        <select value={span.label} onChange={(e) => void actions.updateSelected({ label: e.currentTarget.value })}>
          {(schema?.labels ?? []).map((l) => (
            <option key={l.name} value={l.name}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      {(label?.attributes ?? []).map((attr) => (
        <label className="field" key={attr.name}>
          <span>{attr.name}</span>
          <select
            value={span.attributes[attr.name] ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              const next = { ...span.attributes };
              if (value) next[attr.name] = value;
              else delete next[attr.name];
              void actions.updateSelected({ attributes: next });
            }}
          >
            <option value="">—</option>
            {attr.values.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
      ))}
      <div className="field">
        <span id="note-label">Note</span>
        <NoteEditor label="Note" html={span.note ?? ''} onSave={(note) => void actions.updateSelected({ note })} />
      </div>
      <dl className="meta">
        <dt>Author</dt>
        <dd>{span.author || '—'}</dd>
        <dt>Created</dt>
        <dd>{when(span.created)}</dd>
        <dt>Modified</dt>
        <dd>{when(span.modified)}</dd>
        <dt>Document</dt>
        <dd>{titleOf(span.documentId)}</dd>
      </dl>

      <h3 className="inspector-heading">Links</h3>
      {links.length === 0 && <p className="hint">No links yet.</p>}
      <ul className="link-list" aria-label="Links">
        {links.map(({ relation, other, outgoing }) => (
          <li key={relation.id} className="link-item">
            <button type="button" className="link-target" onClick={() => void actions.jumpToSpan(other)}>
              {outgoing ? relation.type : `${relation.type} (from)`} → {describe(other)}
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove link ${relation.type} ${describe(other)}`}
              title="Remove this link"
              onClick={() => void actions.unlink(relation.id)}
            >
              <X aria-hidden="true" size={16} strokeWidth={1.75} />
            </button>
          </li>
        ))}
      </ul>

      {isClaim && (
        <div className="inspector-row">
          <label className="field grow">
            <span>Pick a source</span>
            <select
              value={sourceChoice}
              onChange={(e) => setSourceChoice(e.currentTarget.value)}
              onFocus={wantOptions}
              onMouseDown={wantOptions}
            >
              <option value="">—</option>
              {fill(choices, (c) => c.span.id === sourceChoice).map((c) => (
                <option key={c.span.id} value={c.span.id}>
                  {truncateQuote(c.span.quote, 50)}
                  {c.where === 'elsewhere' ? ` (${titleOf(c.span.documentId)})` : ''}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button"
            disabled={!sourceChoice}
            title="Attribute this claim to the source (or press a)"
            onClick={() => {
              void actions.link(ATTRIBUTED_TO, span.id, sourceChoice);
              setSourceChoice('');
            }}
          >
            Attribute
          </button>
        </div>
      )}

      {isClaim && (
        <>
          <h3 className="inspector-heading">Compare with another claim</h3>
          <div className="inspector-row">
            <label className="field grow">
              <span>Other claim</span>
              <select
                value={otherClaim}
                onChange={(e) => setOtherClaim(e.currentTarget.value)}
                onFocus={wantOptions}
                onMouseDown={wantOptions}
              >
                <option value="">—</option>
                {fill(otherClaims, (c) => c.id === otherClaim).map((c) => (
                  <option key={c.id} value={c.id}>
                    {truncateQuote(c.quote, 50)} ({titleOf(c.documentId)})
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="inspector-row">
            {['contradicts', 'supports']
              .filter((t) => schema?.relationTypes.some((r) => r.name === t))
              .map((t) => (
                <button
                  key={t}
                  type="button"
                  className="button"
                  disabled={!otherClaim}
                  onClick={() => void actions.link(t, span.id, otherClaim).then(() => setOtherClaim(''))}
                >
                  {t === 'contradicts' ? 'Contradicts' : 'Supports'}
                </button>
              ))}
          </div>

          <h3 className="inspector-heading">Claim group</h3>
          {group ? (
            <GroupEditor
              key={`${group.id}|${group.statement}`}
              groupId={group.id}
              statement={group.statement}
              members={group.members}
              spanId={span.id}
              describe={describe}
            />
          ) : (
            <>
              <div className="inspector-row">
                <button
                  type="button"
                  className="button"
                  onClick={() => void actions.newClaimGroup(span.id, truncateQuote(span.quote, 200))}
                >
                  New claim group
                </button>
              </div>
              {groups.length > 0 && (
                <div className="inspector-row">
                  <label className="field grow">
                    <span>Claim group</span>
                    <select value={groupChoice} onChange={(e) => setGroupChoice(e.currentTarget.value)}>
                      <option value="">—</option>
                      {groups.map((g) => (
                        <option key={g.id} value={g.id}>
                          {truncateQuote(g.statement || '(no statement)', 60)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button
                    type="button"
                    className="button"
                    disabled={!groupChoice}
                    onClick={() => void actions.addToGroup(groupChoice, span.id)}
                  >
                    Add to group
                  </button>
                </div>
              )}
            </>
          )}
        </>
      )}

      <div className="inspector-row end">
        <button type="button" className="button danger" onClick={() => void actions.deleteSelected()}>
          Delete
        </button>
      </div>
    </div>
  );
}

function GroupEditor(props: {
  groupId: string;
  statement: string;
  members: readonly string[];
  spanId: string;
  describe: (id: string) => string;
}) {
  const actions = useActions();
  const [statement, setStatement] = useState(props.statement);
  const commit = (): void => {
    if (statement !== props.statement) void actions.setGroupStatement(props.groupId, statement);
  };
  return (
    <div className="group-editor">
      <label className="field">
        <span>Canonical statement</span>
        <input
          type="text"
          value={statement}
          onChange={(e) => setStatement(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      </label>
      <ul className="link-list" aria-label="Group members">
        {props.members.map((m) => (
          <li key={m} className={m === props.spanId ? 'link-item is-self' : 'link-item'}>
            <button type="button" className="link-target" onClick={() => void actions.jumpToSpan(m)}>
              {props.describe(m)}
            </button>
          </li>
        ))}
      </ul>
      <div className="inspector-row">
        <button
          type="button"
          className="button"
          onClick={() => void actions.removeFromGroup(props.groupId, props.spanId)}
        >
          Leave group
        </button>
        <button type="button" className="button danger" onClick={() => void actions.deleteGroup(props.groupId)}>
          Delete group
        </button>
      </div>
    </div>
  );
}
