/** What the registry needs of a BrowserWindow. */
export interface WindowLike {
  readonly webContents: unknown;
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  once(event: 'closed', listener: () => void): unknown;
}

/** What the registry needs of a WorkspaceService. */
export interface Closable {
  close(): void;
}

export interface WorkspaceWindow<W extends WindowLike, S extends Closable> {
  /** The workspace folder, as the key the registry compares (see `keyOf`). */
  readonly root: string;
  readonly window: W;
  readonly service: S;
}

export interface RegistryOptions<W extends WindowLike, S extends Closable> {
  /** Opens the workspace and its window; throws (with a message for the user) when it cannot. */
  create: (root: string) => Promise<{ window: W; service: S }>;
  /** The folder's identity: the same workspace named two ways (a link, `collate.json`) is one window. */
  keyOf?: (root: string) => string;
  /** After a window closed and its workspace was released. */
  onClosed?: (root: string) => void;
}

/**
 * One window per workspace, like documents: opening a workspace that has a window focuses it; two
 * requests for the same folder at once make one window. Each window's service is closed with it.
 */
export class WindowRegistry<W extends WindowLike, S extends Closable> {
  private readonly entries = new Map<string, WorkspaceWindow<W, S>>();
  private readonly opening = new Map<string, Promise<WorkspaceWindow<W, S>>>();
  private readonly keyOf: (root: string) => string;

  constructor(private readonly options: RegistryOptions<W, S>) {
    this.keyOf = options.keyOf ?? ((root) => root);
  }

  /** Focuses the workspace's window, or opens one. */
  open(root: string): Promise<WorkspaceWindow<W, S>> {
    const key = this.keyOf(root);
    const existing = this.entries.get(key);
    if (existing && !existing.window.isDestroyed()) {
      focus(existing.window);
      return Promise.resolve(existing);
    }
    const pending = this.opening.get(key);
    if (pending) return pending;
    const opening = this.create(key).finally(() => this.opening.delete(key));
    this.opening.set(key, opening);
    return opening;
  }

  private async create(key: string): Promise<WorkspaceWindow<W, S>> {
    const { window, service } = await this.options.create(key);
    const entry: WorkspaceWindow<W, S> = { root: key, window, service };
    this.entries.set(key, entry);
    window.once('closed', () => {
      if (this.entries.get(key) !== entry) return;
      this.entries.delete(key);
      service.close();
      this.options.onClosed?.(key);
    });
    return entry;
  }

  /** The window whose page sent an IPC message, by its webContents. */
  forContents(contents: unknown): WorkspaceWindow<W, S> | undefined {
    for (const entry of this.entries.values()) {
      if (!entry.window.isDestroyed() && entry.window.webContents === contents) return entry;
    }
    return undefined;
  }

  has(root: string): boolean {
    return this.entries.has(this.keyOf(root));
  }

  all(): Array<WorkspaceWindow<W, S>> {
    return [...this.entries.values()];
  }

  /** Releases every workspace (on quit); the windows are going anyway. */
  closeAll(): void {
    for (const entry of this.entries.values()) entry.service.close();
    this.entries.clear();
  }
}

export function focus(window: WindowLike): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
