import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { filterAnnotations, isFiltering } from '../state/annotation-filter';
import { listAnnotations, truncateQuote } from '../state/annotation-list';
import { findSpan } from '../state/app-state';
import { annotatorOf, canEditSpan } from '../state/article-layer';
import { rowAfterKey, rowOffsets, rowWindowAt } from '../state/list-window';
import { useLayerSpans } from '../hooks/use-layer-spans';
import { useActions, useAppState } from './app-context';
import { SidePanelHeading } from './SidePanelHeading';

/** Above this many rows only those near the list's viewport are rendered. */
const WINDOW_MIN_ROWS = 150;
const ROW_ESTIMATE_PX = 64;
const OVERSCAN_PX = 400;
const PAGE_ROWS = 10;

export function AnnotationsPanel() {
  const actions = useActions();
  // Deferred, like the spans: opening a document shows its text first, the list just after.
  const openIds = useDeferredValue(useAppState((s) => s.openIds));
  // Deferred: with tens of thousands of spans the list updates just after the highlight, not before it.
  const annotations = useLayerSpans(
    useDeferredValue(useAppState((s) => s.annotations)),
    useAppState((s) => s.articleLayer),
  );
  const loaded = useDeferredValue(useAppState((s) => s.loaded));
  // Deferred too: tagging or selecting redraws the text first, the list just after.
  const selectedId = useDeferredValue(useAppState((s) => s.selectedAnnotationId));
  const labels = useAppState((s) => s.workspace?.schema.labels);
  const filter = useAppState((s) => s.filter);
  const colourOf = useMemo(() => new Map((labels ?? []).map((l) => [l.name, l.colour])), [labels]);
  const all = useMemo(
    () => listAnnotations(openIds, annotations, (id) => loaded[id]?.title ?? id),
    [openIds, annotations, loaded],
  );
  const matching = useMemo(() => (isFiltering(filter) ? filterAnnotations(all, filter) : all), [all, filter]);
  const items = matching;
  const listed = useMemo(() => selectedId !== null && all.some((a) => a.id === selectedId), [all, selectedId]);
  const editable = useAppState((s) => {
    const span = findSpan(s, s.selectedAnnotationId);
    return !!span && canEditSpan(span, annotatorOf(s));
  });
  const canDelete = listed && editable && !selectedId!.startsWith('pending-');

  // A long list (a document can hold tens of thousands of spans) renders only the rows near its viewport.
  const list = useRef<HTMLUListElement>(null);
  const heights = useRef(new Map<string, number>());
  const [view, setView] = useState({ top: 0, height: 600 });
  const [measured, setMeasured] = useState(0);
  const focusRow = useRef<number | null>(null);
  const windowed = items.length > WINDOW_MIN_ROWS;
  // Rows' tops, so that each render finds its rows by bisection rather than by adding 25,000 heights.
  const offsets = useMemo(
    () => rowOffsets(windowed ? items.length : 0, (i) => heights.current.get(items[i]!.id) ?? ROW_ESTIMATE_PX),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [items, windowed, measured],
  );
  const heightOf = (i: number): number => (i + 1 < offsets.length ? offsets[i + 1]! - offsets[i]! : ROW_ESTIMATE_PX);
  const rowTop = (i: number): number => offsets[Math.min(i, offsets.length - 1)]!;
  const rows = windowed
    ? rowWindowAt(offsets, view.top, view.height, OVERSCAN_PX)
    : { first: 0, end: items.length, before: 0, after: 0 };

  const reveal = (index: number): void => {
    const el = list.current;
    if (!el || !windowed) return;
    const top = rowTop(index);
    const bottom = top + heightOf(index);
    let next = el.scrollTop;
    if (top < next) next = top;
    else if (bottom > next + el.clientHeight) next = bottom - el.clientHeight;
    if (next !== el.scrollTop) el.scrollTop = next;
    setView({ top: next, height: el.clientHeight });
  };

  useLayoutEffect(() => {
    if (focusRow.current === null) return;
    list.current?.querySelector<HTMLElement>(`li[data-index="${focusRow.current}"] .annotation-button`)?.focus();
    focusRow.current = null;
  });
  // Rendered rows are measured in the next frame, when the layout is done anyway.
  useEffect(() => {
    if (!windowed) return;
    const frame = requestAnimationFrame(() => {
      let changed = false;
      for (const li of Array.from(list.current?.children ?? []) as HTMLElement[]) {
        const id = li.dataset['id'];
        const h = li.offsetHeight;
        if (id && h > 0 && heights.current.get(id) !== h) {
          heights.current.set(id, h);
          changed = true;
        }
      }
      if (changed) setMeasured((n) => n + 1);
    });
    return () => cancelAnimationFrame(frame);
  });

  // The selected annotation's row comes into view (when the span was picked in a pane, say).
  const selectedIndex = useMemo(
    () => (selectedId ? items.findIndex((a) => a.id === selectedId) : -1),
    [items, selectedId],
  );
  useEffect(() => {
    if (selectedIndex < 0 || !windowed) return;
    const el = list.current;
    if (!el) return;
    const top = rowTop(selectedIndex);
    if (top < el.scrollTop || top + heightOf(selectedIndex) > el.scrollTop + el.clientHeight) reveal(selectedIndex);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedIndex, windowed]);
  const attributeChoices = useMemo(
    () =>
      (labels ?? [])
        .flatMap((l) => l.attributes.flatMap((a) => a.values.map((v) => `${a.name}=${v}`)))
        .filter((x, i, xs) => xs.indexOf(x) === i),
    [labels],
  );

  return (
    <section className="annotations" aria-label="Annotations">
      <div className="annotations-head">
        <SidePanelHeading panel="annotations">Annotations</SidePanelHeading>
        <button
          type="button"
          className="button danger"
          disabled={!canDelete}
          onClick={() => void actions.deleteSelected()}
        >
          Delete annotation
        </button>
      </div>
      <div className="filters" role="group" aria-label="Filter annotations">
        <select
          aria-label="Filter by label"
          value={filter.label}
          onChange={(e) => actions.setFilter({ label: e.currentTarget.value })}
        >
          <option value="">All labels</option>
          {(labels ?? []).map((l) => (
            <option key={l.name} value={l.name}>
              {l.name}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by document"
          value={filter.documentId}
          onChange={(e) => actions.setFilter({ documentId: e.currentTarget.value })}
        >
          <option value="">All open documents</option>
          {openIds.map((id) => (
            <option key={id} value={id}>
              {loaded[id]?.title ?? id}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by attribute"
          value={filter.attribute}
          onChange={(e) => actions.setFilter({ attribute: e.currentTarget.value })}
        >
          <option value="">Any attribute</option>
          {attributeChoices.map((a) => (
            <option key={a} value={a}>
              {a.replace('=', ': ')}
            </option>
          ))}
        </select>
        <input
          type="search"
          aria-label="Filter by text"
          placeholder="Filter by text"
          value={filter.text}
          onChange={(e) => actions.setFilter({ text: e.currentTarget.value })}
        />
        {isFiltering(filter) && (
          <p className="hint" role="status" aria-label="Annotations shown">
            {`${matching.length} of ${all.length}`} shown
          </p>
        )}
      </div>
      {all.length === 0 && <p className="hint">Select text in an article and press a label (or its key) to tag it.</p>}
      <ul
        ref={list}
        className="annotation-list"
        aria-label="Annotations list"
        style={
          windowed
            ? ({ '--rows-before': `${rows.before}px`, '--rows-after': `${rows.after}px` } as CSSProperties)
            : undefined
        }
        onScroll={(e) => {
          if (windowed) setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight });
        }}
        onKeyDown={(e) => {
          // Arrows, Page Up/Down, Home and End move between rows, including rows not rendered yet.
          const row =
            e.target instanceof HTMLElement && e.target.classList.contains('annotation-button')
              ? e.target.closest('li')
              : null;
          if (!row || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
          const next = rowAfterKey(e.key, Number(row.dataset['index']), items.length, PAGE_ROWS);
          if (next === null) return;
          e.preventDefault();
          if (windowed) {
            focusRow.current = next;
            reveal(next);
          } else list.current?.querySelector<HTMLElement>(`li[data-index="${next}"] .annotation-button`)?.focus();
        }}
      >
        {items.slice(rows.first, rows.end).map((a, k) => (
          <li
            key={a.id}
            data-id={a.id}
            data-index={rows.first + k}
            aria-setsize={items.length}
            aria-posinset={rows.first + k + 1}
            aria-current={a.id === selectedId ? 'true' : undefined}
            className={`annotation${a.id === selectedId ? ' is-selected' : ''}${a.orphaned ? ' is-orphaned' : ''}`}
          >
            <button
              type="button"
              className="annotation-button"
              onClick={() => actions.selectAnnotation(a.id, { scroll: true })}
            >
              <span className="annotation-label">
                <span
                  className="chip"
                  style={{ backgroundColor: colourOf.get(a.label) ?? '#888888' }}
                  aria-hidden="true"
                />
                {a.label}
                {a.fragments && <span className="badge">{a.fragments.length} fragments</span>}
                {a.orphaned && <span className="badge warn">Orphaned</span>}
              </span>
              <span className="annotation-quote">{truncateQuote(a.quote)}</span>
              <span className="annotation-doc">{loaded[a.documentId]?.title ?? a.documentId}</span>
            </button>
            {a.orphaned && (
              <button
                type="button"
                className="button small"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => void actions.reattachSelected(a.id)}
              >
                Re-attach to selection
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
