import { Fragment, useCallback, useMemo, useRef } from 'react';
import type { SpanAnnotation } from '../../core/model';
import type { SpanFlags } from '../article-view/span-decorations';
import type { DocumentChanges } from '../state/actions/edits';
import { contradictedSpans, groupPeers, relationsOf } from '../state/links';
import type { SearchHit } from '../state/search';
import { useLayerSpans } from '../hooks/use-layer-spans';
import { useActions, useAppState } from './app-context';
import { ArticlePane } from './ArticlePane';
import type { Overlay } from './ArticleText';

const NO_SPANS: readonly SpanAnnotation[] = [];
const NO_HITS: readonly SearchHit[] = [];
const NO_RANGES: ReadonlyArray<{ start: number; end: number; reason: string }> = [];
const NO_SET: ReadonlySet<string> = new Set();

export function PaneArea() {
  const actions = useActions();
  const openIds = useAppState((s) => s.openIds);
  const loaded = useAppState((s) => s.loaded);
  const layer = useAppState((s) => s.articleLayer);
  const annotations = useLayerSpans(
    useAppState((s) => s.annotations),
    layer,
  );
  const selectedId = useAppState((s) => s.selectedAnnotationId);
  const groups = useAppState((s) => s.claimGroups);
  const relations = useAppState((s) => s.relations);
  const labels = useAppState((s) => s.workspace?.schema.labels);
  const search = useAppState((s) => s.search);
  const pending = useAppState((s) => s.pendingFragments);
  const flash = useAppState((s) => s.flash);
  const hideBoilerplate = useAppState((s) => s.hideBoilerplate);
  const layout = useAppState((s) => s.layout);
  const sizes = useAppState((s) => s.paneSizes);
  const syncScroll = useAppState((s) => s.syncScroll);
  const reimportLines = useAppState((s) => s.reimportLines);
  const suggestionsOn = useAppState((s) => s.suggestionsOn);
  const suggestions = useAppState((s) => s.suggestions);
  const colours = useMemo(() => new Map((labels ?? []).map((l) => [l.name, l.colour])), [labels]);
  const select = useCallback((id: string) => actions.selectAnnotation(id), [actions]);
  const pick = useCallback(
    (ids: readonly string[], x: number, y: number) => actions.showSpanPicker(ids, x, y),
    [actions],
  );
  const dragLink = useCallback(
    (from: string, to: string) => {
      void actions.link('attributed-to', from, to);
    },
    [actions],
  );
  const close = useCallback((id: string) => actions.closeDocument(id), [actions]);
  const use = useCallback((id: string) => actions.paneUsed(id), [actions]);
  const update = useCallback((id: string, c: DocumentChanges) => void actions.updateDocument(id, c), [actions]);
  const reimport = useCallback((id: string, f: File) => void actions.reimport(id, f), [actions]);
  const syncing = useRef(false);
  const onScroll = useCallback(
    (id: string, el: HTMLElement) => {
      if (!syncScroll || syncing.current) return;
      const ratio = el.scrollTop / Math.max(1, el.scrollHeight - el.clientHeight);
      syncing.current = true;
      for (const other of document.querySelectorAll<HTMLElement>('.pane .pane-scroll')) {
        if (other === el) continue;
        other.scrollTop = ratio * (other.scrollHeight - other.clientHeight);
      }
      requestAnimationFrame(() => (syncing.current = false));
      void id;
    },
    [syncScroll],
  );

  // The selected span's claim-group peers and linked spans are marked in every pane.
  const peers = useMemo(() => groupPeers(selectedId, groups), [selectedId, groups]);
  const linked = useMemo(
    () => new Set(selectedId ? relationsOf(selectedId, relations).map((r) => r.other) : []),
    [selectedId, relations],
  );
  // One flags object for every pane: each pane's highlights diff only the spans whose class changes.
  const contradicted = useMemo(() => contradictedSpans(relations), [relations]);
  const flags = useMemo<SpanFlags>(
    () => ({
      selectedId,
      peerIds: peers.size ? peers : NO_SET,
      linkedIds: linked.size ? linked : NO_SET,
      contradictedIds: contradicted.size ? contradicted : NO_SET,
    }),
    [selectedId, peers, linked, contradicted],
  );
  const overlays = useRef(new Map<string, Overlay>());
  const overlayFor = (id: string, boilerplate: Overlay['boilerplate']): Overlay => {
    const hits = search.hits.filter((h) => h.documentId === id);
    const currentHit = search.hits[search.current];
    const current = currentHit && currentHit.documentId === id ? hits.indexOf(currentHit) : -1;
    const fragments = pending && pending.documentId === id ? pending.fragments : NO_RANGES;
    const flashHere = flash && flash.documentId === id ? flash : null;
    const prev = overlays.current.get(id);
    if (
      prev &&
      prev.current === current &&
      prev.boilerplate === boilerplate &&
      prev.pending === fragments &&
      prev.flash === flashHere &&
      prev.hits.length === hits.length &&
      prev.hits.every((h, i) => h === hits[i])
    )
      return prev;
    const next: Overlay = {
      hits: hits.length ? hits : NO_HITS,
      current,
      boilerplate,
      pending: fragments,
      flash: flashHere,
    };
    overlays.current.set(id, next);
    return next;
  };

  if (openIds.length === 0) {
    return (
      <div className="panes empty">
        <p className="hint">Open a document from the library. Up to four sit side by side.</p>
      </div>
    );
  }
  const horizontal = layout !== 'rows';
  return (
    <div className={`panes layout-${layout}`} data-layout={layout}>
      {openIds.map((id, i) => {
        const doc = loaded[id];
        if (!doc) return null;
        const spans = annotations[id] ?? NO_SPANS;
        const grow = sizes[id] ?? 1;
        return (
          <Fragment key={id}>
            {i > 0 && layout !== 'grid' && <Splitter before={openIds[i - 1]!} after={id} horizontal={horizontal} />}
            <ArticlePane
              document={doc}
              {...(suggestionsOn && suggestions[id] ? { suggestions: suggestions[id] } : {})}
              spans={spans}
              colours={colours}
              flags={flags}
              overlay={overlayFor(id, doc.boilerplate ?? NO_RANGES)}
              hideBoilerplate={hideBoilerplate}
              reimportLine={reimportLines[id]}
              style={layout === 'grid' ? {} : { flexGrow: grow }}
              onSelectSpan={select}
              onPickSpan={pick}
              onDragLink={dragLink}
              onClose={close}
              onUse={use}
              onUpdate={update}
              onReimport={reimport}
              onScroll={onScroll}
            />
          </Fragment>
        );
      })}
    </div>
  );
}

/** Drag (or arrow keys) to share the room between two neighbouring panes. */
function Splitter({ before, after, horizontal }: { before: string; after: string; horizontal: boolean }) {
  const actions = useActions();
  const sizes = useAppState((s) => s.paneSizes);
  const titles = useAppState((s) => s.loaded);
  const a = sizes[before] ?? 1;
  const b = sizes[after] ?? 1;
  const shift = (delta: number): void => {
    const total = a + b;
    const nextA = Math.max(0.2, Math.min(total - 0.2, a + delta));
    actions.setPaneSize(before, nextA);
    actions.setPaneSize(after, total - nextA);
  };
  return (
    <div
      className={horizontal ? 'splitter vertical' : 'splitter horizontal'}
      role="separator"
      aria-orientation={horizontal ? 'vertical' : 'horizontal'}
      aria-label={`Resize ${titles[before]?.title ?? ''} and ${titles[after]?.title ?? ''}`}
      aria-valuenow={Math.round((a / (a + b)) * 100)}
      aria-valuemin={0}
      aria-valuemax={100}
      tabIndex={0}
      onKeyDown={(e) => {
        const grow: Record<string, number> = horizontal
          ? { ArrowRight: 1, ArrowLeft: -1 }
          : { ArrowDown: 1, ArrowUp: -1 };
        const d = grow[e.key];
        if (d === undefined) return;
        e.preventDefault();
        shift(d * 0.1 * (a + b));
      }}
      onMouseDown={(e) => {
        e.preventDefault();
        const el = e.currentTarget;
        const prev = el.previousElementSibling as HTMLElement | null;
        const next = el.nextElementSibling as HTMLElement | null;
        if (!prev || !next) return;
        const start = horizontal ? e.clientX : e.clientY;
        const size = (x: HTMLElement): number =>
          horizontal ? x.getBoundingClientRect().width : x.getBoundingClientRect().height;
        const [pa, pb] = [size(prev), size(next)];
        const total = a + b;
        const move = (m: MouseEvent): void => {
          const delta = (horizontal ? m.clientX : m.clientY) - start;
          const share = Math.max(0.1, Math.min(0.9, (pa + delta) / (pa + pb)));
          actions.setPaneSize(before, share * total);
          actions.setPaneSize(after, (1 - share) * total);
        };
        const up = (): void => {
          window.removeEventListener('mousemove', move);
          window.removeEventListener('mouseup', up);
        };
        window.addEventListener('mousemove', move);
        window.addEventListener('mouseup', up);
      }}
    />
  );
}
