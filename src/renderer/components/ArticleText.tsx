import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { SpanAnnotation } from '../../core/model';
import { ArticleView, type TextMark } from '../article-view/article-view';
import { startDragLink } from '../article-view/drag-link';
import {
  keyboardSelection,
  offsetAtPoint,
  onKeyboardSelection,
  registerPane,
  setCaret,
} from '../article-view/pane-registry';
import type { SpanFlags, SuggestionHighlight } from '../article-view/span-decorations';
import type { SearchHit } from '../state/search';

export interface Overlay {
  readonly hits: readonly SearchHit[];
  /** Index in `hits` of the current hit, or -1. */
  readonly current: number;
  readonly boilerplate: ReadonlyArray<{ start: number; end: number; reason: string }>;
  readonly pending: ReadonlyArray<{ start: number; end: number }>;
  /** A place opened from a corpus search hit, flashed and scrolled to; `key` changes per opening. */
  readonly flash?: { readonly start: number; readonly end: number; readonly key: number } | null;
}

interface Props {
  readonly documentId: string;
  readonly text: string;
  readonly spans: readonly SpanAnnotation[];
  readonly colours: ReadonlyMap<string, string>;
  readonly flags: SpanFlags;
  readonly overlay: Overlay;
  readonly onSelectSpan: (id: string) => void;
  readonly onPickSpan: (ids: readonly string[], x: number, y: number) => void;
  readonly onDragLink: (fromId: string, toId: string) => void;
  /** The assistant's open suggestions, drawn as faint dashed outlines. */
  readonly suggestions?: readonly SuggestionHighlight[];
}

const NO_SUGGESTIONS: readonly SuggestionHighlight[] = [];

function overlayMarks(overlay: Overlay): TextMark[] {
  const marks: TextMark[] = [];
  for (const b of overlay.boilerplate)
    marks.push({
      start: b.start,
      end: b.end,
      attrs: { class: 'boilerplate', title: `Flagged as boilerplate: ${b.reason}` },
    });
  for (const f of overlay.pending) marks.push({ start: f.start, end: f.end, attrs: { class: 'pending-fragment' } });
  overlay.hits.forEach((hit, i) =>
    marks.push({
      start: hit.start,
      end: hit.end,
      attrs: { class: i === overlay.current ? 'search-hit is-current' : 'search-hit' },
    }),
  );
  if (overlay.flash && overlay.flash.end > overlay.flash.start)
    marks.push({ start: overlay.flash.start, end: overlay.flash.end, attrs: { class: 'corpus-flash' } });
  return marks;
}

/** The spans under a DOM target, innermost element first. */
function spansUnder(target: EventTarget | null, stop: Element): string[] {
  const ids: string[] = [];
  for (let el = target instanceof Element ? target : null; el && el !== stop; el = el.parentElement) {
    const id = el.getAttribute('data-span-id');
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** A read-only article text: the DOM is built once per text, highlights are painted line by line. */
export const ArticleText = memo(function ArticleText({
  documentId,
  text,
  spans,
  colours,
  flags,
  overlay,
  onSelectSpan,
  onPickSpan,
  onDragLink,
  suggestions = NO_SUGGESTIONS,
}: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useMemo(() => new ArticleView(text), [text]);
  const marks = useMemo(() => overlayMarks(overlay), [overlay]);

  useLayoutEffect(() => {
    host.current?.replaceChildren(view.dom);
    const unregister = registerPane(documentId, view);
    const detach = view.attach();
    view.setKeyboard(keyboardSelection(documentId));
    const unlisten = onKeyboardSelection(documentId, () => view.setKeyboard(keyboardSelection(documentId)));
    return () => {
      unlisten();
      detach();
      unregister();
    };
  }, [documentId, view]);

  useLayoutEffect(() => view.update(spans, flags, colours), [view, spans, colours, flags]);
  useLayoutEffect(() => view.setSuggestions(suggestions), [view, suggestions]);
  useLayoutEffect(() => view.setMarks(marks), [view, marks]);

  // Scrolls the current search hit into view.
  useLayoutEffect(() => {
    if (overlay.current < 0) return;
    const frame = requestAnimationFrame(() =>
      view.dom.querySelector('.search-hit.is-current')?.scrollIntoView({ block: 'center', inline: 'nearest' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [view, overlay]);

  // Scrolls a place opened from a corpus search hit into view.
  const flashKey = overlay.flash?.key;
  useLayoutEffect(() => {
    if (flashKey === undefined) return;
    const frame = requestAnimationFrame(() =>
      view.dom.querySelector('.corpus-flash')?.scrollIntoView({ block: 'center', inline: 'nearest' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [view, flashKey]);

  return (
    <div
      ref={host}
      className="article-body"
      onMouseDown={(event) => {
        // Pressing in the article takes the keyboard away from any note or field, to the pane's text.
        const pane = event.currentTarget.closest<HTMLElement>('.pane-scroll');
        const active = document.activeElement;
        if (pane && active instanceof HTMLElement && !pane.contains(active)) pane.focus({ preventScroll: true });
        startDragLink(event.nativeEvent, onDragLink);
      }}
      onClick={(event) => {
        const selection = document.getSelection();
        if (selection && !selection.isCollapsed) return;
        const ids = spansUnder(event.target, event.currentTarget);
        if (ids.length > 1) {
          // Overlapping spans: the innermost first, then the others.
          const size = (id: string): [number, number] => {
            const s = view.span(id);
            return s ? [s.end - s.start, s.start] : [0, 0];
          };
          ids.sort((a, b) => {
            const [la, sa] = size(a);
            const [lb, sb] = size(b);
            return la - lb || sb - sa;
          });
          onPickSpan(ids, event.clientX, event.clientY);
        } else if (ids.length === 1) onSelectSpan(ids[0]!);
        else {
          const at = offsetAtPoint(documentId, event.clientX, event.clientY);
          if (at !== null) setCaret(documentId, at);
        }
      }}
    />
  );
});
