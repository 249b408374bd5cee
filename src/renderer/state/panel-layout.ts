/** The side panels that fold down to their heading. */
export const SIDE_PANELS = ['suggestions', 'differences', 'annotations'] as const;
export type SidePanel = (typeof SIDE_PANELS)[number];

/** How the window's regions are shared out, remembered per workspace. */
export interface PanelLayout {
  /** The side column's width in CSS pixels; null: the stylesheet's. */
  readonly sideWidth: number | null;
  /** The inspector's height in CSS pixels; null: an even share of the side column. */
  readonly inspectorHeight: number | null;
  readonly collapsed: readonly SidePanel[];
  /** Relative sizes of the open panes, by document id (1 when not set). */
  readonly paneSizes: Readonly<Record<string, number>>;
}

export const SIDE_WIDTH = { min: 240, max: 640 } as const;
export const INSPECTOR_HEIGHT = { min: 120, max: 2000 } as const;
export const PANE_SIZE = { min: 0.2, max: 5 } as const;

export const DEFAULT_PANEL_LAYOUT: PanelLayout = {
  sideWidth: null,
  inspectorHeight: null,
  collapsed: [],
  paneSizes: {},
};

export const clamp = (value: number, { min, max }: { min: number; max: number }): number =>
  Math.max(min, Math.min(max, value));

const sized = (value: unknown, range: { min: number; max: number }): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? clamp(Math.round(value), range) : null;

/** A stored layout from its JSON: whatever is missing, of the wrong type or out of range gets its default. */
export function parsePanelLayout(json: string | null): PanelLayout {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) stored = parsed as Record<string, unknown>;
  } catch {
    return DEFAULT_PANEL_LAYOUT;
  }
  const collapsed = Array.isArray(stored['collapsed'])
    ? SIDE_PANELS.filter((p) => (stored['collapsed'] as unknown[]).includes(p))
    : [];
  const paneSizes: Record<string, number> = {};
  const sizes = stored['paneSizes'];
  if (sizes && typeof sizes === 'object' && !Array.isArray(sizes)) {
    for (const [id, size] of Object.entries(sizes)) {
      if (typeof size === 'number' && Number.isFinite(size)) paneSizes[id] = clamp(size, PANE_SIZE);
    }
  }
  return {
    sideWidth: sized(stored['sideWidth'], SIDE_WIDTH),
    inspectorHeight: sized(stored['inspectorHeight'], INSPECTOR_HEIGHT),
    collapsed,
    paneSizes,
  };
}
