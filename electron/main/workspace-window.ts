import { realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { WorkspaceGate } from '../../src/api/lock-gate';
import { loadUserConfig, updateUserConfig, type WindowState } from '../../src/service/teams/user-config';
import { WorkspaceService } from '../../src/service/workspace-service';
import { MIN_SIZE, placeWindow } from './window-bounds';

export interface WindowOptions {
  title: string;
  preload: string;
  url: string;
  /** Where this workspace's window was last time, if it was. */
  saved: WindowState | undefined;
  /** The size a window opens at when it was never placed (the workspace default otherwise). */
  size?: { width: number; height: number };
  /** Called when the window is about to close, with where it is now. */
  remember: (state: WindowState) => void;
}

/** A Collate window: locked down, placed where it was (or centred), remembering its place on close. */
export function createWorkspaceWindow(options: WindowOptions): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const areas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const place = placeWindow(options.saved, areas, options.size);
  const window = new BrowserWindow({
    x: place.x,
    y: place.y,
    width: place.width,
    height: place.height,
    minWidth: Math.min(MIN_SIZE.width, place.width),
    minHeight: Math.min(MIN_SIZE.height, place.height),
    title: options.title,
    show: false,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => {
    if (place.maximized) window.maximize();
    window.show();
  });
  // Keep the workspace's name in the title rather than the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    options.remember({ ...bounds, maximized: window.isMaximized() });
  });
  void window.loadURL(options.url);
  return window;
}

/** The same workspace named through a link or a manifest is one window. */
export function canonicalWorkspace(dir: string): string {
  try {
    return realpathSync.native(dir);
  } catch {
    return dir;
  }
}

/** A window's workspace: open, or waiting for the user to take over a lock another computer holds. */
export interface HeldWorkspace {
  gate: WorkspaceGate<WorkspaceService>;
  close(): void;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Opens a workspace and its window (the registry's `create`): the workspace through its lock gate,
 * the window where it was last time, its place remembered per workspace in the user config.
 */
export async function openWorkspaceWindow(
  root: string,
  page: { preload: string; url: string },
  /** Told once the workspace is open, before its window is made (the recent list). */
  opened: (root: string) => Promise<void>,
): Promise<{ window: BrowserWindow; service: HeldWorkspace }> {
  let gate: WorkspaceGate<WorkspaceService>;
  try {
    gate = await WorkspaceGate.open((takeOverLock) => WorkspaceService.open(root, { takeOverLock, warmSearch: true }));
  } catch (error) {
    throw new Error(`${root}\n\n${message(error)}`);
  }
  // The window opens whether or not the recent list could be written.
  await opened(root).catch(() => undefined);
  const saved = (await loadUserConfig()).config.windowState?.[root];
  const window = createWorkspaceWindow({
    // A workspace waiting for its lock to be taken over is named by its folder; the page asks.
    title: `Collate — ${gate.workspace?.info().name ?? basename(root)}`,
    ...page,
    saved,
    remember: (state) =>
      void updateUserConfig((config) => {
        config.windowState = { ...config.windowState, [root]: state };
      }).catch(() => undefined),
  });
  return { window, service: { gate, close: () => gate.workspace?.close() } };
}
