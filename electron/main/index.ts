import { existsSync, readFileSync } from 'node:fs';
import { realpathSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  Menu,
  nativeTheme,
  protocol,
  session,
  shell,
  type BrowserWindow as Window,
} from 'electron';
import {
  IMPORT_FILES_CHANNEL,
  MENU_COMMAND_CHANNEL,
  PREFERENCES_CHANGED_CHANNEL,
  TEXT_SIZE,
  type Preferences,
  type PreferencesPatch,
  type RendererCommand,
  type Theme,
} from '../../src/api/desktop';
import { WorkspaceGate } from '../../src/api/lock-gate';
import { initWorkspace } from '../../src/service/init-workspace';
import {
  loadUserConfig,
  readPreferences,
  resolveAnnotator,
  updatePreferences,
  updateUserConfig,
  userConfigFile,
} from '../../src/service/teams/user-config';
import { WorkspaceService } from '../../src/service/workspace-service';
import { menuTemplate } from './app-menu';
import { APP_PAGE, APP_SCHEME_PRIVILEGES, serveApp } from './app-protocol';
import { devRendererUrl } from './app-url';
import { registerDesktopIpc } from './desktop-ipc';
import { documentationFile, problemReport } from './help-actions';
import { registerIpc } from './ipc';
import { RecentWorkspaces } from './recent-workspaces';
import { registerReportPdf } from './report-pdf-ipc';
import { hardenContents, hardenSession } from './security';
import { checkForUpdates, type Updater } from './updates';
import { WindowRegistry, focus } from './window-registry';
import { createWorkspaceWindow } from './workspace-window';
import { chooseWorkspaces, needsInit, workspaceRootOf, workspacesInArgs } from './workspace-location';

// The built layout: out/main/index.js, out/preload/index.cjs, out/renderer/ (served as app://collate/).
const PRELOAD = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const RENDERER_ROOT = fileURLToPath(new URL('../renderer/', import.meta.url));
const SOURCE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// A packaged app always loads its own files, whatever the environment says.
const DEV_URL = devRendererUrl(app.isPackaged, process.env);

protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The same workspace named through a link or a manifest is one window. */
function canonical(dir: string): string {
  try {
    return realpathSync.native(dir);
  } catch {
    return dir;
  }
}

let theme: Theme = 'system';
let rebuildMenu = (): void => undefined;

const recent = new RecentWorkspaces(
  {
    read: async () => (await loadUserConfig()).config.recentWorkspaces ?? [],
    write: async (list) => void (await updateUserConfig((config) => void (config.recentWorkspaces = list))),
    addToSystem: (dir) => app.addRecentDocument(dir),
    clearSystem: () => app.clearRecentDocuments(),
  },
  () => rebuildMenu(),
);

/** A window's workspace: open, or waiting for the user to take over a lock another computer holds. */
interface HeldWorkspace {
  gate: WorkspaceGate<WorkspaceService>;
  close(): void;
}

const windows = new WindowRegistry<Window, HeldWorkspace>({
  keyOf: canonical,
  onClosed: () => rebuildMenu(),
  create: async (root) => {
    let gate: WorkspaceGate<WorkspaceService>;
    try {
      gate = await WorkspaceGate.open((takeOverLock) => WorkspaceService.open(root, { takeOverLock }));
    } catch (error) {
      throw new Error(`${root}\n\n${message(error)}`);
    }
    const saved = (await loadUserConfig()).config.windowState?.[root];
    await recent.opened(root);
    const window = createWorkspaceWindow({
      // A workspace waiting for its lock to be taken over is named by its folder; the page asks.
      title: `Collate — ${gate.workspace?.info().name ?? basename(root)}`,
      preload: PRELOAD,
      url: DEV_URL ?? APP_PAGE,
      saved,
      remember: (state) =>
        void updateUserConfig((config) => {
          config.windowState = { ...config.windowState, [root]: state };
        }).catch(() => undefined),
    });
    window.on('focus', () => rebuildMenu());
    return { window, service: { gate, close: () => gate.workspace?.close() } };
  },
});

/** Opens (or focuses) a workspace; when it cannot, says why and drops it from the recent list. */
async function openWorkspace(dir: string): Promise<boolean> {
  try {
    await windows.open(dir);
    rebuildMenu();
    return true;
  } catch (error) {
    dialog.showErrorBox('Collate could not open the workspace', message(error));
    await recent.forget(dir).catch(() => undefined);
    return false;
  }
}

const focusedWorkspace = (): Window | undefined => {
  const focused = BrowserWindow.getFocusedWindow();
  return (focused && windows.all().find((entry) => entry.window === focused)?.window) ?? windows.all().at(-1)?.window;
};

async function pickFolder(title: string, buttonLabel: string): Promise<string | null> {
  const options = { title, buttonLabel, properties: ['openDirectory', 'createDirectory'] as const };
  const parent = focusedWorkspace();
  const picked = parent
    ? await dialog.showOpenDialog(parent, { ...options, properties: [...options.properties] })
    : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
  return picked.canceled ? null : (picked.filePaths[0] ?? null);
}

/** File › New Workspace…: an empty (or new) folder becomes a workspace; an existing workspace just opens. */
async function newWorkspace(): Promise<void> {
  const dir = await pickFolder('Choose an empty folder for the new workspace', 'Create Workspace');
  if (!dir) return;
  if (needsInit(dir)) {
    try {
      await initWorkspace(dir);
    } catch (error) {
      dialog.showErrorBox('Collate could not create the workspace', `${dir}\n\n${message(error)}`);
      return;
    }
  }
  await openWorkspace(dir);
}

async function chooseWorkspace(): Promise<void> {
  const dir = await pickFolder('Open a Collate workspace', 'Open Workspace');
  if (dir) await openWorkspace(workspaceRootOf(dir));
}

/** File › Import…: the files are picked and read here, then handed to the workbench, which imports them. */
async function importFiles(): Promise<void> {
  const window = focusedWorkspace();
  if (!window) return;
  const picked = await dialog.showOpenDialog(window, {
    title: 'Import articles or annotated files',
    buttonLabel: 'Import',
    properties: ['openFile', 'multiSelections'],
  });
  if (picked.canceled || picked.filePaths.length === 0) return;
  const files = picked.filePaths.map((file) => ({ name: basename(file), bytes: new Uint8Array(readFileSync(file)) }));
  window.webContents.send(IMPORT_FILES_CHANNEL, files);
}

function broadcast(preferences: Preferences): void {
  for (const { window } of windows.all()) window.webContents.send(PREFERENCES_CHANGED_CHANNEL, preferences);
}

async function changePreferences(patch: PreferencesPatch): Promise<Preferences> {
  const preferences = await updatePreferences(patch);
  // COLLATE_ANNOTATOR still wins over the file, as it does for the command line.
  if (patch.annotator !== undefined) {
    const annotator = await resolveAnnotator();
    for (const { service } of windows.all()) service.gate.workspace?.setAuthor(annotator);
  }
  theme = preferences.theme;
  nativeTheme.themeSource = theme;
  broadcast(preferences);
  rebuildMenu();
  return preferences;
}

async function changeTextSize(step: 1 | -1 | 0): Promise<void> {
  const { textSize } = await readPreferences();
  const next = step === 0 ? TEXT_SIZE.default : Math.min(TEXT_SIZE.max, Math.max(TEXT_SIZE.min, textSize + step * 2));
  await changePreferences({ textSize: next });
}

async function exportFolder(): Promise<string> {
  const { exportFolder: folder } = await readPreferences();
  return folder && existsSync(folder) ? folder : app.getPath('documents');
}

async function reportProblem(): Promise<void> {
  const loaded = await loadUserConfig();
  const text = problemReport({
    version: app.getVersion(),
    electron: process.versions.electron ?? '',
    platform: process.platform,
    arch: process.arch,
    workspaces: windows.all().map((entry) => entry.root),
    configFile: userConfigFile(),
    configProblems: loaded.problems,
  });
  const answer = await dialog.showMessageBox({
    type: 'info',
    message: 'Report a problem',
    detail: `Copy these details into your report to whoever maintains Collate for you:\n\n${text}`,
    buttons: ['Copy Details', 'Close'],
    defaultId: 0,
    cancelId: 1,
  });
  if (answer.response === 0) clipboard.writeText(text);
}

function send(command: RendererCommand): void {
  focusedWorkspace()?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

async function loadUpdater(): Promise<Updater> {
  const updater = await import('electron-updater');
  return (updater.autoUpdater ?? updater.default.autoUpdater) as unknown as Updater;
}

function installMenu(): void {
  rebuildMenu = () => {
    const template = menuTemplate(
      {
        platform: process.platform,
        isDevelopment: !app.isPackaged,
        appName: app.name,
        recent: recent.current(),
        theme,
        hasWindow: windows.all().length > 0,
      },
      {
        newWorkspace: () => void newWorkspace(),
        openWorkspace: () => void chooseWorkspace(),
        openRecent: (dir) => void openWorkspace(dir),
        clearRecent: () => void recent.clear(),
        importFiles: () => void importFiles().catch((error) => dialog.showErrorBox('Import failed', message(error))),
        send,
        setTheme: (value) => void changePreferences({ theme: value }),
        changeTextSize: (step) => void changeTextSize(step),
        showDocumentation: () => {
          const file = documentationFile(app.isPackaged, process.resourcesPath, SOURCE_ROOT);
          if (file) void shell.openPath(file);
          else
            dialog.showErrorBox('No documentation', 'The documentation was not installed with this copy of Collate.');
        },
        reportProblem: () => void reportProblem(),
        checkForUpdates: () =>
          void checkForUpdates({
            loadUpdater,
            ask: async (text, detail, buttons) =>
              (await dialog.showMessageBox({ type: 'question', message: text, detail, buttons, cancelId: 1 })).response,
            tell: async (text, detail) => void (await dialog.showMessageBox({ type: 'info', message: text, detail })),
            version: app.getVersion(),
            isPackaged: app.isPackaged,
            hasBuiltInFeed: existsSync(join(process.resourcesPath, 'app-update.yml')),
            env: process.env,
          }),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  rebuildMenu();
}

/** Paths macOS hands over (open-file) before the app is ready wait here. */
const pendingPaths: string[] = [];
let ready = false;

async function start(): Promise<void> {
  hardenSession(session.defaultSession, DEV_URL);
  // Exports the workbench downloads are offered in the preferred export folder first.
  session.defaultSession.on('will-download', (_event, item) => {
    void exportFolder().then((folder) => item.setSaveDialogOptions({ defaultPath: join(folder, item.getFilename()) }));
  });
  serveApp(protocol, RENDERER_ROOT);
  const preferences = await readPreferences();
  theme = preferences.theme;
  nativeTheme.themeSource = theme;
  await recent.load();

  const windowOf = (contents: Electron.WebContents) => windows.forContents(contents)?.window;
  const senders = { windowOf, appPage: APP_PAGE, devUrl: DEV_URL };
  registerIpc({
    ...senders,
    handlersOf: (contents) => {
      const entry = windows.forContents(contents);
      return entry ? entry.service.gate.handlers : null;
    },
  });
  registerReportPdf({
    ...senders,
    serviceOf: (contents) => windows.forContents(contents)?.service.gate.workspace ?? null,
    exportFolder,
  });
  registerDesktopIpc({ ...senders, readPreferences: () => readPreferences(), changePreferences });
  installMenu();

  const choices = pendingPaths.length
    ? pendingPaths.map((path) => ({ dir: workspaceRootOf(path), isDefault: false }))
    : chooseWorkspaces(process.argv.slice(1), process.env, app.getPath('documents'), recent.current());
  ready = true;
  let opened = 0;
  for (const choice of choices) {
    if (choice.isDefault && needsInit(choice.dir)) await initWorkspace(choice.dir);
    if (await openWorkspace(choice.dir)) opened++;
  }
  if (opened === 0) app.exit(1);
}

// `--user-data-dir=<dir>` gives a run its own profile, and so its own single-instance lock: the e2e
// suite uses it so a Collate the developer has open does not swallow the test's window.
const userDataDir = process.argv.find((arg) => arg.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length);
if (userDataDir) app.setPath('userData', userDataDir);

if (!app.requestSingleInstanceLock()) {
  // Another Collate is running: it opens what this launch named (second-instance, below) and this one leaves.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const named = workspacesInArgs(argv.slice(1), workingDirectory);
    if (named.length === 0) {
      const last = focusedWorkspace();
      if (last) focus(last);
      return;
    }
    for (const dir of named) void openWorkspace(dir);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (ready) void openWorkspace(workspaceRootOf(path));
    else pendingPaths.push(path);
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, APP_PAGE, DEV_URL));
  // macOS keeps an app without windows running, as documents apps do; elsewhere the last window quits.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (ready && windows.all().length === 0 && recent.current()[0]) void openWorkspace(recent.current()[0]!);
  });
  app.on('will-quit', () => windows.closeAll());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Collate could not start', message(error));
      app.exit(1);
    });
}
