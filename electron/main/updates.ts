/**
 * Help › Check for Updates…: electron-updater, only when the user asks, with a question before each
 * step (download, then restart). Nothing is checked, fetched or installed on its own. The feed is
 * COLLATE_UPDATE_FEED (an https URL serving electron-builder's latest*.yml), or the one the build
 * baked into app-update.yml (`npm run dist` with COLLATE_UPDATE_URL set).
 */

/** What Collate uses of electron-updater's autoUpdater. */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<{ isUpdateAvailable: boolean; updateInfo: { version: string } } | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(): void;
}

export interface UpdateContext {
  /** Loaded on the first check only: electron-updater needs the real Electron. */
  loadUpdater(): Promise<Updater>;
  /** A question with buttons; resolves to the index of the button pressed. */
  ask(message: string, detail: string, buttons: string[]): Promise<number>;
  tell(message: string, detail: string): Promise<void>;
  version: string;
  isPackaged: boolean;
  /** Set when the build baked a feed into app-update.yml. */
  hasBuiltInFeed: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export type UpdateOutcome = 'no-feed' | 'not-packaged' | 'up-to-date' | 'declined' | 'later' | 'installing' | 'failed';

/** The feed named by COLLATE_UPDATE_FEED: https only (a local http server is allowed for testing). */
export function updateFeed(
  env: Readonly<Record<string, string | undefined>>,
): { url: string } | { problem: string } | null {
  const raw = env.COLLATE_UPDATE_FEED?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url.protocol === 'https:' || (url.protocol === 'http:' && local)) return { url: url.href };
  } catch {
    // reported below
  }
  return { problem: `COLLATE_UPDATE_FEED must be an https address; it is "${raw}".` };
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function checkForUpdates(context: UpdateContext): Promise<UpdateOutcome> {
  const feed = updateFeed(context.env);
  if (feed && 'problem' in feed) {
    await context.tell('Collate cannot check for updates', feed.problem);
    return 'no-feed';
  }
  if (!context.isPackaged) {
    await context.tell(
      'Updates are for the installed app',
      'This Collate runs from its sources: update it with git pull and npm install.',
    );
    return 'not-packaged';
  }
  if (!feed && !context.hasBuiltInFeed) {
    await context.tell(
      'No update feed is set',
      'This build of Collate was made without an update address. Set COLLATE_UPDATE_FEED to the https ' +
        'address where your organisation publishes Collate, or install new versions by hand.',
    );
    return 'no-feed';
  }
  try {
    const updater = await context.loadUpdater();
    updater.autoDownload = false;
    updater.autoInstallOnAppQuit = false;
    if (feed) updater.setFeedURL({ provider: 'generic', url: feed.url });
    const result = await updater.checkForUpdates();
    if (!result || !result.isUpdateAvailable) {
      await context.tell('Collate is up to date', `You have the latest version, ${context.version}.`);
      return 'up-to-date';
    }
    const version = result.updateInfo.version;
    const download = await context.ask(
      `Collate ${version} is available`,
      `You have ${context.version}. Download it now? Your workspaces are not touched.`,
      ['Download', 'Not Now'],
    );
    if (download !== 0) return 'declined';
    await updater.downloadUpdate();
    const restart = await context.ask(
      `Collate ${version} is ready to install`,
      'Restart Collate now to install it? Every edit is already saved.',
      ['Restart and Install', 'Later'],
    );
    if (restart !== 0) return 'later';
    updater.quitAndInstall();
    return 'installing';
  } catch (error) {
    await context.tell('Collate could not check for updates', message(error));
    return 'failed';
  }
}
