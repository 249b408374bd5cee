import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { TEXT_SIZE, type Preferences } from '../src/api/desktop';
import { FileCommands, type FileCommandShell } from './main/file-commands';
import { LaunchRouter, type LaunchShell } from './main/launch-router';
import { PreferencesController } from './main/preferences-controller';
import { RecentWorkspaces, type RecentEntry } from './main/recent-workspaces';
import { answerWelcome, describeRecents } from './main/welcome';
import { welcomeUrl } from './main/app-url';

const scratch = mkdtempSync(join(tmpdir(), 'collate-welcome-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function workspace(name: string, manifest: string | null): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  if (manifest !== null) writeFileSync(join(dir, 'collate.json'), manifest);
  return dir;
}

function recentList(entries: RecentEntry[]): RecentWorkspaces {
  let stored = entries;
  const recent = new RecentWorkspaces(
    {
      read: async () => stored,
      write: async (next) => void (stored = next),
      addToSystem: vi.fn(),
      clearSystem: vi.fn(),
    },
    () => undefined,
  );
  return recent;
}

describe('the welcome window’s list', () => {
  it('names each recent workspace by its collate.json, else its folder, and marks the missing ones', async () => {
    const named = workspace('named', JSON.stringify({ formatVersion: 2, name: 'Harbour study' }));
    const damaged = workspace('damaged', '{ not json');
    const empty = workspace('no-manifest', null);
    const linked = workspace('linked', null);
    symlinkSync(join(named, 'collate.json'), join(linked, 'collate.json'));
    const rows = await describeRecents([
      { path: named, openedAt: '2026-12-07T10:30:00.000Z' },
      { path: damaged, openedAt: null },
      { path: empty, openedAt: null },
      { path: join(scratch, 'deleted'), openedAt: null },
      { path: linked, openedAt: null },
    ]);
    expect(rows).toEqual([
      { path: named, name: 'Harbour study', openedAt: '2026-12-07T10:30:00.000Z', missing: false },
      { path: damaged, name: 'damaged', openedAt: null, missing: false },
      { path: empty, name: 'no-manifest', openedAt: null, missing: true },
      { path: join(scratch, 'deleted'), name: 'deleted', openedAt: null, missing: true },
      // A manifest that is a link is not followed: listed by its folder; opening it says why.
      { path: linked, name: 'linked', openedAt: null, missing: false },
    ]);
  });

  it('answers each request, opens only recent workspaces, and closes itself once one opens', async () => {
    const one = workspace('one', JSON.stringify({ name: 'One' }));
    const recent = recentList([
      { path: one, openedAt: null },
      { path: join(scratch, 'gone'), openedAt: null },
    ]);
    await recent.load();
    const commands = {
      open: vi.fn(async (path: string) => ({ opened: path })),
      newWorkspace: vi.fn(async () => ({ cancelled: true as const })),
      chooseWorkspace: vi.fn(async () => ({ problem: '/w/photos is not a Collate workspace.', title: 'Nope' })),
    };
    const opened = vi.fn();
    const context = { recent, commands, opened };

    expect(await answerWelcome({ action: 'list' }, context)).toMatchObject({
      ok: true,
      value: { opened: null, recents: [{ name: 'One' }, { name: 'gone', missing: true }] },
    });
    expect(await answerWelcome({ action: 'open', path: '/etc' }, context)).toMatchObject({
      ok: false,
      error: { code: 'bad-arguments' },
    });
    expect(commands.open).not.toHaveBeenCalled();
    expect(await answerWelcome({ action: 'rm', path: one }, context)).toMatchObject({ ok: false });
    expect(await answerWelcome({ action: 'list', extra: 1 }, context)).toMatchObject({ ok: false });

    expect(await answerWelcome({ action: 'new' }, context)).toMatchObject({ ok: true, value: { opened: null } });
    expect(await answerWelcome({ action: 'choose' }, context)).toEqual({
      ok: false,
      error: { code: 'cannot-open', message: 'Nope: /w/photos is not a Collate workspace.' },
    });
    expect(opened).not.toHaveBeenCalled();

    expect(await answerWelcome({ action: 'open', path: one }, context)).toMatchObject({
      ok: true,
      value: { opened: one },
    });
    expect(opened).toHaveBeenCalledWith(one);

    expect(await answerWelcome({ action: 'forget', path: join(scratch, 'gone') }, context)).toMatchObject({
      ok: true,
      value: { recents: [{ path: one }] },
    });
    expect(recent.current()).toEqual([one]);
  });

  it('is the app’s page with ?window=welcome', () => {
    expect(welcomeUrl('app://collate/index.html')).toBe('app://collate/index.html?window=welcome');
    expect(welcomeUrl('http://localhost:5173/')).toBe('http://localhost:5173/?window=welcome');
  });
});

describe('launches, second launches and opened files', () => {
  function shell(openable: string[] = []) {
    const calls: string[] = [];
    const double: LaunchShell & { calls: string[]; windows: number } = {
      calls,
      windows: 0,
      open: async (dir) => {
        calls.push(`open ${dir}`);
        if (!openable.includes(dir)) return false;
        double.windows++;
        return true;
      },
      refuse: (problem) => void calls.push(`refuse ${problem.split(' ')[0]}`),
      welcome: () => void calls.push('welcome'),
      focusAny: () => {
        calls.push('focus');
        return double.windows > 0;
      },
    };
    return double;
  }

  it('opens what the launch names, else the welcome window; and the welcome window when nothing opened', async () => {
    const named = shell(['/w/a']);
    await new LaunchRouter(named).start(['--workspace', '/w/a'], {});
    expect(named.calls).toEqual(['open /w/a']);
    const plain = shell();
    await new LaunchRouter(plain).start([], {});
    expect(plain.calls).toEqual(['welcome']);
    const failing = shell();
    await new LaunchRouter(failing).start(['/w/x.collate', '/tmp/data.json'], {});
    expect(failing.calls).toEqual(['open /w/x.collate', 'refuse /tmp/data.json', 'welcome']);
  });

  it('keeps files macOS hands over before the app is ready, and opens them at start instead of the command line', async () => {
    const double = shell(['/w/b']);
    const router = new LaunchRouter(double);
    await router.openFile('/w/b/collate.json');
    expect(double.calls).toEqual([]);
    await router.start(['--workspace', '/w/a'], {});
    expect(double.calls).toEqual(['open /w/b']);
    await router.openFile('/w/b/collate.json');
    expect(double.calls.at(-1)).toBe('open /w/b');
  });

  it('brings Collate forward on a second plain launch, or shows the welcome window when it has no window', async () => {
    const double = shell(['/w/a']);
    const router = new LaunchRouter(double);
    await router.start([], {});
    await router.secondInstance(['/usr/bin/collate'], '/home/ana');
    expect(double.calls).toEqual(['welcome', 'focus', 'welcome']);
    await router.secondInstance(['/usr/bin/collate', 'a/collate.json'], '/w');
    expect(double.calls.at(-1)).toBe('open /w/a');
    double.calls.length = 0;
    await router.secondInstance(['/usr/bin/collate'], '/home/ana');
    expect(double.calls).toEqual(['focus']);
    router.activate(false);
    router.activate(true);
    expect(double.calls).toEqual(['focus', 'welcome']);
  });
});

describe('the File commands', () => {
  function commandShell(overrides: Partial<FileCommandShell> = {}) {
    const shell: FileCommandShell = {
      pickFolder: vi.fn(async () => null),
      pickFiles: vi.fn(async () => []),
      readFile: vi.fn(() => new TextEncoder().encode('text')),
      openWindow: vi.fn(async () => undefined),
      initWorkspace: vi.fn(async () => undefined),
      forgetRecent: vi.fn(async () => undefined),
      sendFiles: vi.fn(() => true),
      ...overrides,
    };
    return shell;
  }

  it('opens a collate.json as its folder, refuses another JSON file, and forgets a workspace that will not open', async () => {
    const shell = commandShell({
      openWindow: vi.fn(async (dir: string) => {
        if (dir === '/w/broken') throw new Error('/w/broken is not a Collate workspace.');
      }),
    });
    const commands = new FileCommands(shell);
    expect(await commands.open('/w/a/collate.json')).toEqual({ opened: '/w/a' });
    expect(await commands.open('/w/a/data.json')).toEqual({
      problem: expect.stringContaining("/w/a/data.json is not a workspace's collate.json"),
      title: 'Collate could not open the file',
    });
    expect(await commands.open('/w/broken')).toEqual({
      problem: '/w/broken is not a Collate workspace.',
      title: 'Collate could not open the workspace',
    });
    expect(shell.forgetRecent).toHaveBeenCalledWith('/w/broken');
  });

  it('New Workspace… creates a workspace in an empty folder only, and does nothing when cancelled', async () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    const shell = commandShell({ pickFolder: vi.fn(async () => empty) });
    const commands = new FileCommands(shell);
    expect(await commands.newWorkspace()).toEqual({ opened: empty });
    expect(shell.initWorkspace).toHaveBeenCalledWith(empty);
    const existing = workspace('existing', '{}');
    vi.mocked(shell.pickFolder).mockResolvedValueOnce(existing);
    expect(await commands.newWorkspace()).toEqual({ opened: existing });
    expect(shell.initWorkspace).toHaveBeenCalledTimes(1);
    vi.mocked(shell.pickFolder).mockResolvedValueOnce(null);
    expect(await commands.chooseWorkspace()).toEqual({ cancelled: true });
  });

  it('Import… hands the picked files, read, to the workbench', async () => {
    const shell = commandShell({ pickFiles: vi.fn(async () => ['/in/a.txt']) });
    await new FileCommands(shell).importFiles();
    expect(shell.sendFiles).toHaveBeenCalledWith([{ name: 'a.txt', bytes: new TextEncoder().encode('text') }]);
  });
});

describe('preferences in the desktop app', () => {
  it('stores a change, applies the theme, tells every window and the menu, and signs edits with a new name', async () => {
    let stored: Preferences = { annotator: 'ana', theme: 'system', textSize: 16, lineWidth: 70, exportFolder: '' };
    const shell = {
      read: async () => stored,
      update: async (patch: Partial<Preferences>) => (stored = { ...stored, ...patch }),
      resolveAnnotator: async () => stored.annotator,
      setAuthor: vi.fn(),
      setThemeSource: vi.fn(),
      broadcast: vi.fn(),
      changed: vi.fn(),
      documents: () => '/home/ana/Documents',
    };
    const preferences = new PreferencesController(shell);
    await preferences.load();
    await preferences.change({ theme: 'dark', annotator: 'bo' });
    expect(preferences.theme()).toBe('dark');
    expect(shell.setThemeSource).toHaveBeenLastCalledWith('dark');
    expect(shell.setAuthor).toHaveBeenCalledWith('bo');
    expect(shell.broadcast).toHaveBeenLastCalledWith(stored);
    expect(shell.changed).toHaveBeenCalled();
    for (let i = 0; i < 20; i++) await preferences.changeTextSize(1);
    expect(stored.textSize).toBe(TEXT_SIZE.max);
    await preferences.changeTextSize(0);
    expect(stored.textSize).toBe(TEXT_SIZE.default);
    expect(await preferences.exportFolder()).toBe('/home/ana/Documents');
    stored.exportFolder = scratch;
    expect(await preferences.exportFolder()).toBe(scratch);
  });
});
