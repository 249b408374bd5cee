import { lazy, Suspense, type ComponentProps } from 'react';
import type { NoteEditor as Editor } from './NoteEditor';

const loadEditor = () => import('./NoteEditor');
const Loaded = lazy(() => loadEditor().then((module) => ({ default: module.NoteEditor })));

/** Fetches the note editor's code (tiptap) ahead of its first use, when the page has nothing else to do. */
export function preloadNoteEditor(): void {
  requestIdleCallback(() => void loadEditor(), { timeout: 10_000 });
}

/**
 * The rich-text note editor, in its own chunk: tiptap and ProseMirror are a third of the renderer's
 * code, and the workbench starts without them (they load the first time a note is shown, or sooner
 * through `preloadNoteEditor`).
 */
export function NoteEditor(props: ComponentProps<typeof Editor>) {
  return (
    <Suspense fallback={null}>
      <Loaded {...props} />
    </Suspense>
  );
}
