import { describe, expect, it } from 'vitest';
import { takeSessionToken, TOKEN_STORAGE_KEY } from './session-token';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('takeSessionToken', () => {
  it('stores the URL token and strips it from the address', () => {
    const storage = memoryStorage();
    let replaced = '';
    const token = takeSessionToken({
      href: 'http://127.0.0.1:5000/?token=abc&x=1#h',
      storage,
      replaceUrl: (u) => (replaced = u),
    });
    expect(token).toBe('abc');
    expect(storage.getItem(TOKEN_STORAGE_KEY)).toBe('abc');
    expect(replaced).toBe('/?x=1#h');
  });

  it('falls back to the stored token after a reload', () => {
    const storage = memoryStorage();
    storage.setItem(TOKEN_STORAGE_KEY, 'kept');
    const token = takeSessionToken({ href: 'http://127.0.0.1:5000/', storage, replaceUrl: () => {} });
    expect(token).toBe('kept');
  });
});
