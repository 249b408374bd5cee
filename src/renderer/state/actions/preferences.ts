import type { AppState, Layout } from '../app-state';
import type { ActionContext } from './action-context';

const PREFS_KEY = 'collate.preferences';

/** The preferences kept across sessions (in local storage, for every workspace). */
export type Preferences = Pick<
  AppState,
  'layout' | 'syncScroll' | 'snapToWords' | 'hideBoilerplate' | 'inspectorHidden'
>;

/** Preferences from their stored JSON: each one missing or of the wrong type gets its default. */
export function parsePreferences(json: string | null): Preferences {
  let p: Partial<Record<keyof Preferences, unknown>> = {};
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    if (parsed && typeof parsed === 'object') p = parsed;
  } catch {
    // Defaults.
  }
  return {
    layout: p.layout === 'rows' || p.layout === 'grid' ? p.layout : 'columns',
    syncScroll: p.syncScroll === true,
    snapToWords: p.snapToWords === true,
    hideBoilerplate: p.hideBoilerplate === true,
    inspectorHidden: p.inspectorHidden === true,
  };
}

/** The layout and reading preferences; each change is remembered. */
export function createPreferenceActions({ store }: ActionContext) {
  function savePrefs(): void {
    const { layout, syncScroll, snapToWords, hideBoilerplate, inspectorHidden } = store.get();
    const prefs: Preferences = { layout, syncScroll, snapToWords, hideBoilerplate, inspectorHidden };
    try {
      localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
    } catch {
      // Preferences then last for this session only.
    }
  }

  /** Sets one preference and remembers them all. */
  function set(change: Partial<Preferences>): void {
    store.set((s) => ({ ...s, ...change }));
    savePrefs();
  }

  return {
    loadPreferences(): void {
      let stored: string | null = null;
      try {
        stored = localStorage.getItem(PREFS_KEY);
      } catch {
        // No storage: the defaults.
      }
      const prefs = parsePreferences(stored);
      store.set((s) => ({ ...s, ...prefs }));
    },

    toggleInspector(): void {
      set({ inspectorHidden: !store.get().inspectorHidden });
    },

    setSnapToWords(on: boolean): void {
      set({ snapToWords: on });
    },

    setHideBoilerplate(on: boolean): void {
      set({ hideBoilerplate: on });
    },

    setLayout(layout: Layout): void {
      set({ layout });
    },

    setSyncScroll(on: boolean): void {
      set({ syncScroll: on });
    },
  };
}
