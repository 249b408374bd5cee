import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, protocol, session } from 'electron';
import { initWorkspace } from '../../src/service/init-workspace';
import { WorkspaceGate } from '../../src/api/lock-gate';
import { WorkspaceService } from '../../src/service/workspace-service';
import { APP_PAGE, APP_SCHEME_PRIVILEGES, serveApp } from './app-protocol';
import { devRendererUrl } from './app-url';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { registerReportPdf } from './report-pdf-ipc';
import { hardenContents, hardenSession } from './security';
import { chooseWorkspace, needsInit, withWorkspace } from './workspace-location';

// The built layout: out/main/index.js, out/preload/index.cjs, out/renderer/ (served as app://collate/).
const PRELOAD = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const RENDERER_ROOT = fileURLToPath(new URL('../renderer/', import.meta.url));
// A packaged app always loads its own files, whatever the environment says.
const DEV_URL = devRendererUrl(app.isPackaged, process.env);

protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);

let mainWindow: BrowserWindow | null = null;
/** The workspace, open or waiting for the user to take over a lock another computer holds. */
let gate: WorkspaceGate<WorkspaceService> | null = null;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function openWorkspace(): Promise<WorkspaceGate<WorkspaceService>> {
  const choice = chooseWorkspace(process.argv.slice(1), process.env, app.getPath('documents'));
  if (choice.isDefault && needsInit(choice.dir)) await initWorkspace(choice.dir);
  try {
    return await WorkspaceGate.open((takeOverLock) => WorkspaceService.open(choice.dir, { takeOverLock }));
  } catch (error) {
    throw new Error(`${choice.dir}\n\n${message(error)}`);
  }
}

function createWindow(title: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    title,
    show: false,
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  // Keep the workspace's name in the title rather than the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(DEV_URL ?? APP_PAGE);
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** File › Open Workspace…: checks the folder, then restarts the app on it (one workspace per process). */
async function chooseAnotherWorkspace(): Promise<void> {
  const options = {
    title: 'Open a Collate workspace',
    buttonLabel: 'Open Workspace',
    properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
  };
  const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  const dir = picked.filePaths[0];
  if (picked.canceled || !dir) return;
  if (gate?.workspace && dir === gate.workspace.root) return;
  try {
    if (needsInit(dir)) await initWorkspace(dir);
    // Read-only: checks the folder is a workspace without taking its lock.
    (await WorkspaceService.open(dir, { readOnly: true })).close();
  } catch (error) {
    dialog.showErrorBox('Collate could not open that workspace', `${dir}\n\n${message(error)}`);
    return;
  }
  app.relaunch({ args: withWorkspace(process.argv.slice(1), dir) });
  app.quit();
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, DEV_URL);
  serveApp(protocol, RENDERER_ROOT);
  try {
    gate = await openWorkspace();
  } catch (error) {
    dialog.showErrorBox('Collate could not open the workspace', message(error));
    app.exit(1);
    return;
  }
  registerIpc({
    window: () => mainWindow,
    handlers: () => gate?.handlers ?? null,
    appPage: APP_PAGE,
    devUrl: DEV_URL,
  });
  registerReportPdf({
    window: () => mainWindow,
    service: () => gate?.workspace ?? null,
    appPage: APP_PAGE,
    devUrl: DEV_URL,
  });
  Menu.setApplicationMenu(buildMenu({ openWorkspace: () => void chooseAnotherWorkspace() }));
  // A workspace waiting for its lock to be taken over is named by its folder; the page asks.
  mainWindow = createWindow(`Collate — ${gate.workspace?.info().name ?? basename(gate.holder?.path ?? '')}`);
}

// `--user-data-dir=<dir>` gives a run its own profile, and so its own single-instance lock: the e2e
// suite uses it so a Collate the developer has open does not swallow the test's window.
const userDataDir = process.argv.find((arg) => arg.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length);
if (userDataDir) app.setPath('userData', userDataDir);

if (!app.requestSingleInstanceLock()) {
  // Another Collate window is running: it is focused (below, in that process) and this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => focusMainWindow());
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, APP_PAGE, DEV_URL));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    gate?.workspace?.close();
    gate = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Collate could not start', message(error));
      app.exit(1);
    });
}
