import type { BrowserWindow } from 'electron';
import { welcomeUrl } from './app-url';
import { focus } from './window-registry';
import { createWorkspaceWindow } from './workspace-window';

/** The welcome window's size: the recent list and two buttons, not a workbench. */
export const WELCOME_SIZE = { width: 760, height: 560 } as const;

/**
 * The one welcome window (a launch that names no workspace, File › New Window, the dock with no
 * window): shown, or focused when it is already there; closed when a workspace opens from it.
 */
export class WelcomeWindow {
  private window: BrowserWindow | null = null;

  constructor(private readonly page: { preload: string; url: string }) {}

  show(): BrowserWindow {
    if (this.window && !this.window.isDestroyed()) {
      focus(this.window);
      return this.window;
    }
    const window = createWorkspaceWindow({
      title: 'Collate',
      preload: this.page.preload,
      url: welcomeUrl(this.page.url),
      saved: undefined,
      size: WELCOME_SIZE,
      remember: () => undefined,
    });
    window.once('closed', () => {
      if (this.window === window) this.window = null;
    });
    this.window = window;
    return window;
  }

  /** The welcome window, when these are its contents. */
  windowOf(contents: unknown): BrowserWindow | undefined {
    const window = this.window;
    return window && !window.isDestroyed() && window.webContents === contents ? window : undefined;
  }

  current(): BrowserWindow | null {
    return this.window && !this.window.isDestroyed() ? this.window : null;
  }

  close(): void {
    const window = this.current();
    this.window = null;
    window?.close();
  }
}
