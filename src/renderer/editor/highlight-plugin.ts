import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { DecorationSpec } from './span-decorations';

const highlightKey = new PluginKey<DecorationSet>('collate-highlights');
const overlayKey = new PluginKey<DecorationSet>('collate-overlay');

/** A decoration drawn over the text that is not a span: a search hit, the keyboard caret, boilerplate… */
export interface OverlaySpec {
  readonly from: number;
  readonly to: number;
  readonly attrs: Readonly<Record<string, string>>;
  /** A zero-width element at `from` (the keyboard caret) rather than an inline range. */
  readonly widget?: boolean;
}

function toDecorationSet(state: { doc: EditorState['doc'] }, specs: readonly DecorationSpec[]): DecorationSet {
  const max = state.doc.content.size;
  const decorations = specs
    .filter((s) => s.from >= 0 && s.to <= max && s.to > s.from)
    .map((s) => Decoration.inline(s.from, s.to, { ...s.attrs }, { spanId: s.spanId }));
  return DecorationSet.create(state.doc, decorations);
}

/** The decorations of the assistant's suggestions, kept apart from the spans' by their spec. */
function suggestionDecorations(state: { doc: EditorState['doc'] }, specs: readonly SuggestionDecorationSpec[]): Decoration[] {
  const max = state.doc.content.size;
  return specs
    .filter((s) => s.from >= 0 && s.to <= max && s.to > s.from)
    .map((s) => Decoration.inline(s.from, s.to, { ...s.attrs }, { suggestionId: s.suggestionId }));
}

const isSuggestion = (spec: { suggestionId?: string }): boolean => !!spec.suggestionId;

function toOverlaySet(state: { doc: EditorState['doc'] }, specs: readonly OverlaySpec[]): DecorationSet {
  const max = state.doc.content.size;
  const decorations: Decoration[] = [];
  for (const s of specs) {
    if (s.from < 0 || s.to > max) continue;
    if (s.widget) {
      decorations.push(
        Decoration.widget(
          s.from,
          () => {
            const el = document.createElement('span');
            for (const [k, v] of Object.entries(s.attrs)) el.setAttribute(k, v);
            return el;
          },
          { side: -1, key: `w-${s.from}-${s.attrs['class'] ?? ''}` },
        ),
      );
    } else if (s.to > s.from) decorations.push(Decoration.inline(s.from, s.to, { ...s.attrs }));
  }
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Highlights live in plugin state and are replaced by a transaction carrying new specs, or patched
 * by one carrying only the spans that changed (the fast path when one span is added or removed).
 */
export const highlightPlugin = (): Plugin<DecorationSet> =>
  new Plugin<DecorationSet>({
    key: highlightKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const suggestions = tr.getMeta(suggestionsKey) as readonly SuggestionDecorationSpec[] | undefined;
        if (suggestions) return set.remove(set.find(undefined, undefined, isSuggestion)).add(tr.doc, suggestionDecorations(tr, suggestions));
        const specs = tr.getMeta(highlightKey) as readonly DecorationSpec[] | undefined;
        // A full rebuild of the spans keeps the suggestions drawn.
        if (specs) return toDecorationSet(tr, specs).add(tr.doc, set.find(undefined, undefined, isSuggestion));
        const patch = tr.getMeta(patchKey) as HighlightPatch | undefined;
        if (patch) {
          let next = set;
          if (patch.remove.size > 0) next = next.remove(next.find(undefined, undefined, (spec: { spanId?: string }) => !!spec.spanId && patch.remove.has(spec.spanId)));
          if (patch.add.length > 0) next = next.add(tr.doc, toDecorationSet(tr, patch.add).find());
          return next;
        }
        return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
      },
    },
    props: {
      decorations: (state) => highlightKey.getState(state),
    },
  });

const patchKey = 'collate-highlight-patch';
const suggestionsKey = 'collate-suggestions';

/** One inline decoration of a suggestion (a faint dashed outline, not a span). */
export interface SuggestionDecorationSpec {
  readonly from: number;
  readonly to: number;
  readonly suggestionId: string;
  readonly attrs: Readonly<Record<string, string>>;
}

/** Replaces the suggestions drawn in a pane, leaving the spans as they are. */
export function suggestionsTransaction(state: EditorState, specs: readonly SuggestionDecorationSpec[]): Transaction {
  return state.tr.setMeta(suggestionsKey, specs).setMeta('addToHistory', false);
}
export interface HighlightPatch {
  /** Span ids whose decorations go. */
  readonly remove: ReadonlySet<string>;
  /** Decorations to add (of new or changed spans). */
  readonly add: readonly DecorationSpec[];
}

export const overlayPlugin = (): Plugin<DecorationSet> =>
  new Plugin<DecorationSet>({
    key: overlayKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const specs = tr.getMeta(overlayKey) as readonly OverlaySpec[] | undefined;
        if (specs) return toOverlaySet(tr, specs);
        return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
      },
    },
    props: {
      decorations: (state) => overlayKey.getState(state),
    },
  });

export function highlightsTransaction(state: EditorState, specs: readonly DecorationSpec[]): Transaction {
  return state.tr.setMeta(highlightKey, specs).setMeta('addToHistory', false);
}

export function highlightsPatchTransaction(state: EditorState, patch: HighlightPatch): Transaction {
  return state.tr.setMeta(patchKey, patch).setMeta('addToHistory', false);
}

export function overlayTransaction(state: EditorState, specs: readonly OverlaySpec[]): Transaction {
  return state.tr.setMeta(overlayKey, specs).setMeta('addToHistory', false);
}

export function currentHighlights(state: EditorState): DecorationSet | undefined {
  return highlightKey.getState(state);
}

export const Highlights = Extension.create({
  name: 'collateHighlights',
  addProseMirrorPlugins: () => [highlightPlugin(), overlayPlugin()],
});
