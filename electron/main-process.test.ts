/**
 * Electron cannot run on every machine (its binary may not download), so the main process and the
 * preload are run here against a stand-in `electron` module: what they configure and how the one
 * IPC channel answers are checked without a window.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
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
    /** Sessions made with session.fromPartition, by name: their request filter, permission handler and protocols. */
    partitions: new Map<
      string,
      { beforeRequest: Listener | null; permission: Listener | null; protocols: Map<string, Listener> }
    >(),
    /** What each printToPDF saw: the window, its page's HTML and what its session let through. */
    printed: [] as Array<{
      window: any;
      options: any;
      html: string;
      policy: string | null;
      pageAllowed: boolean;
      webAllowed: boolean;
    }>,
    /** Schemes registered as privileged (before ready) and the handlers given to protocol.handle. */
    privileged: [] as unknown[],
    protocols: new Map<string, Listener>(),
    /** The window BrowserWindow.getFocusedWindow answers. */
    focused: null as any,
    rendererListeners: new Map<string, Listener>(),
  };
  const makeContents = () => {
    const listeners = new Map<string, Listener>();
    return {
      listeners,
      windowOpenHandler: null as Listener | null,
      mainFrame: { url: '' },
      sent: [] as Array<[string, unknown]>,
      send(channel: string, payload: unknown) {
        this.sent.push([channel, payload]);
      },
      undo: vi.fn(),
      redo: vi.fn(),
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      setWindowOpenHandler(handler: Listener) {
        this.windowOpenHandler = handler;
      },
    };
  };
  return { state, makeContents };
});

// V8's flags are the whole test process's: the main process's call is only recorded here
// (src/service/young-generation.test.ts checks what it does, in a process of its own).
vi.mock('../src/service/young-generation', () => ({ limitYoungGeneration: vi.fn(() => 0) }));

vi.mock('electron', () => {
  const { state, makeContents } = fake;
  class BrowserWindow {
    webContents: any = makeContents();
    loaded: string | null = null;
    destroyed = false;
    constructor(readonly options: any) {
      this.webContents.printToPDF = vi.fn(async (options: any) => {
        const own = this.options.webPreferences.session;
        const filter = options && own?.filter;
        const allows = (url: string): boolean => {
          let cancel = true;
          filter?.({ url }, (answer: { cancel: boolean }) => (cancel = answer.cancel));
          return !cancel;
        };
        const page = (await own.protocols.get(new URL(this.loaded!).protocol.slice(0, -1))({
          url: this.loaded,
          method: 'GET',
        })) as Response;
        state.printed.push({
          window: this,
          options,
          policy: page.headers.get('content-security-policy'),
          html: await page.text(),
          pageAllowed: allows(this.loaded!),
          webAllowed: allows('https://example.org/font.woff'),
        });
        return Buffer.from('%PDF-1.7 fake report');
      });
      state.windows.push(this);
      state.appListeners.get('web-contents-created')?.({}, this.webContents);
    }
    windowListeners = new Map<string, Listener[]>();
    once(name: string, listener: Listener) {
      this.on(name, listener);
    }
    on(name: string, listener: Listener) {
      this.windowListeners.set(name, [...(this.windowListeners.get(name) ?? []), listener]);
    }
    /** Closes the window as the user would: 'close', then 'closed'. */
    close() {
      for (const listener of this.windowListeners.get('close') ?? []) listener({});
      this.destroyed = true;
      for (const listener of this.windowListeners.get('closed') ?? []) listener();
    }
    getNormalBounds() {
      return { x: this.options.x + 10, y: this.options.y, width: this.options.width, height: this.options.height };
    }
    isMaximized() {
      return false;
    }
    maximize() {}
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
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
      name: 'Collate',
      getVersion: () => '0.1.0',
      addRecentDocument: vi.fn(),
      clearRecentDocuments: vi.fn(),
      getPath: () => state.documents,
      setPath: vi.fn(),
      requestSingleInstanceLock: () => true,
      on: (name: string, listener: Listener) => state.appListeners.set(name, listener),
      whenReady: () => Promise.resolve(),
      quit: vi.fn(),
      exit: vi.fn(),
      relaunch: vi.fn(),
    },
    BrowserWindow: Object.assign(BrowserWindow, { getFocusedWindow: () => state.focused }),
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    nativeTheme: { themeSource: 'system' },
    clipboard: { writeText: vi.fn() },
    dialog: {
      showErrorBox: vi.fn(),
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
      handle: (scheme: string, handler: Listener) => state.protocols.set(scheme, handler),
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    session: {
      fromPartition: (name: string) => {
        const record = {
          beforeRequest: null as Listener | null,
          permission: null as Listener | null,
          protocols: new Map<string, Listener>(),
        };
        state.partitions.set(name, record);
        const own: any = {
          name,
          protocols: record.protocols,
          protocol: { handle: (scheme: string, handler: Listener) => record.protocols.set(scheme, handler) },
          webRequest: {
            onBeforeRequest: (listener: Listener) => ((record.beforeRequest = listener), (own.filter = listener)),
          },
          setPermissionRequestHandler: (handler: Listener) => (record.permission = handler),
          setPermissionCheckHandler: vi.fn(),
        };
        return own;
      },
      defaultSession: {
        on: vi.fn(),
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
    ipcRenderer: {
      invoke: (...args: unknown[]) => state.invoke(...args),
      on: (channel: string, listener: Listener) => state.rendererListeners.set(channel, listener),
      removeListener: (channel: string) => state.rendererListeners.delete(channel),
    },
  };
});

const electron = await import('electron');
const { limitYoungGeneration } = await import('../src/service/young-generation');
const { state } = fake;
// The renderer is served from the app's own scheme, never from file:.
const APP_PAGE = 'app://collate/index.html';

let scratch = '';
let savedArgv: string[] = [];
let savedConfigDir: string | undefined;
let configDir = '';

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'collate-main-'));
  state.documents = join(scratch, 'Documents');
  state.appListeners.clear();
  state.windows.length = 0;
  state.ipcHandlers.clear();
  state.partitions.clear();
  state.printed.length = 0;
  state.privileged.length = 0;
  state.protocols.clear();
  state.focused = null;
  savedArgv = process.argv;
  savedConfigDir = process.env.COLLATE_CONFIG_DIR;
  configDir = mkdtempSync(join(tmpdir(), 'collate-config-'));
  process.env.COLLATE_CONFIG_DIR = configDir;
  vi.resetModules();
  vi.clearAllMocks();
});

afterEach(() => {
  state.appListeners.get('will-quit')?.();
  process.argv = savedArgv;
  if (savedConfigDir === undefined) delete process.env.COLLATE_CONFIG_DIR;
  else process.env.COLLATE_CONFIG_DIR = savedConfigDir;
  rmSync(configDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

async function startMain(argv: string[]): Promise<void> {
  process.argv = [process.execPath, '.', ...argv];
  await import('./main/index');
  await vi.waitFor(() => {
    if (state.windows.length === 0 && vi.mocked(electron.app.exit).mock.calls.length === 0)
      throw new Error('not started');
  });
}

function call(method: string, args: unknown, frame?: { url: string }): Promise<any> {
  const window = state.windows[0];
  const senderFrame = frame ?? window.webContents.mainFrame;
  return state.ipcHandlers.get('collate:call')!(
    { sender: window.webContents, senderFrame },
    method,
    args,
  ) as Promise<any>;
}

describe('the main process', () => {
  it('limits its young generation first, before it configures Electron or opens a workspace', async () => {
    const dir = await initWorkspace(join(scratch, 'ws'));
    const seen = vi.fn();
    vi.mocked(limitYoungGeneration).mockImplementationOnce(() => {
      seen({ schemes: state.privileged.length, windows: state.windows.length });
      return 0;
    });
    await startMain(['--workspace', dir]);
    expect(seen).toHaveBeenCalledExactlyOnceWith({ schemes: 0, windows: 0 });
    expect(state.privileged.length).toBeGreaterThan(0);
    expect(state.windows).toHaveLength(1);
  });

  it('opens the --workspace folder in a locked-down window', async () => {
    const dir = await initWorkspace(join(scratch, 'ws'));
    await startMain(['--workspace', dir]);
    const [window] = state.windows;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.options.webPreferences.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.loaded).toBe(APP_PAGE);
    expect(window.options.title).toBe('Collate — ws');
  });

  it('serves the renderer from app://collate/ with the CSP, and nothing outside out/renderer', async () => {
    const dir = await initWorkspace(join(scratch, 'ws'));
    await startMain(['--workspace', dir]);
    expect(state.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const serve = state.protocols.get('app')!;
    const missing = (await serve({ url: 'app://collate/no-such-file.js', method: 'GET' })) as Response;
    expect(missing.status).toBe(404);
    const climbing = (await serve({ url: 'app://collate/%2e%2e/main/index.ts', method: 'GET' })) as Response;
    expect(climbing.status).toBe(404);
  });

  it('loads the dev server only when not packaged', async () => {
    const dir = await initWorkspace(join(scratch, 'ws'));
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    try {
      await startMain(['--workspace', dir]);
      expect(state.windows[0].loaded).toBe('http://localhost:5173/');
      state.appListeners.get('will-quit')?.();
      vi.resetModules();
      state.windows.length = 0;
      (electron.app as { isPackaged: boolean }).isPackaged = true;
      await startMain(['--workspace', dir]);
      expect(state.windows[0].loaded).toBe(APP_PAGE);
    } finally {
      delete process.env.ELECTRON_RENDERER_URL;
      (electron.app as { isPackaged: boolean }).isPackaged = false;
    }
  });

  it('serves the one channel only to its own page, parsing the arguments', async () => {
    const dir = await initWorkspace(join(scratch, 'ws'));
    await startMain(['--workspace', dir]);
    const window = state.windows[0];
    window.webContents.mainFrame.url = `${APP_PAGE}#/`;
    expect(await call('listDocuments', {})).toEqual({ ok: true, value: [] });
    expect(await call('getDocument', { id: 42 })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(await call('rmrf', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await call('listDocuments', {}, { url: APP_PAGE })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
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
    await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/'));
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ detail: 'https://example.org/' }),
    );
    // Cancel in the question: nothing opens.
    vi.mocked(electron.dialog.showMessageBox).mockResolvedValueOnce({ response: 1 } as never);
    contents.listeners.get('will-navigate')!({ url: 'https://example.org/other', preventDefault: vi.fn() });
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
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

  it('shows the welcome window when the launch names no workspace, and creates none', async () => {
    await startMain([]);
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0].options).toMatchObject({ title: 'Collate', width: 760, height: 560 });
    expect(state.windows[0].loaded).toBe(`${APP_PAGE}?window=welcome`);
    expect(existsSync(join(state.documents, 'Collate'))).toBe(false);
  });

  it('shows the reason, then the welcome window, when the workspace cannot be opened', async () => {
    await startMain(['--workspace', join(scratch, 'nowhere')]);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Collate could not open the workspace',
      expect.stringContaining('There is no folder'),
    );
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0].loaded).toBe(`${APP_PAGE}?window=welcome`);
    expect(electron.app.exit).not.toHaveBeenCalled();
  });

  it('refuses a JSON file that is not a workspace’s collate.json, naming it', async () => {
    const one = await initWorkspace(join(scratch, 'one'));
    const data = join(scratch, 'data.json');
    writeFileSync(data, '{}');
    await startMain([data, join(one, 'collate.json')]);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Collate could not open the file',
      expect.stringContaining(`${data} is not a workspace's collate.json`),
    );
    expect(state.windows.map((w) => w.options.title)).toEqual(['Collate — one']);
  });
});

describe('Report… › PDF… in the desktop window', () => {
  async function startWithReport(): Promise<{ dir: string; window: any }> {
    const dir = await initWorkspace(join(scratch, 'ws'));
    await startMain(['--workspace', dir]);
    const window = state.windows[0];
    window.webContents.mainFrame.url = APP_PAGE;
    return { dir, window };
  }

  function savePdf(args: unknown = {}, sender?: { sender: unknown; senderFrame: unknown }): Promise<any> {
    const window = state.windows[0];
    return state.ipcHandlers.get('collate:save-report-pdf')!(
      sender ?? { sender: window.webContents, senderFrame: window.webContents.mainFrame },
      args,
    ) as Promise<any>;
  }

  /** Starts with a report to print; the user picks a folder's report.pdf, which holds an older report. */
  async function chooseOverOlderReport(): Promise<{ out: string; target: string }> {
    await startWithReport();
    const out = join(scratch, 'out');
    mkdirSync(out);
    const target = join(out, 'report.pdf');
    writeFileSync(target, 'an older report');
    vi.mocked(electron.dialog.showSaveDialog).mockResolvedValue({ canceled: false, filePath: target } as never);
    return { out, target };
  }

  it('prints the report in a hidden, sandboxed, offline window with JavaScript off, and writes it whole where the user chose', async () => {
    const { out, target } = await chooseOverOlderReport();

    const answer = await savePdf();

    expect(answer).toEqual({ ok: true, value: { saved: true, path: target, bytes: 20 } });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake report');
    expect(readdirSync(out)).toEqual(['report.pdf']);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      state.windows[0],
      expect.objectContaining({
        defaultPath: join(state.documents, 'ws-report.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    );
    const [print] = state.printed;
    expect(print!.window.options).toMatchObject({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
      },
    });
    expect(print!.window.options.webPreferences.preload).toBeUndefined();
    expect(print!.window.options.webPreferences.session.name).toBe('collate-print');
    expect(print!.pageAllowed).toBe(true);
    expect(print!.webAllowed).toBe(false);
    // The page came from memory over app://print/, under the print policy (header and <meta>), never from a file.
    expect(print!.window.loaded).toMatch(/^app:\/\/print\/[0-9a-f-]{36}\.html$/);
    const policy =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";
    expect(print!.policy).toBe(policy);
    expect(print!.html).toContain(`<head><meta http-equiv="Content-Security-Policy" content="${policy}">`);
    expect(print!.html).not.toMatch(/<script/i);
    expect(print!.options).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(print!.window.destroyed).toBe(true);
    // Once printed the page is gone: the session answers 404 and lets nothing through any more.
    const gone = (await state.partitions.get('collate-print')!.protocols.get('app')!({
      url: print!.window.loaded,
      method: 'GET',
    })) as Response;
    expect(gone.status).toBe(404);
    let cancel = false;
    state.partitions.get('collate-print')!.beforeRequest!(
      { url: print!.window.loaded },
      (a: { cancel: boolean }) => (cancel = a.cancel),
    );
    expect(cancel).toBe(true);
    const permission = vi.fn();
    state.partitions.get('collate-print')!.permission!({}, 'media', permission);
    expect(permission).toHaveBeenCalledWith(false);
  });

  it('leaves the chosen file as it was when printing fails', async () => {
    const { out, target } = await chooseOverOlderReport();
    const print = vi
      .spyOn(electron.BrowserWindow.prototype as any, 'loadURL')
      .mockRejectedValueOnce(new Error('renderer crashed'));
    expect(await savePdf()).toEqual({
      ok: false,
      error: { code: 'pdf-failed', message: 'The PDF could not be made: renderer crashed' },
    });
    print.mockRestore();
    expect(readdirSync(out)).toEqual(['report.pdf']);
    expect(readFileSync(target, 'utf8')).toBe('an older report');
    expect(state.windows.at(-1).destroyed).toBe(true);
  });

  it('writes nothing and prints nothing when the save dialog is cancelled', async () => {
    await startWithReport();
    vi.mocked(electron.dialog.showSaveDialog).mockResolvedValue({ canceled: true, filePath: '' } as never);
    expect(await savePdf()).toEqual({ ok: true, value: { saved: false } });
    expect(state.printed).toHaveLength(0);
    expect(readdirSync(scratch).sort()).toEqual(['ws']);
  });

  it('refuses another sender, another page, and any argument, before asking anything', async () => {
    const { window } = await startWithReport();
    expect(await savePdf({}, { sender: {}, senderFrame: window.webContents.mainFrame })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await savePdf({}, { sender: window.webContents, senderFrame: { url: APP_PAGE } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    window.webContents.mainFrame.url = 'https://evil.example/';
    expect(await savePdf()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    window.webContents.mainFrame.url = APP_PAGE;
    expect(await savePdf({ path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(state.printed).toHaveLength(0);
  });

  it('refuses to save the PDF inside the workspace folder', async () => {
    const { dir } = await startWithReport();
    vi.mocked(electron.dialog.showSaveDialog).mockResolvedValue({
      canceled: false,
      filePath: join(dir, 'report.pdf'),
    } as never);
    expect(await savePdf()).toMatchObject({ ok: false, error: { code: 'report-destination' } });
    expect(existsSync(join(dir, 'report.pdf'))).toBe(false);
    expect(state.printed).toHaveLength(0);
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

  it('adds the desktop calls, each on its own channel, and listeners that never see the IPC event', async () => {
    state.invoke = vi.fn(async () => ({ ok: true, value: { saved: false } }));
    await import('./preload/index');
    const desktop = state.exposed.get('collateDesktop') as Record<string, (...args: any[]) => any>;
    expect(Object.keys(desktop)).toEqual([
      'saveReportPdf',
      'getPreferences',
      'setPreferences',
      'nativeEdit',
      'welcome',
      'onMenuCommand',
      'onImportFiles',
      'onPreferencesChanged',
    ]);
    await desktop.saveReportPdf!({ path: '/etc/passwd' });
    expect(state.invoke).toHaveBeenCalledWith('collate:save-report-pdf', {});
    await desktop.saveReportPdf!('Ferry report');
    expect(state.invoke).toHaveBeenLastCalledWith('collate:save-report-pdf', { title: 'Ferry report' });
    await desktop.setPreferences!({ theme: 'dark' });
    expect(state.invoke).toHaveBeenLastCalledWith('collate:set-preferences', { theme: 'dark' });
    await desktop.welcome!({ action: 'list' });
    expect(state.invoke).toHaveBeenLastCalledWith('collate:welcome', { action: 'list' });
    const heard = vi.fn();
    const stop = desktop.onMenuCommand!(heard);
    state.rendererListeners.get('collate:menu-command')!({ sender: 'the ipc event' }, 'undo');
    expect(heard).toHaveBeenCalledWith('undo');
    stop();
    expect(state.rendererListeners.has('collate:menu-command')).toBe(false);
    expect(Object.isFrozen(desktop)).toBe(true);
  });
});

describe('workspaces like documents', () => {
  function ipc(channel: string, window: any, ...args: unknown[]): Promise<any> {
    window.webContents.mainFrame.url = APP_PAGE;
    return state.ipcHandlers.get(channel)!(
      { sender: window.webContents, senderFrame: window.webContents.mainFrame },
      ...args,
    ) as Promise<any>;
  }
  const workspaceName = async (window: any) => (await ipc('collate:call', window, 'getWorkspace', {})).value.name;
  const config = () => JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8'));

  it('opens each workspace the command line names in its own window, each serving its own workspace', async () => {
    const one = await initWorkspace(join(scratch, 'one'));
    const two = await initWorkspace(join(scratch, 'two'));
    await startMain(['--workspace', one, join(two, 'collate.json')]);
    await vi.waitFor(() => expect(state.windows).toHaveLength(2));
    expect(state.windows.map((w) => w.options.title)).toEqual(['Collate — one', 'Collate — two']);
    expect(await workspaceName(state.windows[0])).toBe('one');
    expect(await workspaceName(state.windows[1])).toBe('two');
    expect(existsSync(join(one, LOCK_FILE)) && existsSync(join(two, LOCK_FILE))).toBe(true);
    // Closing one window releases its workspace only.
    state.windows[0].close();
    expect(existsSync(join(one, LOCK_FILE))).toBe(false);
    expect(existsSync(join(two, LOCK_FILE))).toBe(true);
    expect(await ipc('collate:call', state.windows[0], 'listDocuments', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('opens a second launch’s workspace in a new window, or focuses the window it already has', async () => {
    const one = await initWorkspace(join(scratch, 'one'));
    const two = await initWorkspace(join(scratch, 'two'));
    await startMain(['--workspace', one]);
    const secondInstance = state.appListeners.get('second-instance')!;
    const focus = vi.spyOn(state.windows[0], 'focus');
    secondInstance({}, ['/usr/bin/collate', '--workspace', 'one'], scratch);
    await vi.waitFor(() => expect(focus).toHaveBeenCalled());
    expect(state.windows).toHaveLength(1);
    secondInstance({}, ['/usr/bin/collate', join(two, 'collate.json')], '/');
    await vi.waitFor(() => expect(state.windows).toHaveLength(2));
    expect(await workspaceName(state.windows[1])).toBe('two');
    // macOS hands an opened file over by open-file.
    state.appListeners.get('open-file')!({ preventDefault: vi.fn() }, join(one, 'collate.json'));
    await vi.waitFor(() => expect(focus).toHaveBeenCalledTimes(2));
    expect(state.windows).toHaveLength(2);
  });

  it('keeps the recent workspaces in the user config and the system list, newest first', async () => {
    const one = await initWorkspace(join(scratch, 'one'));
    const two = await initWorkspace(join(scratch, 'two'));
    await startMain(['--workspace', one]);
    state.appListeners.get('second-instance')!({}, ['collate', '--workspace', two], '/');
    await vi.waitFor(() => expect(state.windows).toHaveLength(2));
    await vi.waitFor(() => expect(config().recentWorkspaces).toEqual([two, one]));
    expect(electron.app.addRecentDocument).toHaveBeenCalledWith(two);
    // File › Open Recent lists them.
    const template = vi.mocked(electron.Menu.setApplicationMenu).mock.lastCall![0] as any;
    const file = template.find((m: any) => m.label === 'File').submenu;
    const recent = file.find((m: any) => m.id === 'open-recent').submenu;
    expect(recent.slice(0, 2).map((m: any) => m.sublabel)).toEqual([two, one]);
  });

  it('reopens a workspace’s window where it was', async () => {
    const one = await initWorkspace(join(scratch, 'one'));
    await startMain(['--workspace', one]);
    state.windows[0].close();
    await vi.waitFor(() =>
      expect(config().windowState[one]).toEqual({ x: 270, y: 90, width: 1400, height: 900, maximized: false }),
    );
    state.appListeners.get('will-quit')!();
    state.windows.length = 0;
    vi.resetModules();
    await startMain(['--workspace', one]);
    expect(state.windows[0].options).toMatchObject({ x: 270, y: 90, width: 1400, height: 900 });
    expect(await workspaceName(state.windows[0])).toBe('one');
  });

  it('tells a window what the menu asks of it, and only the focused one', async () => {
    const one = await initWorkspace(join(scratch, 'one'));
    const two = await initWorkspace(join(scratch, 'two'));
    await startMain(['--workspace', one, '--workspace', two]);
    await vi.waitFor(() => expect(state.windows).toHaveLength(2));
    state.focused = state.windows[0];
    const template = vi.mocked(electron.Menu.setApplicationMenu).mock.lastCall![0] as any;
    const view = template.find((m: any) => m.label === 'View').submenu;
    view.find((m: any) => m.id === 'view-matrix').click();
    expect(state.windows[0].webContents.sent).toEqual([['collate:menu-command', 'view-matrix']]);
    expect(state.windows[1].webContents.sent).toEqual([]);
  });
});

describe('the welcome window', () => {
  const WELCOME_PAGE = `${APP_PAGE}?window=welcome`;
  function welcome(window: any, request: unknown, url = WELCOME_PAGE): Promise<any> {
    window.webContents.mainFrame.url = url;
    return state.ipcHandlers.get('collate:welcome')!(
      { sender: window.webContents, senderFrame: window.webContents.mainFrame },
      request,
    ) as Promise<any>;
  }

  it('lists the recent workspaces with their names and times, and opens one in place of itself', async () => {
    const one = await initWorkspace(join(scratch, 'one'));
    await startMain(['--workspace', one]);
    state.windows[0].close();
    state.appListeners.get('will-quit')!();
    state.windows.length = 0;
    vi.resetModules();
    await startMain([]);
    const [page] = state.windows;
    const listed = await welcome(page, { action: 'list' });
    expect(listed).toMatchObject({
      ok: true,
      value: { opened: null, recents: [{ path: one, name: 'one', missing: false }] },
    });
    expect(Date.parse(listed.value.recents[0].openedAt)).not.toBeNaN();
    // Only the welcome window's own page is answered.
    expect(await welcome(page, { action: 'list' }, 'https://evil.example/')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await welcome(page, { action: 'open', path: one })).toMatchObject({ ok: true, value: { opened: one } });
    expect(state.windows).toHaveLength(2);
    expect(state.windows[1].options.title).toBe('Collate — one');
    expect(page.destroyed).toBe(true);
    // A workspace window is not the welcome window.
    expect(await welcome(state.windows[1], { action: 'list' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('opens from File › New Window, once, and creates a workspace with New Workspace…', async () => {
    const one = await initWorkspace(join(scratch, 'one'));
    await startMain(['--workspace', one]);
    const file = (vi.mocked(electron.Menu.setApplicationMenu).mock.lastCall![0] as any).find(
      (m: any) => m.label === 'File',
    ).submenu;
    file.find((m: any) => m.id === 'new-window').click();
    file.find((m: any) => m.id === 'new-window').click();
    expect(state.windows.map((w) => w.loaded)).toEqual([APP_PAGE, WELCOME_PAGE]);
    const fresh = join(scratch, 'fresh');
    vi.mocked(electron.dialog.showOpenDialog).mockResolvedValue({ canceled: false, filePaths: [fresh] } as never);
    state.focused = state.windows[1];
    expect(await welcome(state.windows[1], { action: 'new' })).toMatchObject({ ok: true, value: { opened: fresh } });
    expect(existsSync(join(fresh, 'collate.json'))).toBe(true);
    expect(state.windows[2].options.title).toBe('Collate — fresh');
    // The folder dialog belonged to the welcome window, which closed once the workspace opened.
    expect(vi.mocked(electron.dialog.showOpenDialog).mock.calls[0]![0]).toBe(state.windows[1]);
    expect(state.windows[1].destroyed).toBe(true);
  });

  it('says in the page why a folder is not a workspace, and stays', async () => {
    await startMain([]);
    const other = join(scratch, 'photos');
    mkdirSync(other);
    writeFileSync(join(other, 'cat.jpg'), 'x');
    vi.mocked(electron.dialog.showOpenDialog).mockResolvedValue({ canceled: false, filePaths: [other] } as never);
    expect(await welcome(state.windows[0], { action: 'choose' })).toMatchObject({
      ok: false,
      error: { code: 'cannot-open', message: expect.stringContaining('is not a Collate workspace') },
    });
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0].destroyed).toBe(false);
  });
});

describe('preferences over IPC', () => {
  async function started(): Promise<any> {
    const one = await initWorkspace(join(scratch, 'one'));
    await startMain(['--workspace', one]);
    const window = state.windows[0];
    window.webContents.mainFrame.url = APP_PAGE;
    return window;
  }
  const invoke = (channel: string, window: any, ...args: any[]): Promise<any> => {
    const frame = channel === 'collate:call' ? undefined : args[1];
    return state.ipcHandlers.get(channel)!(
      { sender: window.webContents, senderFrame: frame ?? window.webContents.mainFrame },
      ...(channel === 'collate:call' ? args : [args[0]]),
    ) as Promise<any>;
  };

  it('reads the defaults, stores a change, applies the theme and tells every window', async () => {
    const window = await started();
    const read = await invoke('collate:get-preferences', window, {});
    expect(read).toMatchObject({ ok: true, value: { theme: 'system', textSize: 16, lineWidth: 70, exportFolder: '' } });
    const changed = await invoke('collate:set-preferences', window, { theme: 'dark', textSize: 20 });
    expect(changed).toMatchObject({ ok: true, value: { theme: 'dark', textSize: 20 } });
    expect(electron.nativeTheme.themeSource).toBe('dark');
    expect(window.webContents.sent).toContainEqual(['collate:preferences-changed', changed.value]);
    expect(JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8'))).toMatchObject({
      theme: 'dark',
      textSize: 20,
    });
  });

  it('signs the open workspace’s next edits with a new annotator name', async () => {
    vi.stubEnv('COLLATE_ANNOTATOR', '');
    onTestFinished(() => void vi.unstubAllEnvs());
    const window = await started();
    const call = (method: string, args: unknown) => invoke('collate:call', window, method, args);
    const bytes = Buffer.from('Title\nThe minister said ships came.\n').toString('base64');
    await call('importFiles', { files: [{ name: 'a.txt', dataBase64: bytes }] });
    const [doc] = (await call('listDocuments', {})).value;
    expect(await invoke('collate:set-preferences', window, { annotator: 'ben' })).toMatchObject({ ok: true });
    const span = await call('createAnnotation', { documentId: doc.id, label: 'Claim', start: 6, end: 18 });
    expect(span).toMatchObject({ ok: true, value: { author: 'ben' } });
  });

  it('refuses a bad value, an unknown key, and another page, and changes nothing', async () => {
    const window = await started();
    for (const bad of [{ theme: 'purple' }, { textSize: 400 }, { colour: 'red' }, { exportFolder: 'relative' }]) {
      const answer = await invoke('collate:set-preferences', window, bad);
      expect(answer.ok, JSON.stringify(bad)).toBe(false);
    }
    expect(await invoke('collate:set-preferences', window, { theme: 'dark' }, { url: APP_PAGE })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(existsSync(join(configDir, 'config.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')).theme).toBeUndefined();
  });

  it('runs a text field’s own undo and redo for the window that asked, and nothing else', async () => {
    const window = await started();
    expect(await invoke('collate:native-edit', window, 'undo')).toEqual({ ok: true, value: null });
    expect(await invoke('collate:native-edit', window, 'redo')).toEqual({ ok: true, value: null });
    expect(window.webContents.undo).toHaveBeenCalledTimes(1);
    expect(window.webContents.redo).toHaveBeenCalledTimes(1);
    expect(await invoke('collate:native-edit', window, 'delete')).toMatchObject({ ok: false });
  });
});

describe('the File menu', () => {
  const fileMenu = () =>
    (vi.mocked(electron.Menu.setApplicationMenu).mock.lastCall![0] as any).find((m: any) => m.label === 'File')
      .submenu as any[];
  const item = (id: string) => fileMenu().find((m: any) => m.id === id);

  it('New Workspace… makes an empty folder a workspace and opens it in a new window', async () => {
    const one = await initWorkspace(join(scratch, 'one'));
    await startMain(['--workspace', one]);
    const fresh = join(scratch, 'fresh');
    mkdirSync(fresh);
    vi.mocked(electron.dialog.showOpenDialog).mockResolvedValue({ canceled: false, filePaths: [fresh] } as never);
    item('new-workspace').click();
    await vi.waitFor(() => expect(state.windows).toHaveLength(2));
    expect(existsSync(join(fresh, 'collate.json'))).toBe(true);
    expect(state.windows[1].options.title).toBe('Collate — fresh');
  });

  it('Open Workspace… refuses a folder that is not a workspace, saying why, and opens no window', async () => {
    const one = await initWorkspace(join(scratch, 'one'));
    await startMain(['--workspace', one]);
    const other = join(scratch, 'photos');
    mkdirSync(other);
    writeFileSync(join(other, 'cat.jpg'), 'x');
    vi.mocked(electron.dialog.showOpenDialog).mockResolvedValue({ canceled: false, filePaths: [other] } as never);
    item('open-workspace').click();
    await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalled());
    expect(vi.mocked(electron.dialog.showErrorBox).mock.calls[0]![1]).toContain('is not a Collate workspace');
    expect(state.windows).toHaveLength(1);
    expect(readdirSync(other)).toEqual(['cat.jpg']);
  });

  it('Import… reads the picked files and hands them to the focused window', async () => {
    const one = await initWorkspace(join(scratch, 'one'));
    await startMain(['--workspace', one]);
    const article = join(scratch, 'article.txt');
    writeFileSync(article, 'Title\nBody.\n');
    vi.mocked(electron.dialog.showOpenDialog).mockResolvedValue({ canceled: false, filePaths: [article] } as never);
    item('import').click();
    await vi.waitFor(() => expect(state.windows[0].webContents.sent).toHaveLength(1));
    const [[channel, files]] = state.windows[0].webContents.sent as [[string, any[]]];
    expect(channel).toBe('collate:import-files');
    expect(files.map((f) => [f.name, Buffer.from(f.bytes).toString('utf8')])).toEqual([
      ['article.txt', 'Title\nBody.\n'],
    ]);
  });
});
