import { useMemo, useState, type KeyboardEvent } from 'react';
import type { LibraryRow } from '../../api/library-rows';
import { useRowWindow } from '../hooks/use-row-window';
import { rowAfterKey } from '../state/list-window';
import type { CountsOf } from '../state/library-view';
import { useActions, useAppState } from './app-context';

const ROW_HEIGHT = 46;
const PAGE_ROWS = 10;

const optionId = (id: string): string => `library-option-${id}`;

function metaLine(doc: LibraryRow, spans: number | undefined): string {
  const parts = [doc.outlet, doc.published];
  if (spans !== undefined) parts.push(`${spans} annotation${spans === 1 ? '' : 's'}`);
  if (doc.done) parts.push('done');
  const line = parts.filter(Boolean).join(' · ') || doc.source;
  const tags = (doc.tags ?? []).map((t) => `#${t}`).join(' ');
  return tags ? `${line} · ${tags}` : line;
}

/**
 * The library's documents as a multi-select listbox that renders only the rows in view, so ten
 * thousand documents scroll as lightly as ten. A click opens and leaves the selection alone; the
 * row's box, Ctrl/⌘ click and Shift click select. ↑/↓/Page/Home/End move (Shift extends), Space
 * toggles, Enter opens, Ctrl+A selects all, Delete removes.
 */
export function DocumentList({
  documents,
  counts,
  pending = 0,
}: {
  documents: readonly LibraryRow[];
  counts: CountsOf;
  /** Rows still being loaded after these: the list keeps their room, so its length and scrollbar are right. */
  pending?: number;
}) {
  const actions = useActions();
  const openIds = useAppState((s) => s.openIds);
  const selected = useAppState((s) => s.library.selected);
  const anchor = useAppState((s) => s.library.anchor);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const { ref, window, scrollToRow } = useRowWindow<HTMLDivElement>(documents.length + pending, ROW_HEIGHT);
  const [activeId, setActiveId] = useState<string | null>(null);
  const activeIndex = documents.findIndex((d) => d.id === (activeId ?? anchor));

  const moveTo = (index: number, extend: boolean): void => {
    const doc = documents[index];
    if (!doc) return;
    setActiveId(doc.id);
    scrollToRow(index);
    actions.clickDocument(doc.id, { shift: extend, toggle: false });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const current = Math.max(0, activeIndex);
    const next = rowAfterKey(event.key, activeIndex < 0 ? -1 : current, documents.length, PAGE_ROWS);
    if (next !== null) {
      event.preventDefault();
      moveTo(activeIndex < 0 && event.key === 'ArrowDown' ? 0 : next, event.shiftKey);
      return;
    }
    const active = documents[current];
    if (event.key === 'Enter' && active) {
      event.preventDefault();
      void actions.openDocument(active.id);
    } else if (event.key === ' ' && active) {
      event.preventDefault();
      actions.clickDocument(active.id, { shift: false, toggle: true });
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      actions.selectAllDocuments();
    } else if (event.key === 'Delete' && selected.length > 0) {
      event.preventDefault();
      void actions.removeDocuments(selected);
    }
  };

  const rows = documents.slice(window.first, window.end);
  const active = documents[activeIndex];
  return (
    <div
      ref={ref}
      className="document-list"
      role="listbox"
      aria-label="Documents"
      aria-multiselectable="true"
      tabIndex={0}
      aria-activedescendant={
        active && activeIndex >= window.first && activeIndex < window.end ? optionId(active.id) : undefined
      }
      onKeyDown={onKeyDown}
    >
      <div style={{ height: window.before }} aria-hidden="true" />
      {rows.map((doc, i) => {
        const index = window.first + i;
        const open = openIds.includes(doc.id);
        const isSelected = selectedSet.has(doc.id);
        const spans = counts(doc.id)?.spans;
        const classes = [
          'document-row',
          open && 'is-open',
          isSelected && 'is-selected',
          doc.id === active?.id && 'is-active',
        ];
        return (
          <div
            key={doc.id}
            id={optionId(doc.id)}
            role="option"
            aria-selected={isSelected}
            aria-current={open ? 'true' : undefined}
            aria-label={doc.title}
            aria-describedby={`${optionId(doc.id)}-meta`}
            aria-posinset={index + 1}
            aria-setsize={documents.length + pending}
            className={classes.filter(Boolean).join(' ')}
            style={{ height: ROW_HEIGHT }}
            title={`${doc.title}\n${doc.source}`}
            onMouseDown={(event) => {
              if (event.shiftKey) event.preventDefault(); // no text selection on Shift+click
            }}
            onClick={(event) => {
              setActiveId(doc.id);
              const onBox = (event.target as HTMLElement).closest('.row-check') !== null;
              const modifiers = { shift: event.shiftKey, toggle: onBox || event.ctrlKey || event.metaKey };
              actions.clickDocument(doc.id, modifiers);
              if (!modifiers.shift && !modifiers.toggle) void actions.openDocument(doc.id);
            }}
          >
            <span className="row-check" aria-hidden="true" title={isSelected ? 'Deselect' : 'Select'} />
            <span className="document-title">{doc.title}</span>
            <span className="document-meta" id={`${optionId(doc.id)}-meta`}>
              {metaLine(doc, spans)}
            </span>
          </div>
        );
      })}
      <div
        style={{ height: window.after + (window.end - window.first - rows.length) * ROW_HEIGHT }}
        aria-hidden="true"
      />
    </div>
  );
}
