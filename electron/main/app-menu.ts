import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { RendererCommand, Theme } from '../../src/api/desktop';

/**
 * The application menu, from one template on every platform: plain data (Electron's
 * MenuItemConstructorOptions), so it is tested without Electron. index.ts builds it with
 * Menu.buildFromTemplate and rebuilds it when the recent list or the theme changes.
 */

export interface MenuState {
  platform: NodeJS.Platform;
  /** Not packaged: View › Toggle Developer Tools and Reload are offered. */
  isDevelopment: boolean;
  appName: string;
  recent: readonly string[];
  theme: Theme;
  /** Whether a workspace window exists for the items that act on one. */
  hasWindow: boolean;
}

export interface MenuActions {
  /** File › New Window: the welcome window, with the recent workspaces. */
  newWindow(): void;
  newWorkspace(): void;
  openWorkspace(): void;
  openRecent(dir: string): void;
  clearRecent(): void;
  importFiles(): void;
  /** Hands a command to the focused workspace window's workbench. */
  send(command: RendererCommand): void;
  setTheme(theme: Theme): void;
  /** One step bigger (1) or smaller (-1), or back to the default (0). */
  changeTextSize(step: 1 | -1 | 0): void;
  showDocumentation(): void;
  reportProblem(): void;
  checkForUpdates(): void;
}

/** Keys the menu takes for itself: none is a workbench key or a text-editing key (see app-menu.test.ts). */
export const MENU_ONLY_ACCELERATORS = [
  'CmdOrCtrl+N',
  'CmdOrCtrl+Shift+N',
  'CmdOrCtrl+O',
  'CmdOrCtrl+,',
  'CmdOrCtrl+W',
] as const;

/**
 * The keys the workbench itself handles (src/renderer/hooks/use-hotkeys.ts, listed in the shortcut
 * sheet), as Electron accelerators. A menu item for the same action shows the same key; on Linux and
 * Windows it is shown without being registered, so the key reaches the page and does one thing.
 */
export const WORKBENCH_ACCELERATORS: Readonly<Partial<Record<RendererCommand, string>>> = {
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Shift+Z',
  find: 'CmdOrCtrl+F',
  'find-next': 'F3',
  'find-previous': 'Shift+F3',
  'show-shortcuts': '?',
  'view-panes': 'P',
  'view-matrix': 'M',
  'view-sources': 'O',
  'toggle-inspector': 'I',
};

/**
 * How a workbench key appears on a menu item. On macOS the page ignores ⌘ keys, so ⌘ accelerators
 * are registered and reach the page through the menu; a key without a modifier is left off there,
 * since a menu would take it from text fields.
 */
export function workbenchKey(command: RendererCommand, platform: NodeJS.Platform): Partial<MenuItemConstructorOptions> {
  const accelerator = WORKBENCH_ACCELERATORS[command];
  if (!accelerator) return {};
  if (platform !== 'darwin') return { accelerator, registerAccelerator: false };
  return accelerator.includes('CmdOrCtrl') ? { accelerator } : {};
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const forWindow = { enabled: state.hasWindow };
  const command = (id: RendererCommand, label: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...forWindow,
    ...workbenchKey(id, state.platform),
    click: () => actions.send(id),
  });

  const preferences: MenuItemConstructorOptions = {
    id: 'preferences',
    label: mac ? 'Settings…' : 'Preferences…',
    accelerator: 'CmdOrCtrl+,',
    ...forWindow,
    click: () => actions.send('preferences'),
  };

  const appMenu: MenuItemConstructorOptions = {
    label: state.appName,
    submenu: [
      { role: 'about' },
      separator,
      preferences,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const recent: MenuItemConstructorOptions[] = state.recent.map((dir) => ({
    label: basename(dir) || dir,
    sublabel: dir,
    toolTip: dir,
    click: () => actions.openRecent(dir),
  }));
  const openRecent: MenuItemConstructorOptions = {
    id: 'open-recent',
    label: 'Open Recent',
    submenu: [
      ...(recent.length > 0 ? recent : [{ label: 'No Recent Workspaces', enabled: false }]),
      separator,
      { id: 'clear-recent', label: 'Clear Menu', enabled: recent.length > 0, click: () => actions.clearRecent() },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { id: 'new-workspace', label: 'New Workspace…', accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
      { id: 'new-window', label: 'New Window', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newWindow() },
      {
        id: 'open-workspace',
        label: 'Open Workspace…',
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.openWorkspace(),
      },
      openRecent,
      separator,
      // No keys here: Ctrl+I and Ctrl+E are italic and code in the note editor.
      { id: 'import', label: 'Import…', ...forWindow, click: () => actions.importFiles() },
      command('export', 'Export…'),
      command('report', 'Report…'),
      separator,
      { role: 'close', label: 'Close Window', accelerator: 'CmdOrCtrl+W' },
      ...(mac ? [] : [separator, preferences, separator, { role: 'quit' } as MenuItemConstructorOptions]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('undo', 'Undo'),
      command('redo', 'Redo'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as MenuItemConstructorOptions] : []),
      { role: 'selectAll' },
      separator,
      command('find', 'Find'),
      command('find-next', 'Find Next'),
      command('find-previous', 'Find Previous'),
      separator,
      command('label-schema', 'Label Schema…'),
    ],
  };

  const theme = (value: Theme, label: string): MenuItemConstructorOptions => ({
    id: `theme-${value}`,
    label,
    type: 'radio',
    checked: state.theme === value,
    click: () => actions.setTheme(value),
  });
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('view-panes', 'Article Panes'),
      command('view-matrix', 'Claims Matrix'),
      command('view-sources', 'Sources View'),
      command('toggle-inspector', 'Show or Hide Inspector'),
      separator,
      { label: 'Theme', submenu: [theme('system', 'As the System'), theme('light', 'Light'), theme('dark', 'Dark')] },
      { id: 'text-bigger', label: 'Bigger Article Text', ...forWindow, click: () => actions.changeTextSize(1) },
      { id: 'text-smaller', label: 'Smaller Article Text', ...forWindow, click: () => actions.changeTextSize(-1) },
      { id: 'text-default', label: 'Default Article Text', ...forWindow, click: () => actions.changeTextSize(0) },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(state.isDevelopment
        ? [
            separator,
            { role: 'reload' } as MenuItemConstructorOptions,
            { role: 'toggleDevTools' } as MenuItemConstructorOptions,
          ]
        : []),
    ],
  };

  const window: MenuItemConstructorOptions = {
    role: 'windowMenu',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      command('show-shortcuts', 'Keyboard Shortcuts'),
      { id: 'documentation', label: 'Documentation', click: () => actions.showDocumentation() },
      { id: 'report-problem', label: 'Report a Problem…', click: () => actions.reportProblem() },
      separator,
      { id: 'check-updates', label: 'Check for Updates…', click: () => actions.checkForUpdates() },
      ...(mac ? [] : [separator, { role: 'about' } as MenuItemConstructorOptions]),
    ],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}
