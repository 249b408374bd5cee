import { memo, useEffect, useMemo } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { SpanAnnotation } from '../../core/model';
import { textToDocContent } from '../editor/doc-content';
import { Highlights, highlightsTransaction } from '../editor/highlight-plugin';
import { pickInnermost } from '../editor/hit-test';
import { buildLineIndex } from '../editor/offsets';
import { registerPane } from '../editor/pane-registry';
import { ArticleDocument, ArticleParagraph, ArticleText } from '../editor/schema-nodes';
import { buildDecorationSpecs } from '../editor/span-decorations';

const EXTENSIONS = [ArticleDocument, ArticleParagraph, ArticleText, Highlights];

interface Props {
  readonly documentId: string;
  readonly text: string;
  readonly spans: readonly SpanAnnotation[];
  readonly colours: ReadonlyMap<string, string>;
  readonly selectedId: string | null;
  readonly onSelectSpan: (id: string) => void;
}

/** A read-only editor over one text; the document is built once, highlights are decorations. */
export const ArticleEditor = memo(function ArticleEditor({ documentId, text, spans, colours, selectedId, onSelectSpan }: Props) {
  const index = useMemo(() => buildLineIndex(text), [text]);
  const content = useMemo(() => textToDocContent(text), [text]);
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
      editorProps: { attributes: { role: 'document', class: 'article-text', spellcheck: 'false' } },
    },
    [documentId, text],
  );

  useEffect(() => registerPane(documentId, editor.view, index, text), [documentId, editor, index, text]);

  useEffect(() => {
    if (editor.isDestroyed) return;
    const specs = buildDecorationSpecs(index, spans, colours, selectedId);
    editor.view.dispatch(highlightsTransaction(editor.view.state, specs));
  }, [editor, index, spans, colours, selectedId]);

  return (
    <EditorContent
      editor={editor}
      className="article-body"
      onClick={(event) => {
        const selection = document.getSelection();
        if (selection && !selection.isCollapsed) return;
        const ids = new Set<string>();
        for (let el = event.target instanceof Element ? event.target : null; el; el = el.parentElement) {
          if (el === event.currentTarget) break;
          const id = el.getAttribute('data-span-id');
          if (id) ids.add(id);
        }
        const hit = pickInnermost(spans.filter((s) => ids.has(s.id)));
        if (hit) onSelectSpan(hit.id);
      }}
    />
  );
});
