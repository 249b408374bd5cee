import { MAX_RECENT_WORKSPACES } from '../../src/service/teams/user-config';

/** The recent list with `dir` first: no repeats, at most MAX_RECENT_WORKSPACES. */
export function withRecent(list: readonly string[], dir: string): string[] {
  return [dir, ...list.filter((entry) => entry !== dir)].slice(0, MAX_RECENT_WORKSPACES);
}

/** What keeps the list: the user config file, and the system's own list (dock, jump list, GNOME recents). */
export interface RecentStore {
  read(): Promise<readonly string[]>;
  write(list: string[]): Promise<void>;
  /** app.addRecentDocument / app.clearRecentDocuments. */
  addToSystem(dir: string): void;
  clearSystem(): void;
}

/** The recent workspaces, shown in File › Open Recent and the dock; changes tell `onChange` to rebuild the menu. */
export class RecentWorkspaces {
  private list: readonly string[] = [];

  constructor(
    private readonly store: RecentStore,
    private readonly onChange: (list: readonly string[]) => void,
  ) {}

  async load(): Promise<readonly string[]> {
    this.list = await this.store.read();
    return this.list;
  }

  current(): readonly string[] {
    return this.list;
  }

  async opened(dir: string): Promise<void> {
    this.list = withRecent(this.list, dir);
    this.store.addToSystem(dir);
    await this.store.write([...this.list]);
    this.onChange(this.list);
  }

  /** A recent entry that could not be opened (moved or deleted) leaves the list. */
  async forget(dir: string): Promise<void> {
    if (!this.list.includes(dir)) return;
    this.list = this.list.filter((entry) => entry !== dir);
    await this.store.write([...this.list]);
    this.onChange(this.list);
  }

  async clear(): Promise<void> {
    this.list = [];
    this.store.clearSystem();
    await this.store.write([]);
    this.onChange(this.list);
  }
}
