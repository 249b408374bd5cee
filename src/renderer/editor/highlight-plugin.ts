import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { DecorationSpec } from './span-decorations';

const highlightKey = new PluginKey<DecorationSet>('collate-highlights');

function toDecorationSet(state: { doc: EditorState['doc'] }, specs: readonly DecorationSpec[]): DecorationSet {
  const max = state.doc.content.size;
  const decorations = specs
    .filter((s) => s.from >= 0 && s.to <= max && s.to > s.from)
    .map((s) => Decoration.inline(s.from, s.to, { ...s.attrs }, { spanId: s.spanId }));
  return DecorationSet.create(state.doc, decorations);
}

/** Highlights live in plugin state and are replaced wholesale by a transaction carrying new specs. */
export const highlightPlugin = (): Plugin<DecorationSet> =>
  new Plugin<DecorationSet>({
    key: highlightKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const specs = tr.getMeta(highlightKey) as readonly DecorationSpec[] | undefined;
        if (specs) return toDecorationSet(tr, specs);
        return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
      },
    },
    props: {
      decorations: (state) => highlightKey.getState(state),
    },
  });

export function highlightsTransaction(state: EditorState, specs: readonly DecorationSpec[]): Transaction {
  return state.tr.setMeta(highlightKey, specs).setMeta('addToHistory', false);
}

export function currentHighlights(state: EditorState): DecorationSet | undefined {
  return highlightKey.getState(state);
}

export const Highlights = Extension.create({
  name: 'collateHighlights',
  addProseMirrorPlugins: () => [highlightPlugin()],
});
