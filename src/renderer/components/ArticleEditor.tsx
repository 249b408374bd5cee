import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { SpanAnnotation } from '../../core/model';
import { textToDocContent } from '../editor/doc-content';
import { Highlights, highlightsPatchTransaction, highlightsTransaction, overlayTransaction, suggestionsTransaction, type OverlaySpec } from '../editor/highlight-plugin';
import { buildLineIndex, textToPos, type LineIndex } from '../editor/offsets';
import { keyboardSelection, offsetAtPoint, onKeyboardSelection, registerPane, setCaret } from '../editor/pane-registry';
import { ArticleDocument, ArticleParagraph, ArticleText } from '../editor/schema-nodes';
import { assignLanes, buildDecorationSpecs, fallbackColour, freeLane, rangeToLinePositions, spanClass, specsForSpan, suggestionSpecs, type DecorationSpec, type SpanFlags, type SuggestionHighlight } from '../editor/span-decorations';
import type { SearchHit } from '../state/search';

const EXTENSIONS = [ArticleDocument, ArticleParagraph, ArticleText, Highlights];
/** Above this many changed spans a full rebuild is cheaper than patching. */
const PATCH_LIMIT = 400;
/**
 * A document with more spans than this gets highlights only near the viewport: the text is all
 * there (tiptap renders it once), but only the spans of the lines around what is on screen become
 * decorations, redrawn as the pane scrolls. 25,000 span elements would make opening, tagging and
 * scrolling slow; a few hundred do not.
 */
export const WINDOW_MIN_SPANS = 2000;
/** Characters above which paragraphs off screen skip layout. */
const LONG_TEXT = 60_000;
/** Lines drawn above and below the visible ones; the window moves when the view comes within half of it. */
const WINDOW_MARGIN_LINES = 120;

interface LineWindow {
  readonly first: number;
  readonly last: number;
}

/** The first and last line (paragraph) shown in the scroller, by binary search over the paragraphs' boxes. */
function visibleLines(dom: HTMLElement, scroller: HTMLElement): LineWindow {
  const children = dom.children;
  const n = children.length;
  if (n === 0) return { first: 0, last: 0 };
  const box = scroller.getBoundingClientRect();
  const firstBelow = (y: number): number => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (children[mid]!.getBoundingClientRect().bottom < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { first: firstBelow(box.top), last: firstBelow(box.bottom) };
}

export interface Overlay {
  readonly hits: readonly SearchHit[];
  /** Index in `hits` of the current hit, or -1. */
  readonly current: number;
  readonly boilerplate: ReadonlyArray<{ start: number; end: number; reason: string }>;
  readonly pending: ReadonlyArray<{ start: number; end: number }>;
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

interface Drawn {
  readonly index: LineIndex;
  readonly colours: ReadonlyMap<string, string>;
  /** The text range whose spans are drawn (everything when the document is not windowed). */
  readonly lo: number;
  readonly hi: number;
  readonly byId: Map<string, SpanAnnotation>;
  readonly classes: Map<string, string>;
  readonly lanes: Map<string, number>;
}

function overlaySpecs(index: LineIndex, documentId: string, overlay: Overlay): OverlaySpec[] {
  const specs: OverlaySpec[] = [];
  const inline = (start: number, end: number, attrs: Record<string, string>): void => {
    for (const [from, to] of rangeToLinePositions(index, start, end)) specs.push({ from, to, attrs });
  };
  for (const b of overlay.boilerplate) inline(b.start, b.end, { class: 'boilerplate', title: `Flagged as boilerplate: ${b.reason}` });
  for (const f of overlay.pending) inline(f.start, f.end, { class: 'pending-fragment' });
  overlay.hits.forEach((hit, i) => inline(hit.start, hit.end, { class: i === overlay.current ? 'search-hit is-current' : 'search-hit' }));
  const kbd = keyboardSelection(documentId);
  if (kbd) {
    if (kbd.anchor !== kbd.head) inline(Math.min(kbd.anchor, kbd.head), Math.max(kbd.anchor, kbd.head), { class: 'kbd-selection' });
    specs.push({ from: textToPos(index, kbd.head), to: textToPos(index, kbd.head), widget: true, attrs: { class: 'kbd-caret', 'aria-hidden': 'true' } });
  }
  return specs;
}

/** A read-only editor over one text; the document is built once, highlights are decorations. */
export const ArticleEditor = memo(function ArticleEditor({ documentId, text, spans, colours, flags, overlay, onSelectSpan, onPickSpan, onDragLink, suggestions = NO_SUGGESTIONS }: Props) {
  const index = useMemo(() => buildLineIndex(text), [text]);
  const content = useMemo(() => textToDocContent(text), [text]);
  const drawn = useRef<Drawn | null>(null);
  const windowed = spans.length > WINDOW_MIN_SPANS;
  const [lineWindow, setLineWindow] = useState<LineWindow | null>(null);
  const editor = useEditor(
    {
      extensions: EXTENSIONS,
      content,
      editable: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      injectCSS: false,
      enableInputRules: false,
      enablePasteRules: false,
      // A long text lays out only the paragraphs near the viewport (CSS content-visibility); offsets are unchanged.
      editorProps: { attributes: { role: 'document', class: text.length > LONG_TEXT ? 'article-text is-long' : 'article-text', spellcheck: 'false', 'aria-label': 'Article text' } },
    },
    [documentId, text],
  );

  useEffect(() => {
    drawn.current = null;
    return registerPane(documentId, editor.view, index, text);
  }, [documentId, editor, index, text]);

  // A long, heavily tagged document: follow the scroll position and draw the spans near it.
  useEffect(() => {
    if (!windowed || editor.isDestroyed) return;
    const dom = editor.view.dom as HTMLElement;
    const scroller = dom.closest<HTMLElement>('.pane-scroll');
    if (!scroller) return;
    let frame = 0;
    let current: LineWindow | null = null;
    const update = (): void => {
      frame = 0;
      const seen = visibleLines(dom, scroller);
      const half = WINDOW_MARGIN_LINES / 2;
      if (current && seen.first - current.first >= half && current.last - seen.last >= half) return;
      if (current && current.first === 0 && seen.first < half && current.last - seen.last >= half) return;
      current = { first: Math.max(0, seen.first - WINDOW_MARGIN_LINES), last: seen.last + WINDOW_MARGIN_LINES };
      setLineWindow(current);
    };
    const onScroll = (): void => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [windowed, editor]);

  // Highlights: a full build the first time (or when colours or the drawn window change), then only
  // the spans that changed, so tagging one span touches one span's elements.
  useEffect(() => {
    if (editor.isDestroyed || (windowed && !lineWindow)) return;
    const view = editor.view;
    const lo = windowed && lineWindow ? (index.starts[lineWindow.first] ?? 0) : 0;
    const hi = windowed && lineWindow ? (index.starts[lineWindow.last + 1] ?? index.textLength) : Number.POSITIVE_INFINITY;
    const list = windowed ? spans.filter((s) => s.start < hi && s.end > lo) : spans;
    const rebuild = (): void => {
      const lanes = assignLanes(list);
      view.dispatch(highlightsTransaction(view.state, buildDecorationSpecs(index, list, colours, flags.selectedId, flags.peerIds, flags.linkedIds, lanes)));
      drawn.current = {
        index,
        colours,
        lo,
        hi,
        byId: new Map(list.map((s) => [s.id, s])),
        classes: new Map(list.map((s) => [s.id, spanClass(s, flags)])),
        lanes,
      };
    };
    const prev = drawn.current;
    if (!prev || prev.index !== index || prev.colours !== colours || prev.lo !== lo || prev.hi !== hi) return rebuild();
    const remove = new Set<string>();
    const changed: SpanAnnotation[] = [];
    const seen = new Set<string>();
    for (const span of list) {
      seen.add(span.id);
      const before = prev.byId.get(span.id);
      if (before !== span || prev.classes.get(span.id) !== spanClass(span, flags)) {
        if (before) remove.add(span.id);
        changed.push(span);
      }
    }
    for (const id of prev.byId.keys()) if (!seen.has(id)) remove.add(id);
    if (remove.size === 0 && changed.length === 0) return;
    if (changed.length + remove.size > PATCH_LIMIT) return rebuild();
    for (const id of remove) {
      if (!seen.has(id)) {
        prev.byId.delete(id);
        prev.classes.delete(id);
        prev.lanes.delete(id);
      }
    }
    const add: DecorationSpec[] = [];
    for (const span of changed) {
      const before = prev.byId.get(span.id);
      const lane = before && before.start === span.start && before.end === span.end ? (prev.lanes.get(span.id) ?? 0) : freeLane(span, prev.byId.values(), prev.lanes);
      const cls = spanClass(span, flags);
      prev.byId.set(span.id, span);
      prev.classes.set(span.id, cls);
      prev.lanes.set(span.id, lane);
      add.push(...specsForSpan(index, span, colours.get(span.label) ?? fallbackColour, lane, cls));
    }
    view.dispatch(highlightsPatchTransaction(view.state, { remove, add }));
  }, [editor, index, spans, colours, flags, windowed, lineWindow]);

  useEffect(() => {
    if (editor.isDestroyed) return;
    editor.view.dispatch(suggestionsTransaction(editor.view.state, suggestionSpecs(index, suggestions, colours)));
  }, [editor, index, suggestions, colours]);

  const drawOverlay = useCallback(() => {
    if (editor.isDestroyed) return;
    editor.view.dispatch(overlayTransaction(editor.view.state, overlaySpecs(index, documentId, overlay)));
  }, [editor, index, documentId, overlay]);
  useEffect(() => {
    drawOverlay();
    return onKeyboardSelection(documentId, drawOverlay);
  }, [documentId, drawOverlay, editor]);

  // Scrolls the current search hit into view.
  useEffect(() => {
    if (overlay.current < 0 || editor.isDestroyed) return;
    requestAnimationFrame(() => editor.view.dom.querySelector('.search-hit.is-current')?.scrollIntoView({ block: 'center', inline: 'nearest' }));
  }, [editor, overlay]);

  const spansUnder = (target: EventTarget | null, stop: Element): string[] => {
    const ids: string[] = [];
    for (let el = target instanceof Element ? target : null; el && el !== stop; el = el.parentElement) {
      const id = el.getAttribute('data-span-id');
      if (id && !ids.includes(id)) ids.push(id);
    }
    return ids;
  };

  return (
    <EditorContent
      editor={editor}
      className="article-body"
      onMouseDown={(event) => {
        // Dragging from the selected claim onto a source attributes it.
        if (event.button !== 0) return;
        const from = event.target instanceof Element ? event.target.closest('.collate-span.is-selected[data-label="Claim"]') : null;
        const fromId = from?.getAttribute('data-span-id');
        if (!fromId) return;
        event.preventDefault();
        document.body.classList.add('is-linking');
        const up = (e: MouseEvent): void => {
          window.removeEventListener('mouseup', up);
          document.body.classList.remove('is-linking');
          const under = document.elementFromPoint(e.clientX, e.clientY)?.closest('[data-span-id]');
          const toId = under?.getAttribute('data-span-id');
          if (toId && toId !== fromId) onDragLink(fromId, toId);
          else if (toId === fromId) onSelectSpan(fromId);
        };
        window.addEventListener('mouseup', up);
      }}
      onClick={(event) => {
        const selection = document.getSelection();
        if (selection && !selection.isCollapsed) return;
        const ids = spansUnder(event.target, event.currentTarget);
        if (ids.length > 1) {
          // Overlapping spans: the innermost first, then the others.
          const byId = new Map(spans.map((s) => [s.id, s]));
          ids.sort((a, b) => {
            const sa = byId.get(a)!;
            const sb = byId.get(b)!;
            return sa.end - sa.start - (sb.end - sb.start) || sb.start - sa.start;
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
