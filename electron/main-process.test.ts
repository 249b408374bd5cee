/**
 * Electron cannot run on every machine (its binary may not download), so the main process and the
 * preload are run here against a stand-in `electron` module: what they configure and how the one
 * IPC channel answers are checked without a window.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { methods } from '../src/api/contract';
import { initWorkspace } from '../src/service/init-workspace';
import { LOCK_FILE } from '../src/service/workspace-files';

type Listener = (...args: any[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    appListeners: new Map<string, Listener>(),
    windows: [] as any[],
    ipcHandlers: new Map<string, Listener>(),
    headersListener: null as Listener | null,
    permissionHandler: null as Listener | null,
    exposed: new Map<string, unknown>(),
    invoke: null as any,
    documents: '',
  };
  const makeContents = () => {
    const listeners = new Map<string, Listener>();
    return {
      listeners,
      windowOpenHandler: null as Listener | null,
      mainFrame: { url: '' },
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      setWindowOpenHandler(handler: Listener) {
        this.windowOpenHandler = handler;
      },
    };
  };
  return { state, makeContents };
});

vi.mock('electron', () => {
  const { state, makeContents } = fake;
  class BrowserWindow {
    webContents = makeContents();
    loaded: string | null = null;
    constructor(readonly options: any) {
      state.windows.push(this);
      state.appListeners.get('web-contents-created')?.({}, this.webContents);
    }
    once() {}
    on() {}
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return false;
    }
    async loadFile(file: string) {
      this.loaded = file;
    }
    async loadURL(url: string) {
      this.loaded = url;
    }
  }
  return {
    app: {
      isPackaged: false,
      getPath: () => state.documents,
      setPath: vi.fn(),
      requestSingleInstanceLock: () => true,
      on: (name: string, listener: Listener) => state.appListeners.set(name, listener),
      whenReady: () => Promise.resolve(),
      quit: vi.fn(),
      exit: vi.fn(),
      relaunch: vi.fn(),
    },
    BrowserWindow,
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn() },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (listener: Listener) => (state.headersListener = listener) },
        setPermissionRequestHandler: (handler: Listener) => (state.permissionHandler = handler),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => state.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => state.ipcHandlers.delete(channel),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => state.exposed.set(key, api) },
    ipcRenderer: { invoke: (...args: unknown[]) => state.invoke(...args) },
  };
});

const electron = await import('electron');
const { state } = fake;
// The module under test computes its page from its own location: electron/main/../renderer/index.html.
const APP_PAGE = pathToFileURL(join(import.meta.dirname, 'renderer', 'index.html')).href;

let scratch = '';
let savedArgv: string[] = [];

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'collate-main-'));
  state.documents = join(scratch, 'Documents');
  state.appListeners.clear();
  state.windows.length = 0;
  state.ipcHandlers.clear();
  savedArgv = process.argv;
  vi.resetModules();
  vi.clearAllMocks();
});

afterEach(() => {
  state.appListeners.get('will-quit')?.();
  process.argv = savedArgv;
  rmSync(scratch, { recursive: true, force: true });
});

async function startMain(argv: string[]): Promise<void> {
  process.argv = [process.execPath, '.', ...argv];
  await import('./main/index');
  await vi.waitFor(() => {
    if (state.windows.length === 0 && vi.mocked(electron.app.exit).mock.calls.length === 0) throw new Error('not started');
  });
}

function call(method: string, args: unknown, frame?: { url: string }): Promise<any> {
  const window = state.windows[0];
  const senderFrame = frame ?? window.webContents.mainFrame;
  return state.ipcHandlers.get('collate:call')!({ sender: window.webContents, senderFrame }, method, args) as Promise<any>;
}

describe('the main process', () => {
  it('opens the --workspace folder in a locked-down window', async () => {
    const dir = await initWorkspace(join(scratch, 'ws'));
    await startMain(['--workspace', dir]);
    const [window] = state.windows;
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(window.options.webPreferences.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(pathToFileURL(window.loaded).href).toBe(APP_PAGE);
    expect(window.options.title).toBe('Collate — ws');
  });

  it('serves the one channel only to its own page, parsing the arguments', async () => {
    const dir = await initWorkspace(join(scratch, 'ws'));
    await startMain(['--workspace', dir]);
    const window = state.windows[0];
    window.webContents.mainFrame.url = `${APP_PAGE}#/`;
    expect(await call('listDocuments', {})).toEqual({ ok: true, value: [] });
    expect(await call('getDocument', { id: 42 })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(await call('rmrf', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await call('listDocuments', {}, { url: APP_PAGE })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    window.webContents.mainFrame.url = 'https://evil.example/';
    expect(await call('listDocuments', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('sets the CSP header, denies permissions, navigation and new windows', async () => {
    const dir = await initWorkspace(join(scratch, 'ws'));
    await startMain(['--workspace', dir]);
    const answer = vi.fn();
    state.headersListener!({ responseHeaders: { 'content-security-policy': ['x'] } }, answer);
    const headers = answer.mock.calls[0]![0].responseHeaders;
    expect(headers['Content-Security-Policy']).toEqual([expect.stringContaining("script-src 'self';")]);
    expect(headers['content-security-policy']).toBeUndefined();

    const permission = vi.fn();
    state.permissionHandler!({}, 'media', permission);
    expect(permission).toHaveBeenCalledWith(false);

    const contents = state.windows[0].webContents;
    const away = { url: 'https://example.org/', preventDefault: vi.fn() };
    contents.listeners.get('will-navigate')!(away);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/');
    const local = { url: 'file:///etc/passwd', preventDefault: vi.fn() };
    contents.listeners.get('will-navigate')!(local);
    expect(local.preventDefault).toHaveBeenCalled();
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
    const self = { url: APP_PAGE, preventDefault: vi.fn() };
    contents.listeners.get('will-navigate')!(self);
    expect(self.preventDefault).not.toHaveBeenCalled();
    expect(contents.windowOpenHandler!({ url: 'http://example.org/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('releases the workspace on quit', async () => {
    const dir = await initWorkspace(join(scratch, 'ws'));
    await startMain(['--workspace', dir]);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    state.appListeners.get('will-quit')!();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('creates <documents>/Collate on first start', async () => {
    await startMain([]);
    expect(state.windows[0].options.title).toBe('Collate — Collate');
  });

  it('shows the reason and quits when the workspace cannot be opened', async () => {
    await startMain(['--workspace', join(scratch, 'nowhere')]);
    expect(state.windows).toHaveLength(0);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Collate could not open the workspace', expect.stringContaining('There is no folder'));
    expect(electron.app.exit).toHaveBeenCalledWith(1);
  });
});

describe('the preload', () => {
  it('exposes one function per contract method, each invoking collate:call', async () => {
    state.invoke = vi.fn(async () => ({ ok: true, value: [] }));
    await import('./preload/index');
    const api = state.exposed.get('collate') as Record<string, (args?: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...methods].sort());
    expect(await api.listDocuments!({})).toEqual({ ok: true, value: [] });
    expect(state.invoke).toHaveBeenCalledWith('collate:call', 'listDocuments', {});
    await api.getDocument!({ id: 'd1' });
    expect(state.invoke).toHaveBeenLastCalledWith('collate:call', 'getDocument', { id: 'd1' });
    expect(Object.isFrozen(api)).toBe(true);
  });
});
