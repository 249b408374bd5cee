import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeContext, fakeService } from './fake-service';
import { createPreferenceActions, parsePreferences } from './preferences';

const DEFAULTS = {
  layout: 'columns',
  syncScroll: false,
  snapToWords: false,
  hideBoilerplate: false,
  inspectorHidden: false,
};

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('preferences', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('parses what was stored, and gives each missing or malformed preference its default', () => {
    expect(parsePreferences(null)).toEqual(DEFAULTS);
    expect(parsePreferences('not json')).toEqual(DEFAULTS);
    expect(parsePreferences('[1]')).toEqual(DEFAULTS);
    expect(parsePreferences('{"layout":"diagonal","syncScroll":"yes","snapToWords":true}')).toEqual({
      ...DEFAULTS,
      snapToWords: true,
    });
    expect(parsePreferences('{"layout":"grid","inspectorHidden":true}')).toMatchObject({
      layout: 'grid',
      inspectorHidden: true,
    });
  });

  it('loads them into the state, and remembers every change', () => {
    const storage = memoryStorage({ 'collate.preferences': '{"layout":"rows"}' });
    vi.stubGlobal('localStorage', storage);
    const ctx = fakeContext(fakeService());
    const prefs = createPreferenceActions(ctx);
    prefs.loadPreferences();
    expect(ctx.store.get().layout).toBe('rows');
    prefs.toggleInspector();
    prefs.setSyncScroll(true);
    expect(JSON.parse(storage.items.get('collate.preferences')!)).toEqual({
      ...DEFAULTS,
      layout: 'rows',
      inspectorHidden: true,
      syncScroll: true,
    });
  });

  it('still work for the session when storage is refused', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    });
    const ctx = fakeContext(fakeService());
    const prefs = createPreferenceActions(ctx);
    prefs.loadPreferences();
    prefs.setLayout('grid');
    expect(ctx.store.get().layout).toBe('grid');
  });
});
