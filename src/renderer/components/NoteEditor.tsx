import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Bold, Italic, Link, List, ListOrdered, type LucideIcon } from 'lucide-react';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';

interface Props {
  /** The note's accessible name ("Note", "Document note"). */
  readonly label: string;
  readonly html: string;
  readonly onSave: (html: string) => void;
}

const SAVE_AFTER_MS = 700;
/** A note with text is made editable this long after it is shown at the latest, when the page is busy. */
const IDLE_TIMEOUT_MS = 2000;

/** An empty editor's HTML is an empty paragraph: that is no note. */
export function normaliseNoteHtml(html: string): string {
  return html === '<p></p>' ? '' : html;
}

interface Tool {
  readonly name: string;
  readonly icon: LucideIcon;
  readonly active: (e: Editor) => boolean;
  readonly run: (e: Editor) => void;
}

const TOOLS: readonly Tool[] = [
  { name: 'Bold', icon: Bold, active: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  {
    name: 'Italic',
    icon: Italic,
    active: (e) => e.isActive('italic'),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    name: 'Bullet list',
    icon: List,
    active: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    name: 'Numbered list',
    icon: ListOrdered,
    active: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    name: 'Link',
    icon: Link,
    active: (e) => e.isActive('link'),
    run: (e) => {
      if (e.isActive('link')) {
        e.chain().focus().extendMarkRange('link').unsetLink().run();
        return;
      }
      const href = window.prompt('Link address');
      if (href) e.chain().focus().extendMarkRange('link').setLink({ href }).run();
    },
  },
];

function Toolbar({
  label,
  pressed,
  onTool,
}: {
  label: string;
  pressed: (tool: Tool) => boolean;
  onTool: (tool: Tool) => void;
}) {
  return (
    <div className="note-toolbar" role="toolbar" aria-label={`${label} formatting`}>
      {TOOLS.map((tool) => (
        <button
          key={tool.name}
          type="button"
          className="note-tool"
          aria-label={tool.name}
          aria-pressed={pressed(tool)}
          title={tool.name}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onTool(tool)}
        >
          <tool.icon aria-hidden="true" size={14} />
        </button>
      ))}
    </div>
  );
}

/** The note's text without its markup, for the stand-in shown until the editor exists. */
function plainText(html: string): string {
  return html ? (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '') : '';
}

/**
 * A small rich-text editor (bold, italic, lists, links) that saves shortly after typing and on leaving it.
 * The editor is costly to create, so a light stand-in with the same name and role is shown first: the
 * editor replaces it when the stand-in is focused, pressed or its toolbar used, or, for a note with
 * text, once the page is idle.
 */
export function NoteEditor({ label, html, onSave }: Props) {
  const [live, setLive] = useState<{ focus: boolean; tool: Tool | null } | null>(null);
  useEffect(() => {
    if (live || !html) return;
    const wake = (): void => setLive((l) => l ?? { focus: false, tool: null });
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(wake, { timeout: IDLE_TIMEOUT_MS });
      return () => cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(wake, 0);
    return () => window.clearTimeout(timer);
  }, [live, html]);

  if (live) return <LiveNoteEditor label={label} html={html} onSave={onSave} focus={live.focus} tool={live.tool} />;
  const activate = (tool: Tool | null): void => setLive({ focus: true, tool });
  return (
    <div className="note-editor">
      <Toolbar label={label} pressed={() => false} onTool={activate} />
      <div className="note-body">
        <div
          className="note-text"
          role="textbox"
          aria-multiline="true"
          aria-label={label}
          tabIndex={0}
          onMouseDown={(e) => {
            e.preventDefault();
            activate(null);
          }}
          onFocus={() => activate(null)}
        >
          {plainText(html)}
        </div>
      </div>
    </div>
  );
}

function LiveNoteEditor({ label, html, onSave, focus, tool }: Props & { focus: boolean; tool: Tool | null }) {
  const saved = useRef(html);
  const timer = useRef<number | null>(null);
  const save = useRef(onSave);
  save.current = onSave;

  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: false,
        codeBlock: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
      }),
    ],
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

  // Made editable by the keyboard or a press on the stand-in: the caret goes in at once, so no key is lost.
  useLayoutEffect(() => {
    if (!focus) return;
    editor.view.focus();
    if (tool) tool.run(editor);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

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
    [editor],
  );

  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => TOOLS.map((t) => t.active(e)).join(','),
  });
  const pressed = active.split(',');

  return (
    <div className="note-editor">
      <Toolbar label={label} pressed={(t) => pressed[TOOLS.indexOf(t)] === 'true'} onTool={(t) => t.run(editor)} />
      <EditorContent editor={editor} className="note-body" />
    </div>
  );
}
