import { afterEach, describe, expect, it, vi } from 'vitest';
import { canSaveReportPdf, saveReportPdf } from './desktop';
import { desktopBridge, welcomeBridge } from './desktop-bridge';

const host = globalThis as unknown as { window?: { collateDesktop?: { saveReportPdf?: () => Promise<unknown> } } };

afterEach(() => {
  delete host.window;
});

describe('the desktop bridge for the report PDF', () => {
  it('is absent in the browser shell, which prints instead', async () => {
    host.window = {};
    expect(canSaveReportPdf()).toBe(false);
    expect(await saveReportPdf()).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('passes a checked answer on, and refuses a malformed one', async () => {
    const call = vi.fn(async (): Promise<unknown> => ({
      ok: true,
      value: { saved: true, path: '/tmp/r.pdf', bytes: 10 },
    }));
    host.window = { collateDesktop: { saveReportPdf: call } };
    expect(canSaveReportPdf()).toBe(true);
    expect(await saveReportPdf()).toEqual({ ok: true, value: { saved: true, path: '/tmp/r.pdf', bytes: 10 } });
    call.mockResolvedValueOnce({ ok: true, value: { saved: 'yes' } });
    expect(await saveReportPdf()).toMatchObject({ ok: false, error: { code: 'bad-answer' } });
    call.mockResolvedValueOnce({ ok: false, error: { code: 'forbidden', message: 'no' } });
    expect(await saveReportPdf()).toEqual({ ok: false, error: { code: 'forbidden', message: 'no' } });
  });
});

describe('the desktop bridge for preferences, menu commands and imports', () => {
  const prefs = { annotator: 'ana', theme: 'dark', textSize: 18, lineWidth: 80, exportFolder: '' };

  function raw() {
    const listeners = new Map<string, (payload: unknown) => void>();
    const listen = (name: string) => (listener: (payload: unknown) => void) => {
      listeners.set(name, listener);
      return () => listeners.delete(name);
    };
    return {
      listeners,
      bridge: {
        getPreferences: vi.fn(async (): Promise<unknown> => ({ ok: true, value: prefs })),
        setPreferences: vi.fn(async (patch: unknown): Promise<unknown> => ({
          ok: true,
          value: { ...prefs, ...(patch as object) },
        })),
        nativeEdit: vi.fn(async () => ({ ok: true, value: null })),
        onMenuCommand: listen('menu'),
        onImportFiles: listen('import'),
        onPreferencesChanged: listen('prefs'),
      },
    };
  }

  it('is null in the browser shell', () => {
    expect(desktopBridge({})).toBeNull();
    expect(desktopBridge({ saveReportPdf: vi.fn() })).toBeNull();
  });

  it('checks preferences both ways and refuses a malformed answer', async () => {
    const { bridge } = raw();
    const desktop = desktopBridge(bridge)!;
    expect(await desktop.getPreferences()).toEqual({ ok: true, value: prefs });
    expect(await desktop.setPreferences({ textSize: 400 })).toMatchObject({
      ok: false,
      error: { code: 'bad-arguments' },
    });
    expect(bridge.setPreferences).not.toHaveBeenCalled();
    expect(await desktop.setPreferences({ theme: 'light' })).toMatchObject({ ok: true, value: { theme: 'light' } });
    bridge.getPreferences.mockResolvedValueOnce({ ok: true, value: { ...prefs, theme: 'neon' } });
    expect(await desktop.getPreferences()).toMatchObject({ ok: false, error: { code: 'bad-answer' } });
  });

  it('passes on only the messages their schema accepts', () => {
    const { bridge, listeners } = raw();
    const desktop = desktopBridge(bridge)!;
    const commands = vi.fn();
    const files = vi.fn();
    const stop = desktop.onMenuCommand(commands);
    desktop.onImportFiles(files);
    listeners.get('menu')!('view-matrix');
    listeners.get('menu')!('rm -rf');
    expect(commands.mock.calls).toEqual([['view-matrix']]);
    listeners.get('import')!([{ name: 'a.txt', bytes: new TextEncoder().encode('hello') }]);
    listeners.get('import')!([{ name: 'a.txt', bytes: 'hello' }]);
    expect(files).toHaveBeenCalledTimes(1);
    const [[received]] = files.mock.calls as [[File[]]];
    expect(received.map((f) => [f.name, f.size])).toEqual([['a.txt', 5]]);
    stop();
    expect(listeners.has('menu')).toBe(false);
  });
});

describe('the welcome window’s bridge', () => {
  const state = { recents: [{ path: '/w/a', name: 'a', openedAt: null, missing: false }], opened: null };

  it('exists only in the welcome window (the page main loads with ?window=welcome)', () => {
    const welcome = vi.fn();
    expect(welcomeBridge({ welcome }, '?window=welcome')).not.toBeNull();
    expect(welcomeBridge({ welcome }, '')).toBeNull();
    expect(welcomeBridge({ welcome }, '?window=workspace')).toBeNull();
    expect(welcomeBridge({}, '?window=welcome')).toBeNull();
  });

  it('sends only requests of the schema, and checks the answer', async () => {
    const welcome = vi.fn(async () => ({ ok: true, value: state }));
    const bridge = welcomeBridge({ welcome }, '?window=welcome')!;
    expect(await bridge.request({ action: 'list' })).toEqual({ ok: true, value: state });
    expect(welcome).toHaveBeenCalledWith({ action: 'list' });
    expect(await bridge.request({ action: 'open', path: '' } as never)).toMatchObject({
      ok: false,
      error: { code: 'bad-arguments' },
    });
    expect(welcome).toHaveBeenCalledTimes(1);
    welcome.mockResolvedValueOnce({ ok: true, value: { recents: 'all of them', opened: null } } as never);
    expect(await bridge.request({ action: 'list' })).toMatchObject({ ok: false, error: { code: 'bad-answer' } });
    welcome.mockRejectedValueOnce(new Error('gone'));
    expect(await bridge.request({ action: 'list' })).toMatchObject({ ok: false, error: { code: 'transport' } });
  });
});
