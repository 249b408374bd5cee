import { describe, expect, it, vi } from 'vitest';
import { checkForUpdates, updateFeed, type UpdateContext, type Updater } from './main/updates';

function fakeUpdater(available: string | null): Updater {
  return {
    autoDownload: true,
    autoInstallOnAppQuit: true,
    setFeedURL: vi.fn(),
    checkForUpdates: vi.fn(async () =>
      available ? { isUpdateAvailable: true, updateInfo: { version: available } } : null,
    ),
    downloadUpdate: vi.fn(async () => []),
    quitAndInstall: vi.fn(),
  };
}

function context(updater: Updater, answers: number[] = [], overrides: Partial<UpdateContext> = {}) {
  const told: string[] = [];
  const asked: string[] = [];
  const ctx: UpdateContext = {
    loadUpdater: vi.fn(async () => updater),
    ask: vi.fn(async (message: string) => (asked.push(message), answers.shift() ?? 1)),
    tell: vi.fn(async (message: string, detail: string) => void told.push(`${message}: ${detail}`)),
    version: '0.1.0',
    isPackaged: true,
    hasBuiltInFeed: false,
    env: { COLLATE_UPDATE_FEED: 'https://updates.example.org/collate/' },
    ...overrides,
  };
  return { ctx, told, asked };
}

describe('Check for Updates', () => {
  it('downloads and installs only after the user says yes twice, from the configured feed', async () => {
    const updater = fakeUpdater('0.2.0');
    const { ctx, asked } = context(updater, [0, 0]);
    expect(await checkForUpdates(ctx)).toBe('installing');
    expect(updater.autoDownload).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(updater.setFeedURL).toHaveBeenCalledWith({
      provider: 'generic',
      url: 'https://updates.example.org/collate/',
    });
    expect(asked).toEqual(['Collate 0.2.0 is available', 'Collate 0.2.0 is ready to install']);
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(1);
  });

  it('downloads nothing when the user says not now, and installs nothing when the user says later', async () => {
    const declined = fakeUpdater('0.2.0');
    expect(await checkForUpdates(context(declined, [1]).ctx)).toBe('declined');
    expect(declined.downloadUpdate).not.toHaveBeenCalled();
    const later = fakeUpdater('0.2.0');
    expect(await checkForUpdates(context(later, [0, 1]).ctx)).toBe('later');
    expect(later.downloadUpdate).toHaveBeenCalled();
    expect(later.quitAndInstall).not.toHaveBeenCalled();
  });

  it('says so when there is nothing new, no feed, a bad feed, or no installed app', async () => {
    const { ctx, told } = context(fakeUpdater(null));
    expect(await checkForUpdates(ctx)).toBe('up-to-date');
    expect(told).toEqual(['Collate is up to date: You have the latest version, 0.1.0.']);

    const none = context(fakeUpdater('9.0.0'), [], { env: {} });
    expect(await checkForUpdates(none.ctx)).toBe('no-feed');
    expect(none.ctx.loadUpdater).not.toHaveBeenCalled();
    expect(none.told[0]).toContain('COLLATE_UPDATE_FEED');

    const bad = context(fakeUpdater('9.0.0'), [], { env: { COLLATE_UPDATE_FEED: 'http://updates.example.org/' } });
    expect(await checkForUpdates(bad.ctx)).toBe('no-feed');
    expect(bad.told[0]).toContain('must be an https address');

    const dev = context(fakeUpdater('9.0.0'), [], { isPackaged: false });
    expect(await checkForUpdates(dev.ctx)).toBe('not-packaged');
    expect(dev.ctx.loadUpdater).not.toHaveBeenCalled();
  });

  it('uses the feed built into the app when no variable names one, and reports a failed check', async () => {
    const updater = fakeUpdater(null);
    updater.checkForUpdates = vi.fn(async () => {
      throw new Error('net::ERR_INTERNET_DISCONNECTED');
    });
    const { ctx, told } = context(updater, [], { env: {}, hasBuiltInFeed: true });
    expect(await checkForUpdates(ctx)).toBe('failed');
    expect(updater.setFeedURL).not.toHaveBeenCalled();
    expect(told).toEqual(['Collate could not check for updates: net::ERR_INTERNET_DISCONNECTED']);
  });

  it('accepts https feeds, and http only on this machine', () => {
    expect(updateFeed({ COLLATE_UPDATE_FEED: 'http://127.0.0.1:8080/feed' })).toEqual({
      url: 'http://127.0.0.1:8080/feed',
    });
    expect(updateFeed({ COLLATE_UPDATE_FEED: 'file:///etc/' })).toHaveProperty('problem');
    expect(updateFeed({})).toBeNull();
  });
});
