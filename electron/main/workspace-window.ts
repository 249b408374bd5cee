import { BrowserWindow, screen } from 'electron';
import type { WindowState } from '../../src/service/teams/user-config';
import { MIN_SIZE, placeWindow } from './window-bounds';

export interface WindowOptions {
  title: string;
  preload: string;
  url: string;
  /** Where this workspace's window was last time, if it was. */
  saved: WindowState | undefined;
  /** Called when the window is about to close, with where it is now. */
  remember: (state: WindowState) => void;
}

/** A workspace window: locked down, placed where it was (or centred), remembering its place on close. */
export function createWorkspaceWindow(options: WindowOptions): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const areas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const place = placeWindow(options.saved, areas);
  const window = new BrowserWindow({
    x: place.x,
    y: place.y,
    width: place.width,
    height: place.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
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
