/**
 * Electron cannot run on every machine (its binary may not download), so the main process and the
 * preload are run here against a stand-in `electron` module: what they configure and how the one
 * IPC channel answers are checked without a window.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
    /** Sessions made with session.fromPartition, by name: their request filter and permission handler. */
    partitions: new Map<string, { beforeRequest: Listener | null; permission: Listener | null }>(),
    /** What each printToPDF saw: the window, its page's HTML and what its session let through. */
    printed: [] as Array<{ window: any; options: any; html: string; pageAllowed: boolean; webAllowed: boolean }>,
    /** Schemes registered as privileged (before ready) and the handlers given to protocol.handle. */
    privileged: [] as unknown[],
    protocols: new Map<string, Listener>(),
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
    webContents: any = makeContents();
    loaded: string | null = null;
    destroyed = false;
    constructor(readonly options: any) {
      this.webContents.printToPDF = vi.fn(async (options: any) => {
        const { readFileSync } = await import('node:fs');
        const { fileURLToPath } = await import('node:url');
        const filter = options && this.options.webPreferences.session?.filter;
        const allows = (url: string): boolean => {
          let cancel = true;
          filter?.({ url }, (answer: { cancel: boolean }) => (cancel = answer.cancel));
          return !cancel;
        };
        state.printed.push({
          window: this,
          options,
          html: readFileSync(fileURLToPath(this.loaded!), 'utf8'),
          pageAllowed: allows(this.loaded!),
          webAllowed: allows('https://example.org/font.woff'),
        });
        return Buffer.from('%PDF-1.7 fake report');
      });
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
        const record = { beforeRequest: null as Listener | null, permission: null as Listener | null };
        state.partitions.set(name, record);
        const own: any = {
          name,
          webRequest: {
            onBeforeRequest: (listener: Listener) => ((record.beforeRequest = listener), (own.filter = listener)),
          },
          setPermissionRequestHandler: (handler: Listener) => (record.permission = handler),
          setPermissionCheckHandler: vi.fn(),
        };
        return own;
      },
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
// The renderer is served from the app's own scheme, never from file:.
const APP_PAGE = 'app://collate/index.html';

let scratch = '';
let savedArgv: string[] = [];

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
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Collate could not open the workspace',
      expect.stringContaining('There is no folder'),
    );
    expect(electron.app.exit).toHaveBeenCalledWith(1);
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
    expect(print!.html).toMatch(
      /<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">/,
    );
    expect(print!.html).not.toMatch(/<script/i);
    expect(print!.options).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(print!.window.destroyed).toBe(true);
    // The page was a temporary file; it is gone, and the session lets nothing through any more.
    expect(existsSync(fileURLToPath(print!.window.loaded))).toBe(false);
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

  it("adds one desktop call, saveReportPdf, on its own channel with the report's title only", async () => {
    state.invoke = vi.fn(async () => ({ ok: true, value: { saved: false } }));
    await import('./preload/index');
    const desktop = state.exposed.get('collateDesktop') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    expect(Object.keys(desktop)).toEqual(['saveReportPdf']);
    await desktop.saveReportPdf!({ path: '/etc/passwd' });
    expect(state.invoke).toHaveBeenCalledWith('collate:save-report-pdf', {});
    await desktop.saveReportPdf!('Ferry report');
    expect(state.invoke).toHaveBeenLastCalledWith('collate:save-report-pdf', { title: 'Ferry report' });
    expect(Object.isFrozen(desktop)).toBe(true);
  });
});
