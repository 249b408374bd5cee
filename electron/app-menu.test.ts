import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { RENDERER_COMMANDS } from '../src/api/desktop';
import { SHORTCUTS } from '../src/renderer/components/ShortcutSheet';
import { COMMAND_KEYS } from '../src/renderer/state/command-keys';
import {
  MENU_ONLY_ACCELERATORS,
  WORKBENCH_ACCELERATORS,
  menuTemplate,
  type MenuActions,
  type MenuState,
} from './main/app-menu';

const actions = (): MenuActions => ({
  newWindow: vi.fn(),
  newWorkspace: vi.fn(),
  openWorkspace: vi.fn(),
  openRecent: vi.fn(),
  clearRecent: vi.fn(),
  importFiles: vi.fn(),
  send: vi.fn(),
  setTheme: vi.fn(),
  changeTextSize: vi.fn(),
  showDocumentation: vi.fn(),
  reportProblem: vi.fn(),
  checkForUpdates: vi.fn(),
});

const state = (overrides: Partial<MenuState> = {}): MenuState => ({
  platform: 'linux',
  isDevelopment: false,
  appName: 'Collate',
  recent: [],
  theme: 'system',
  hasWindow: true,
  ...overrides,
});

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const top = (template: MenuItemConstructorOptions[], label: string) =>
  template.find((item) => item.label === label || item.role === label)!.submenu as MenuItemConstructorOptions[];

const labels = (menu: MenuItemConstructorOptions[]) => menu.map((item) => item.label ?? item.role ?? item.type);

/** Every key combination the shortcut sheet lists, as an Electron accelerator ("Ctrl+Shift+Z" → "CmdOrCtrl+Shift+Z"). */
function sheetAccelerators(): Set<string> {
  const keys = new Set<string>();
  for (const [combos] of SHORTCUTS) {
    for (const combo of combos.split(/ or | \/ |, /)) {
      const key = combo.trim().replace(/^Ctrl\+/, 'CmdOrCtrl+');
      if (/^(CmdOrCtrl\+)?(Shift\+)?([A-Z]|F\d+|[?/+])$/.test(key)) keys.add(key);
    }
  }
  for (const key of Object.keys(COMMAND_KEYS)) keys.add(key.toUpperCase());
  return keys;
}

describe('the application menu', () => {
  it('has the macOS app menu first, with About, Settings, Services, Hide and Quit', () => {
    const template = menuTemplate(state({ platform: 'darwin' }), actions());
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      'Collate',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'help',
    ]);
    expect(labels(top(template, 'Collate'))).toEqual([
      'about',
      'separator',
      'Settings…',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
    expect(items(template).filter((item) => item.role === 'quit')).toHaveLength(1);
  });

  it('has File with workspaces like documents, and Preferences and Quit in File elsewhere', () => {
    const file = top(menuTemplate(state({ recent: ['/w/alpha', '/w/beta'] }), actions()), 'File');
    expect(labels(file)).toEqual([
      'New Workspace…',
      'New Window',
      'Open Workspace…',
      'Open Recent',
      'separator',
      'Import…',
      'Export…',
      'Report…',
      'separator',
      'Close Window',
      'separator',
      'Preferences…',
      'separator',
      'quit',
    ]);
    const recent = file.find((item) => item.id === 'open-recent')!.submenu as MenuItemConstructorOptions[];
    expect(labels(recent)).toEqual(['alpha', 'beta', 'separator', 'Clear Menu']);
    expect(recent[0]!.sublabel).toBe('/w/alpha');
  });

  it('opens the welcome window from File › New Window, even with no workspace window', () => {
    const handlers = actions();
    const file = top(menuTemplate(state({ hasWindow: false }), handlers), 'File');
    const item = file.find((entry) => entry.id === 'new-window')!;
    expect(item).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+N' });
    expect(item.enabled).not.toBe(false);
    item.click!({} as never, undefined, {} as never);
    expect(handlers.newWindow).toHaveBeenCalled();
  });

  it('opens the recent workspace that was clicked, and says when there is none', () => {
    const handlers = actions();
    const file = top(menuTemplate(state({ recent: ['/w/alpha', '/w/beta'] }), handlers), 'File');
    const recent = file.find((item) => item.id === 'open-recent')!.submenu as MenuItemConstructorOptions[];
    recent[1]!.click!({} as never, undefined, {} as never);
    expect(handlers.openRecent).toHaveBeenCalledWith('/w/beta');
    const empty = top(menuTemplate(state(), handlers), 'File').find((item) => item.id === 'open-recent')!
      .submenu as MenuItemConstructorOptions[];
    expect(empty[0]).toMatchObject({ label: 'No Recent Workspaces', enabled: false });
    expect(empty.at(-1)).toMatchObject({ label: 'Clear Menu', enabled: false });
  });

  it('has the standard Edit roles, and routes Undo and Redo through the workbench', () => {
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      const handlers = actions();
      const edit = top(menuTemplate(state({ platform }), handlers), 'Edit');
      const roles = edit.map((item) => item.role).filter(Boolean);
      expect(roles).toEqual(
        platform === 'darwin'
          ? ['cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll']
          : ['cut', 'copy', 'paste', 'selectAll'],
      );
      // Undo and Redo are the workbench's: it runs its own history, or the focused text field's.
      const undo = edit.find((item) => item.id === 'undo')!;
      expect(undo.role).toBeUndefined();
      undo.click!({} as never, undefined, {} as never);
      edit.find((item) => item.id === 'redo')!.click!({} as never, undefined, {} as never);
      expect(vi.mocked(handlers.send).mock.calls).toEqual([['undo'], ['redo']]);
    }
  });

  it('shows every workbench key as the shortcut sheet lists it, and only where it works', () => {
    const sheet = sheetAccelerators();
    for (const accelerator of Object.values(WORKBENCH_ACCELERATORS)) expect(sheet).toContain(accelerator);
    for (const id of Object.keys(WORKBENCH_ACCELERATORS)) expect(RENDERER_COMMANDS).toContain(id);
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      const all = items(menuTemplate(state({ platform }), actions()));
      for (const item of all.filter((entry) => entry.accelerator !== undefined)) {
        const accelerator = String(item.accelerator);
        const isCommand = item.id !== undefined && Object.hasOwn(WORKBENCH_ACCELERATORS, item.id);
        if (isCommand) {
          expect(accelerator, `${item.label} on ${platform}`).toBe(WORKBENCH_ACCELERATORS[item.id as never]);
          // Off macOS the page handles the key itself; the menu only shows it.
          expect(item.registerAccelerator).toBe(platform === 'darwin' ? undefined : false);
          // A menu must not take a bare key from text fields on macOS.
          if (platform === 'darwin') expect(accelerator).toContain('CmdOrCtrl+');
        } else {
          expect(MENU_ONLY_ACCELERATORS, `${item.label}`).toContain(accelerator);
        }
      }
    }
  });

  it('keeps its own keys apart from the workbench keys and from text editing', () => {
    const sheet = sheetAccelerators();
    const textEditing = ['B', 'I', 'U', 'E', 'Z', 'Y', 'A', 'C', 'V', 'X', 'Shift+Z'].map((k) => `CmdOrCtrl+${k}`);
    for (const accelerator of MENU_ONLY_ACCELERATORS) {
      expect(sheet).not.toContain(accelerator);
      expect(textEditing).not.toContain(accelerator);
    }
  });

  it('offers View › Toggle Developer Tools in development only', () => {
    const devTools = (isDevelopment: boolean) =>
      items(menuTemplate(state({ isDevelopment }), actions())).some((item) => item.role === 'toggleDevTools');
    expect(devTools(true)).toBe(true);
    expect(devTools(false)).toBe(false);
  });

  it('has panes, zoom, theme and full screen in View; the theme checked is the preference', () => {
    const handlers = actions();
    const view = top(menuTemplate(state({ theme: 'dark' }), handlers), 'View');
    for (const role of ['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
      expect(view.some((i) => i.role === role)).toBe(true);
    expect(view.find((i) => i.id === 'view-panes')).toMatchObject({ label: 'Article Panes', accelerator: 'P' });
    const themes = view.find((i) => i.label === 'Theme')!.submenu as MenuItemConstructorOptions[];
    expect(themes.map((t) => [t.id, t.checked])).toEqual([
      ['theme-system', false],
      ['theme-light', false],
      ['theme-dark', true],
    ]);
    themes[1]!.click!({} as never, undefined, {} as never);
    expect(handlers.setTheme).toHaveBeenCalledWith('light');
  });

  it('has Window and Help with shortcuts, documentation, a problem report and Check for Updates', () => {
    const handlers = actions();
    const template = menuTemplate(state(), handlers);
    expect(labels(top(template, 'windowMenu'))).toEqual(['minimize', 'close']);
    const help = top(template, 'help');
    expect(labels(help)).toEqual([
      'Keyboard Shortcuts',
      'Documentation',
      'Report a Problem…',
      'separator',
      'Check for Updates…',
      'separator',
      'about',
    ]);
    help.find((i) => i.id === 'check-updates')!.click!({} as never, undefined, {} as never);
    expect(handlers.checkForUpdates).toHaveBeenCalledTimes(1);
  });

  it('greys out what needs a workspace window when there is none', () => {
    const template = menuTemplate(state({ hasWindow: false }), actions());
    for (const id of ['import', 'export', 'report', 'undo', 'view-matrix', 'preferences'])
      expect(items(template).find((i) => i.id === id)!.enabled, id).toBe(false);
    expect(items(template).find((i) => i.id === 'open-workspace')!.enabled).toBeUndefined();
  });
});
