import { useEffect, useRef } from 'react';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';

interface Props {
  /** The note's accessible name ("Note", "Document note"). */
  readonly label: string;
  readonly html: string;
  readonly onSave: (html: string) => void;
}

const SAVE_AFTER_MS = 700;

/** An empty editor's HTML is an empty paragraph: that is no note. */
export function normaliseNoteHtml(html: string): string {
  return html === '<p></p>' ? '' : html;
}

/** A small rich-text editor (bold, italic, lists, links) that saves shortly after typing and on leaving it. */
export function NoteEditor({ label, html, onSave }: Props) {
  const saved = useRef(html);
  const timer = useRef<number | null>(null);
  const save = useRef(onSave);
  save.current = onSave;

  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: false, codeBlock: false, link: { openOnClick: false, autolink: true, defaultProtocol: 'https' } })],
    content: html,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, class: 'note-text' } },
    onUpdate: ({ editor: e }) => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => flush(e.getHTML()), SAVE_AFTER_MS);
    },
    onBlur: ({ editor: e }) => flush(e.getHTML()),
  });

  function flush(raw: string): void {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const next = normaliseNoteHtml(raw);
    if (next === saved.current) return;
    saved.current = next;
    save.current(next);
  }

  // A note changed elsewhere (undo) replaces the content, unless the user is typing in it.
  useEffect(() => {
    if (html === saved.current || editor.isFocused) return;
    saved.current = html;
    editor.commands.setContent(html, { emitUpdate: false });
  }, [editor, html]);

  useEffect(
    () => () => {
      if (timer.current !== null && !editor.isDestroyed) flush(editor.getHTML());
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editor],
  );

  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
    }),
  });

  const button = (name: string, pressed: boolean, run: () => void, text: string) => (
    <button
      type="button"
      className="note-tool"
      aria-label={name}
      aria-pressed={pressed}
      title={name}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {text}
    </button>
  );

  return (
    <div className="note-editor">
      <div className="note-toolbar" role="toolbar" aria-label={`${label} formatting`}>
        {button('Bold', active.bold, () => editor.chain().focus().toggleBold().run(), 'B')}
        {button('Italic', active.italic, () => editor.chain().focus().toggleItalic().run(), 'I')}
        {button('Bullet list', active.bullet, () => editor.chain().focus().toggleBulletList().run(), '•')}
        {button('Numbered list', active.ordered, () => editor.chain().focus().toggleOrderedList().run(), '1.')}
        {button(
          'Link',
          active.link,
          () => {
            if (editor.isActive('link')) {
              editor.chain().focus().extendMarkRange('link').unsetLink().run();
              return;
            }
            const href = window.prompt('Link address');
            if (href) editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
          },
          '🔗',
        )}
      </div>
      <EditorContent editor={editor} className="note-body" />
    </div>
  );
}
