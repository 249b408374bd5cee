import type { AppState } from '../app-state';
import {
  clamp,
  INSPECTOR_HEIGHT,
  parsePanelLayout,
  SIDE_WIDTH,
  type PanelLayout,
  type SidePanel,
} from '../panel-layout';
import type { ActionContext } from './action-context';

const storageKey = (workspacePath: string): string => `collate.panelLayout:${workspacePath}`;

const layoutOf = (s: AppState): PanelLayout => ({
  sideWidth: s.sideWidth,
  inspectorHeight: s.inspectorHeight,
  collapsed: s.collapsedPanels,
  paneSizes: s.paneSizes,
});

/** The sizes of the side column, the inspector and the panes, and which side panels are folded: per workspace. */
export function createPanelLayoutActions({ store }: ActionContext) {
  function save(): void {
    const path = store.get().workspace?.path;
    if (!path) return;
    try {
      localStorage.setItem(storageKey(path), JSON.stringify(layoutOf(store.get())));
    } catch {
      // Storage full or disabled: the layout then lasts for this session only.
    }
  }

  function set(change: Partial<AppState>): void {
    store.set((s) => ({ ...s, ...change }));
    save();
  }

  return {
    savePanelLayout: save,

    /** The layout last used in this workspace. */
    restorePanelLayout(workspacePath: string): void {
      let stored: string | null = null;
      try {
        stored = localStorage.getItem(storageKey(workspacePath));
      } catch {
        // No storage: the default layout.
      }
      const layout = parsePanelLayout(stored);
      store.set((s) => ({
        ...s,
        sideWidth: layout.sideWidth,
        inspectorHeight: layout.inspectorHeight,
        collapsedPanels: layout.collapsed,
        paneSizes: layout.paneSizes,
      }));
    },

    setSideWidth(width: number): void {
      set({ sideWidth: clamp(Math.round(width), SIDE_WIDTH) });
    },

    setInspectorHeight(height: number): void {
      set({ inspectorHeight: clamp(Math.round(height), INSPECTOR_HEIGHT) });
    },

    togglePanel(panel: SidePanel): void {
      const collapsed = store.get().collapsedPanels;
      set({
        collapsedPanels: collapsed.includes(panel) ? collapsed.filter((p) => p !== panel) : [...collapsed, panel],
      });
    },
  };
}
