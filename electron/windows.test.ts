import { describe, expect, it, vi } from 'vitest';
import { MAX_RECENT_WORKSPACES } from '../src/service/teams/user-config';
import {
  recentEntriesOf,
  RecentWorkspaces,
  withRecent,
  type RecentEntry,
  type RecentStore,
} from './main/recent-workspaces';
import { DEFAULT_SIZE, placeWindow } from './main/window-bounds';
import { WindowRegistry, type WindowLike } from './main/window-registry';

/** A stand-in for BrowserWindow: what the registry calls, and a way to close it. */
class FakeWindow implements WindowLike {
  readonly webContents = {};
  private closed: Array<() => void> = [];
  destroyed = false;
  minimized = false;
  focused = 0;
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  restore = () => void (this.minimized = false);
  show = () => undefined;
  focus = () => void this.focused++;
  once(_event: 'closed', listener: () => void) {
    this.closed.push(listener);
  }
  close() {
    this.destroyed = true;
    for (const listener of this.closed) listener();
  }
}

function registry() {
  const made: Array<{ root: string; window: FakeWindow; service: { close: ReturnType<typeof vi.fn> } }> = [];
  const onClosed = vi.fn();
  const windows = new WindowRegistry({
    create: async (root: string) => {
      await Promise.resolve();
      if (root.includes('broken')) throw new Error(`${root} is not a Collate workspace`);
      const entry = { root, window: new FakeWindow(), service: { close: vi.fn() } };
      made.push(entry);
      return entry;
    },
    keyOf: (root) => root.replace(/\/collate\.json$/, ''),
    onClosed,
  });
  return { windows, made, onClosed };
}

describe('one window per workspace', () => {
  it('opens a window for each workspace and focuses the existing one on a second open', async () => {
    const { windows, made } = registry();
    const a = await windows.open('/w/a');
    const b = await windows.open('/w/b');
    expect(made.map((m) => m.root)).toEqual(['/w/a', '/w/b']);
    a.window.minimized = true;
    const again = await windows.open('/w/a/collate.json');
    expect(again).toBe(a);
    expect(made).toHaveLength(2);
    expect((a.window as FakeWindow).minimized).toBe(false);
    expect((a.window as FakeWindow).focused).toBe(1);
    expect(windows.forContents(b.window.webContents)).toBe(b);
    expect(windows.forContents({})).toBeUndefined();
  });

  it('makes one window when the same workspace is asked for twice at once', async () => {
    const { windows, made } = registry();
    const [first, second] = await Promise.all([windows.open('/w/a'), windows.open('/w/a')]);
    expect(first).toBe(second);
    expect(made).toHaveLength(1);
  });

  it('releases the workspace when its window closes, and opens a new window next time', async () => {
    const { windows, made, onClosed } = registry();
    const a = await windows.open('/w/a');
    (a.window as FakeWindow).close();
    expect(made[0]!.service.close).toHaveBeenCalledTimes(1);
    expect(onClosed).toHaveBeenCalledWith('/w/a');
    expect(windows.has('/w/a')).toBe(false);
    expect(windows.forContents(a.window.webContents)).toBeUndefined();
    await windows.open('/w/a');
    expect(made).toHaveLength(2);
  });

  it('passes on why a workspace could not open, and can try it again', async () => {
    const { windows } = registry();
    await expect(windows.open('/w/broken')).rejects.toThrow('/w/broken is not a Collate workspace');
    await expect(windows.open('/w/broken')).rejects.toThrow('not a Collate workspace');
    expect(windows.all()).toEqual([]);
  });

  it('releases every workspace once on quit, even when the windows close afterwards', async () => {
    const { windows, made } = registry();
    const a = await windows.open('/w/a');
    await windows.open('/w/b');
    windows.closeAll();
    (a.window as FakeWindow).close();
    expect(made.map((m) => m.service.close.mock.calls.length)).toEqual([1, 1]);
  });
});

describe('where a window opens', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 877 };
  const monitor = { x: 1440, y: -200, width: 2560, height: 1415 };

  it('opens at the default size, centred on the primary display, the first time', () => {
    expect(placeWindow(undefined, [laptop])).toEqual({
      x: 20,
      y: 0,
      width: DEFAULT_SIZE.width,
      height: 877,
      maximized: false,
    });
  });

  it('goes back where it was on a display that is still there', () => {
    const saved = { x: 1600, y: 0, width: 1200, height: 800, maximized: true };
    expect(placeWindow(saved, [laptop, monitor])).toEqual(saved);
  });

  it('comes back to the primary display when its display is gone, keeping its size', () => {
    const saved = { x: 1600, y: 0, width: 1200, height: 800, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ x: 120, y: 39, width: 1200, height: 800, maximized: false });
  });

  it('is shrunk and pulled inside a display it hangs off', () => {
    const saved = { x: -300, y: 500, width: 3000, height: 2000, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 877, maximized: false });
    // The title bar above the top of every display: it could not be dragged back.
    expect(placeWindow({ x: 100, y: -500, width: 800, height: 600, maximized: false }, [laptop])).toMatchObject({
      x: 320,
      y: 139,
    });
  });
});

describe('recent workspaces', () => {
  it('puts the last opened first, once, and keeps ten', () => {
    let list: string[] = [];
    for (let i = 0; i < 12; i++) list = withRecent(list, `/w/${i}`);
    list = withRecent(list, '/w/5');
    expect(list[0]).toBe('/w/5');
    expect(list).toHaveLength(MAX_RECENT_WORKSPACES);
    expect(new Set(list).size).toBe(list.length);
    expect(list).not.toContain('/w/0');
  });

  it('keeps the list in the store and the system recents, with when each was opened, and tells the menu', async () => {
    let stored: RecentEntry[] = [{ path: '/w/old', openedAt: null }];
    const store: RecentStore = {
      read: async () => stored,
      write: async (entries) => void (stored = entries),
      addToSystem: vi.fn(),
      clearSystem: vi.fn(),
    };
    const onChange = vi.fn();
    const recent = new RecentWorkspaces(store, onChange, () => new Date('2026-12-07T10:30:00.000Z'));
    expect(await recent.load()).toEqual(['/w/old']);
    await recent.opened('/w/new');
    expect(stored).toEqual([
      { path: '/w/new', openedAt: '2026-12-07T10:30:00.000Z' },
      { path: '/w/old', openedAt: null },
    ]);
    expect(store.addToSystem).toHaveBeenCalledWith('/w/new');
    expect(onChange).toHaveBeenLastCalledWith(['/w/new', '/w/old']);
    await recent.forget('/w/old');
    expect(recent.current()).toEqual(['/w/new']);
    expect(recent.includes('/w/old')).toBe(false);
    await recent.clear();
    expect(stored).toEqual([]);
    expect(store.clearSystem).toHaveBeenCalled();
    expect(recent.current()).toEqual([]);
  });

  it('reads the config file’s list with the times kept beside it', () => {
    expect(
      recentEntriesOf({
        recentWorkspaces: ['/w/a', '/w/b'],
        recentOpenedAt: { '/w/a': '2026-12-01T08:00:00.000Z', '/w/gone': '2026-01-01T00:00:00.000Z' },
      }),
    ).toEqual([
      { path: '/w/a', openedAt: '2026-12-01T08:00:00.000Z' },
      { path: '/w/b', openedAt: null },
    ]);
    expect(recentEntriesOf({})).toEqual([]);
  });
});
