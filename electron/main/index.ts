import './young-generation-first';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { IMPORT_FILES_CHANNEL, MENU_COMMAND_CHANNEL, PREFERENCES_CHANGED_CHANNEL } from '../../src/api/desktop';
import { initWorkspace } from '../../src/service/init-workspace';
import {
  loadUserConfig,
  readPreferences,
  resolveAnnotator,
  updatePreferences,
  userConfigFile,
} from '../../src/service/teams/user-config';
import { menuTemplate } from './app-menu';
import { APP_PAGE, APP_SCHEME_PRIVILEGES, serveApp } from './app-protocol';
import { devRendererUrl } from './app-url';
import { registerDesktopIpc, registerWelcomeIpc } from './desktop-ipc';
import { FileCommands, type OpenOutcome } from './file-commands';
import { documentationFile, reportProblem } from './help-actions';
import { registerIpc } from './ipc';
import { LaunchRouter } from './launch-router';
import { PreferencesController } from './preferences-controller';
import { RecentWorkspaces, userConfigRecentStore } from './recent-workspaces';
import { registerReportPdf } from './report-pdf-ipc';
import { hardenContents, hardenSession } from './security';
import { checkForUpdates, type Updater } from './updates';
import { WelcomeWindow } from './welcome-window';
import { WindowRegistry, focus } from './window-registry';
import { canonicalWorkspace, openWorkspaceWindow, type HeldWorkspace } from './workspace-window';

// The main process only wires Electron to plain modules (each tested with a stand-in for Electron).
// The built layout: out/main/index.js, out/preload/index.cjs, out/renderer/ (served as app://collate/).
const PRELOAD = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const RENDERER_ROOT = fileURLToPath(new URL('../renderer/', import.meta.url));
const SOURCE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// A packaged app always loads its own files, whatever the environment says.
const DEV_URL = devRendererUrl(app.isPackaged, process.env);
const PAGE = { preload: PRELOAD, url: DEV_URL ?? APP_PAGE };

protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

let rebuildMenu = (): void => undefined;
const recent = new RecentWorkspaces(
  userConfigRecentStore({
    addToSystem: (dir) => app.addRecentDocument(dir),
    clearSystem: () => app.clearRecentDocuments(),
  }),
  () => rebuildMenu(),
);
const welcome = new WelcomeWindow(PAGE);
const windows = new WindowRegistry<Window, HeldWorkspace>({
  keyOf: canonicalWorkspace,
  onClosed: () => rebuildMenu(),
  create: async (root) => {
    const opened = await openWorkspaceWindow(root, PAGE, (dir) => recent.opened(dir));
    opened.window.on('focus', () => rebuildMenu());
    return opened;
  },
});

const focusedWorkspace = (): Window | undefined => {
  const focused = BrowserWindow.getFocusedWindow();
  return (focused && windows.all().find((entry) => entry.window === focused)?.window) ?? windows.all().at(-1)?.window;
};
/** Dialogs belong to the window the user is in: a workspace's or the welcome window. */
const dialogParent = (): Window | undefined =>
  BrowserWindow.getFocusedWindow() ?? focusedWorkspace() ?? welcome.current() ?? undefined;

const preferences = new PreferencesController({
  read: () => readPreferences(),
  update: (patch) => updatePreferences(patch),
  resolveAnnotator: () => resolveAnnotator(),
  setAuthor: (annotator) => windows.all().forEach(({ service }) => service.gate.workspace?.setAuthor(annotator)),
  setThemeSource: (theme) => void (nativeTheme.themeSource = theme),
  broadcast: (value) =>
    windows.all().forEach(({ window }) => window.webContents.send(PREFERENCES_CHANGED_CHANNEL, value)),
  changed: () => rebuildMenu(),
  documents: () => app.getPath('documents'),
});

const commands = new FileCommands({
  pickFolder: async (title, buttonLabel) => {
    const options = { title, buttonLabel, properties: ['openDirectory', 'createDirectory'] as const };
    const parent = dialogParent();
    const properties: Array<'openDirectory' | 'createDirectory'> = [...options.properties];
    const picked = parent
      ? await dialog.showOpenDialog(parent, { ...options, properties })
      : await dialog.showOpenDialog({ ...options, properties });
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  },
  pickFiles: async () => {
    const window = focusedWorkspace();
    if (!window) return [];
    const picked = await dialog.showOpenDialog(window, {
      title: 'Import articles or annotated files',
      buttonLabel: 'Import',
      properties: ['openFile', 'multiSelections'],
    });
    return picked.canceled ? [] : picked.filePaths;
  },
  readFile: (path) => new Uint8Array(readFileSync(path)),
  openWindow: async (dir) => {
    await windows.open(dir);
    rebuildMenu();
  },
  initWorkspace: (dir) => initWorkspace(dir),
  forgetRecent: (dir) => recent.forget(dir),
  sendFiles: (files) => {
    const window = focusedWorkspace();
    window?.webContents.send(IMPORT_FILES_CHANNEL, files);
    return window !== undefined;
  },
});

/** A menu command's failure is shown in a dialog; the welcome window shows its own in the page. */
function explain(outcome: OpenOutcome): boolean {
  if ('problem' in outcome) dialog.showErrorBox(outcome.title, outcome.problem);
  return 'opened' in outcome;
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
        theme: preferences.theme(),
        hasWindow: windows.all().length > 0,
      },
      {
        newWindow: () => void welcome.show(),
        newWorkspace: () => void commands.newWorkspace().then(explain),
        openWorkspace: () => void commands.chooseWorkspace().then(explain),
        openRecent: (dir) => void commands.open(dir).then(explain),
        clearRecent: () => void recent.clear(),
        importFiles: () =>
          void commands.importFiles().catch((error) => dialog.showErrorBox('Import failed', message(error))),
        send: (command) => focusedWorkspace()?.webContents.send(MENU_COMMAND_CHANNEL, command),
        setTheme: (theme) => void preferences.change({ theme }),
        changeTextSize: (step) => void preferences.changeTextSize(step),
        showDocumentation: () => {
          const file = documentationFile(app.isPackaged, process.resourcesPath, SOURCE_ROOT);
          if (file) void shell.openPath(file);
          else
            dialog.showErrorBox('No documentation', 'The documentation was not installed with this copy of Collate.');
        },
        reportProblem: () =>
          void reportProblem({
            details: async () => ({
              version: app.getVersion(),
              electron: process.versions.electron ?? '',
              platform: process.platform,
              arch: process.arch,
              workspaces: windows.all().map((entry) => entry.root),
              configFile: userConfigFile(),
              configProblems: (await loadUserConfig()).problems,
            }),
            show: async (text) =>
              (
                await dialog.showMessageBox({
                  type: 'info',
                  message: 'Report a problem',
                  detail: `Copy these details into your report to whoever maintains Collate for you:\n\n${text}`,
                  buttons: ['Copy Details', 'Close'],
                  defaultId: 0,
                  cancelId: 1,
                })
              ).response,
            copy: (text) => clipboard.writeText(text),
          }),
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

const launch = new LaunchRouter({
  open: async (dir) => explain(await commands.open(dir)),
  refuse: (problem) => dialog.showErrorBox('Collate could not open the file', problem),
  welcome: () => void welcome.show(),
  focusAny: () => {
    const last = focusedWorkspace() ?? welcome.current();
    if (last) focus(last);
    return Boolean(last);
  },
});

async function start(): Promise<void> {
  hardenSession(session.defaultSession, DEV_URL);
  // Exports the workbench downloads are offered in the preferred export folder first.
  session.defaultSession.on('will-download', (_event, item) => {
    void preferences
      .exportFolder()
      .then((folder) => item.setSaveDialogOptions({ defaultPath: join(folder, item.getFilename()) }));
  });
  serveApp(protocol, RENDERER_ROOT);
  await preferences.load();
  await recent.load();

  const senders = { windowOf: (contents: Electron.WebContents) => windows.forContents(contents)?.window };
  const page = { appPage: APP_PAGE, devUrl: DEV_URL };
  registerIpc({
    ...senders,
    ...page,
    handlersOf: (contents) => windows.forContents(contents)?.service.gate.handlers ?? null,
  });
  registerReportPdf({
    ...senders,
    ...page,
    serviceOf: (contents) => windows.forContents(contents)?.service.gate.workspace ?? null,
    exportFolder: () => preferences.exportFolder(),
  });
  registerDesktopIpc({
    ...senders,
    ...page,
    readPreferences: () => readPreferences(),
    changePreferences: (patch) => preferences.change(patch),
  });
  registerWelcomeIpc({
    windowOf: (contents) => welcome.windowOf(contents),
    ...page,
    recent,
    commands,
    opened: () => welcome.close(),
  });
  installMenu();
  await launch.start(process.argv.slice(1), process.env);
}

// `--user-data-dir=<dir>` gives a run its own profile, and so its own single-instance lock: the e2e
// suite uses it so a Collate the developer has open does not swallow the test's window.
const userDataDir = process.argv.find((arg) => arg.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length);
if (userDataDir) app.setPath('userData', userDataDir);

if (!app.requestSingleInstanceLock()) {
  // Another Collate is running: it opens what this launch named (second-instance, below) and this one leaves.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => void launch.secondInstance(argv, workingDirectory));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void launch.openFile(path);
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, APP_PAGE, DEV_URL));
  // macOS keeps an app without windows running, as documents apps do; elsewhere the last window quits.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => launch.activate(windows.all().length > 0 || welcome.current() !== null));
  app.on('will-quit', () => windows.closeAll());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Collate could not start', message(error));
      app.exit(1);
    });
}
