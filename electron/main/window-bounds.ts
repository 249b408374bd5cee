import type { WindowState } from '../../src/service/teams/user-config';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1400, height: 900 } as const;
export const MIN_SIZE = { width: 800, height: 500 } as const;
/** How much of the title bar must be on a display for a window to count as reachable. */
const GRIP = { width: 120, height: 40 } as const;

function overlap(a: Rectangle, b: Rectangle): Rectangle {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    width: Math.min(a.x + a.width, b.x + b.width) - x,
    height: Math.min(a.y + a.height, b.y + b.height) - y,
  };
}

/** Centred on the work area, no bigger than it. */
function centredIn(area: Rectangle, size: { width: number; height: number }): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where a workspace's window opens: where it was, if its title bar is still on one of the displays'
 * work areas (shrunk to fit that display); else the remembered size centred on the primary display; a
 * window never remembered opens at `size` (the workspace default unless given). `displays[0]` is the primary display's work area.
 */
export function placeWindow(
  saved: WindowState | undefined,
  displays: readonly Rectangle[],
  size: { width: number; height: number } = DEFAULT_SIZE,
): Rectangle & { maximized: boolean } {
  const primary = displays[0] ?? { x: 0, y: 0, ...size };
  if (!saved) return { ...centredIn(primary, size), maximized: false };
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: GRIP.height };
  const home = displays.find((area) => {
    const seen = overlap(titleBar, area);
    return seen.width >= Math.min(GRIP.width, saved.width) && seen.height >= GRIP.height;
  });
  if (!home) return { ...centredIn(primary, saved), maximized: saved.maximized };
  const width = Math.min(saved.width, home.width);
  const height = Math.min(saved.height, home.height);
  const x = Math.min(Math.max(saved.x, home.x), home.x + home.width - width);
  const y = Math.min(Math.max(saved.y, home.y), home.y + home.height - height);
  return { x, y, width, height, maximized: saved.maximized };
}
