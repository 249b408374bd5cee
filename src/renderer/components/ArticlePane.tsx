import { memo, useRef, useState, type CSSProperties } from 'react';
import { NotebookPen, Pencil, RefreshCw, StickyNote, X } from 'lucide-react';
import type { CollateDocument, SpanAnnotation } from '../../core/model';
import { IMPORT_ACCEPT } from '../../core/text-extraction/importable-formats';
import { pickInnermost } from '../article-view/hit-test';
import { caretOffset, moveCaret, type CaretMove } from '../article-view/pane-registry';
import type { SpanFlags } from '../article-view/span-decorations';
import type { DocumentChanges } from '../state/actions/edits';
import { ArticleText, type Overlay } from './ArticleText';
import type { SuggestionHighlight } from '../article-view/span-decorations';
import { NoteEditor } from './LazyNoteEditor';

interface Props {
  readonly document: CollateDocument;
  readonly spans: readonly SpanAnnotation[];
  readonly colours: ReadonlyMap<string, string>;
  readonly flags: SpanFlags;
  readonly overlay: Overlay;
  readonly hideBoilerplate: boolean;
  readonly reimportLine: string | undefined;
  readonly style: CSSProperties;
  readonly suggestions?: readonly SuggestionHighlight[];
  readonly onSelectSpan: (id: string) => void;
  readonly onPickSpan: (ids: readonly string[], x: number, y: number) => void;
  readonly onDragLink: (fromId: string, toId: string) => void;
  readonly onClose: (id: string) => void;
  readonly onUse: (id: string) => void;
  readonly onUpdate: (id: string, changes: DocumentChanges) => void;
  readonly onReimport: (id: string, file: File) => void;
  readonly onScroll: (id: string, el: HTMLElement) => void;
}

/** Arrow keys in a focused article move a keyboard caret; Shift extends, Ctrl by word, Ctrl+↑↓ by sentence. */
function caretKey(event: React.KeyboardEvent): { move: CaretMove; direction: 1 | -1; extend: boolean } | null {
  if (event.altKey || event.metaKey) return null;
  const extend = event.shiftKey;
  if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
    return { move: event.ctrlKey ? 'word' : 'char', direction: event.key === 'ArrowRight' ? 1 : -1, extend };
  }
  if ((event.key === 'Home' || event.key === 'End') && event.ctrlKey) {
    return { move: 'document', direction: event.key === 'End' ? 1 : -1, extend };
  }
  if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && event.ctrlKey) {
    return { move: 'sentence', direction: event.key === 'ArrowDown' ? 1 : -1, extend };
  }
  return null;
}

export const ArticlePane = memo(function ArticlePane(props: Props) {
  const { document: doc, onUse } = props;
  const [editing, setEditing] = useState(false);
  const [showNote, setShowNote] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const meta = [doc.outlet, doc.author, doc.published].filter((x): x is string => !!x);
  return (
    <article
      className="pane"
      aria-label={doc.title}
      data-pane-id={doc.id}
      tabIndex={-1}
      onFocus={() => onUse(doc.id)}
      style={props.style}
    >
      <header className="pane-header">
        <div className="pane-titles">
          <h2 className="pane-title" title={doc.title}>
            {doc.title}
          </h2>
          {meta.length > 0 && (
            <p className="pane-meta" title={meta.join(' · ')}>
              {meta.join(' · ')}
            </p>
          )}
          <p className="pane-source" title={doc.source}>
            {doc.source}
          </p>
          {props.reimportLine && (
            <p className="pane-reimport" role="status" aria-label={`Re-import result for ${doc.title}`}>
              {props.reimportLine}
            </p>
          )}
        </div>
        <div className="pane-actions">
          <button
            type="button"
            className="icon-button small"
            aria-expanded={editing}
            aria-label={`Edit details of ${doc.title}`}
            title="Edit title, outlet, author, date"
            onClick={() => setEditing((e) => !e)}
          >
            <Pencil aria-hidden="true" size={16} strokeWidth={1.75} />
          </button>
          <button
            type="button"
            className="icon-button small"
            aria-expanded={showNote}
            aria-label={`Document note of ${doc.title}`}
            title="Document note"
            onClick={() => setShowNote((n) => !n)}
          >
            {doc.note ? (
              <NotebookPen aria-hidden="true" size={16} strokeWidth={1.75} />
            ) : (
              <StickyNote aria-hidden="true" size={16} strokeWidth={1.75} />
            )}
          </button>
          <button
            type="button"
            className="icon-button small"
            aria-label={`Re-import ${doc.title}`}
            title="Re-import… (a new version of the file)"
            onClick={() => file.current?.click()}
          >
            <RefreshCw aria-hidden="true" size={16} strokeWidth={1.75} />
          </button>
          <input
            ref={file}
            type="file"
            hidden
            accept={IMPORT_ACCEPT}
            onChange={(e) => {
              const chosen = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (chosen) props.onReimport(doc.id, chosen);
            }}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Close ${doc.title}`}
            title={`Close ${doc.title}`}
            onClick={() => props.onClose(doc.id)}
          >
            <X aria-hidden="true" size={16} strokeWidth={1.75} />
          </button>
        </div>
      </header>
      {editing && (
        <DetailsForm
          document={doc}
          onSave={(c) => {
            props.onUpdate(doc.id, c);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      {showNote && (
        <section className="doc-note" aria-label={`Note on ${doc.title}`}>
          <NoteEditor label="Document note" html={doc.note ?? ''} onSave={(note) => props.onUpdate(doc.id, { note })} />
        </section>
      )}
      <div
        className={props.hideBoilerplate ? 'pane-scroll hide-boilerplate' : 'pane-scroll'}
        tabIndex={0}
        aria-label={`Text of ${doc.title}`}
        onMouseDown={() => onUse(doc.id)}
        onScroll={(e) => props.onScroll(doc.id, e.currentTarget)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.ctrlKey && !event.altKey && !event.shiftKey) {
            // Enter selects the innermost span at the keyboard caret.
            const at = caretOffset(doc.id);
            if (at === null) return;
            const innermost = pickInnermost(
              props.spans.filter((s) => !s.orphaned && (s.fragments ?? [s]).some((f) => f.start <= at && at <= f.end)),
            );
            if (innermost) {
              event.preventDefault();
              props.onSelectSpan(innermost.id);
            }
            return;
          }
          const key = caretKey(event);
          if (!key) return;
          event.preventDefault();
          onUse(doc.id);
          moveCaret(doc.id, key.move, key.direction, key.extend);
        }}
      >
        <ArticleText
          documentId={doc.id}
          text={doc.text}
          spans={props.spans}
          colours={props.colours}
          flags={props.flags}
          overlay={props.overlay}
          onSelectSpan={props.onSelectSpan}
          onPickSpan={props.onPickSpan}
          onDragLink={props.onDragLink}
          {...(props.suggestions ? { suggestions: props.suggestions } : {})}
        />
      </div>
    </article>
  );
});

function DetailsForm({
  document: doc,
  onSave,
  onCancel,
}: {
  document: CollateDocument;
  onSave: (c: DocumentChanges) => void;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState({
    title: doc.title,
    outlet: doc.outlet ?? '',
    author: doc.author ?? '',
    published: doc.published ?? '',
  });
  const field = (key: keyof typeof fields, label: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        value={fields[key]}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setFields((f) => ({ ...f, [key]: v }));
        }}
      />
    </label>
  );
  return (
    <form
      className="details-form"
      aria-label={`Details of ${doc.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        const changes: DocumentChanges = {};
        if (fields.title.trim() && fields.title !== doc.title) changes.title = fields.title.trim();
        if (fields.outlet !== (doc.outlet ?? '')) changes.outlet = fields.outlet;
        if (fields.author !== (doc.author ?? '')) changes.author = fields.author;
        if (fields.published !== (doc.published ?? '')) changes.published = fields.published;
        if (Object.keys(changes).length > 0) onSave(changes);
        else onCancel();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      {field('title', 'Title')}
      {field('outlet', 'Outlet')}
      {field('author', 'Author')}
      {field('published', 'Published')}
      <div className="inspector-row">
        <button type="submit" className="button primary">
          Save details
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
