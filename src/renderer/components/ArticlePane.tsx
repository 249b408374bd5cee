import { memo } from 'react';
import type { CollateDocument, SpanAnnotation } from '../../core/model';
import { ArticleEditor } from './ArticleEditor';

interface Props {
  readonly document: CollateDocument;
  readonly spans: readonly SpanAnnotation[];
  readonly colours: ReadonlyMap<string, string>;
  readonly selectedId: string | null;
  readonly onSelectSpan: (id: string) => void;
  readonly onClose: (id: string) => void;
  readonly onUse: (id: string) => void;
}

export const ArticlePane = memo(function ArticlePane({ document: doc, spans, colours, selectedId, onSelectSpan, onClose, onUse }: Props) {
  return (
    <article className="pane" aria-label={doc.title} data-pane-id={doc.id} tabIndex={-1} onFocus={() => onUse(doc.id)}>
      <header className="pane-header">
        <div className="pane-titles">
          <h2 className="pane-title">{doc.title}</h2>
          <p className="pane-source">{doc.source}</p>
        </div>
        <button type="button" className="icon-button" aria-label={`Close ${doc.title}`} title={`Close ${doc.title}`} onClick={() => onClose(doc.id)}>
          ×
        </button>
      </header>
      <div className="pane-scroll" tabIndex={0} onMouseDown={() => onUse(doc.id)}>
        <ArticleEditor
          documentId={doc.id}
          text={doc.text}
          spans={spans}
          colours={colours}
          selectedId={selectedId}
          onSelectSpan={onSelectSpan}
        />
      </div>
    </article>
  );
});
