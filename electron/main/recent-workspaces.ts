import {
  loadUserConfig,
  MAX_RECENT_WORKSPACES,
  updateUserConfig,
  type UserConfig,
} from '../../src/service/teams/user-config';

/** A recent workspace: its folder, and when Collate last opened it (null when that was not recorded). */
export interface RecentEntry {
  path: string;
  openedAt: string | null;
}

/** The recent list with `dir` first: no repeats, at most MAX_RECENT_WORKSPACES. */
export function withRecent(list: readonly string[], dir: string): string[] {
  return [dir, ...list.filter((entry) => entry !== dir)].slice(0, MAX_RECENT_WORKSPACES);
}

/** What keeps the list: the user config file, and the system's own list (dock, jump list, GNOME recents). */
export interface RecentStore {
  read(): Promise<readonly RecentEntry[]>;
  write(entries: RecentEntry[]): Promise<void>;
  /** app.addRecentDocument / app.clearRecentDocuments. */
  addToSystem(dir: string): void;
  clearSystem(): void;
}

/** The recent workspaces, shown in File › Open Recent, the dock and the welcome window; changes call `onChange`. */
export class RecentWorkspaces {
  private entries: readonly RecentEntry[] = [];

  constructor(
    private readonly store: RecentStore,
    private readonly onChange: (list: readonly string[]) => void,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async load(): Promise<readonly string[]> {
    this.entries = await this.store.read();
    return this.current();
  }

  /** The folders, newest first. */
  current(): readonly string[] {
    return this.entries.map((entry) => entry.path);
  }

  /** The folders with when each was last opened, newest first. */
  listed(): readonly RecentEntry[] {
    return this.entries;
  }

  includes(dir: string): boolean {
    return this.entries.some((entry) => entry.path === dir);
  }

  async opened(dir: string): Promise<void> {
    const times = new Map(this.entries.map((entry) => [entry.path, entry.openedAt]));
    times.set(dir, this.now().toISOString());
    this.entries = withRecent(this.current(), dir).map((path) => ({ path, openedAt: times.get(path) ?? null }));
    this.store.addToSystem(dir);
    await this.changed();
  }

  /** A recent entry the user removed, or that could not be opened (moved or deleted), leaves the list. */
  async forget(dir: string): Promise<void> {
    if (!this.includes(dir)) return;
    this.entries = this.entries.filter((entry) => entry.path !== dir);
    await this.changed();
  }

  async clear(): Promise<void> {
    this.entries = [];
    this.store.clearSystem();
    await this.changed();
  }

  private async changed(): Promise<void> {
    await this.store.write([...this.entries]);
    this.onChange(this.current());
  }
}

/** The recent list as the user config file keeps it: the folders, and when each was opened beside them. */
export function recentEntriesOf(config: UserConfig): RecentEntry[] {
  return (config.recentWorkspaces ?? []).map((path) => ({ path, openedAt: config.recentOpenedAt?.[path] ?? null }));
}

/** The store of the desktop app: the user config file, and the system list through `system`. */
export function userConfigRecentStore(system: Pick<RecentStore, 'addToSystem' | 'clearSystem'>): RecentStore {
  return {
    read: async () => recentEntriesOf((await loadUserConfig()).config),
    write: async (entries) =>
      void (await updateUserConfig((config) => {
        config.recentWorkspaces = entries.map((entry) => entry.path);
        config.recentOpenedAt = Object.fromEntries(
          entries.flatMap((entry) => (entry.openedAt ? [[entry.path, entry.openedAt]] : [])),
        );
      })),
    addToSystem: (dir) => system.addToSystem(dir),
    clearSystem: () => system.clearSystem(),
  };
}
