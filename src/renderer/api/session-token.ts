export const TOKEN_STORAGE_KEY = 'collate.token';

interface TokenEnvironment {
  readonly href: string;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** Replaces the address bar's URL without reloading. */
  readonly replaceUrl: (url: string) => void;
}

/**
 * The browser shell hands the session token in `?token=`: keep it for this tab's session and take
 * it out of the address bar so it is not shared or bookmarked. After a reload it comes from storage.
 */
export function takeSessionToken(env: TokenEnvironment): string | null {
  const url = new URL(env.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    env.storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    env.replaceUrl(url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return env.storage.getItem(TOKEN_STORAGE_KEY);
}
