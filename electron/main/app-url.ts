import { WELCOME_QUERY } from '../../src/api/desktop';

/** Which URLs are the app's own page. Pure, so it is unit-tested without Electron. */

/** Strips search and hash, so `index.html#x` is the same page as `index.html`. */
export function pageOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    parsed.search = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/** Is `url` the app's own page: the built index.html (app://collate/) or, in development, the dev server's origin. */
export function isAppUrl(url: string, appPage: string, devUrl: string | undefined): boolean {
  if (devUrl) {
    try {
      return new URL(url).origin === new URL(devUrl).origin;
    } catch {
      return false;
    }
  }
  return pageOf(url) === pageOf(appPage);
}

/**
 * The dev server's URL (electron-vite sets ELECTRON_RENDERER_URL in `electron-vite dev`): honoured only
 * when the app is not packaged and the URL is http(s) on this machine.
 */
export function devRendererUrl(
  isPackaged: boolean,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const url = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !url) return undefined;
  try {
    const parsed = new URL(url);
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
    return local && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The app's page as the welcome window loads it (`?window=welcome`); the same page for the sender check. */
export function welcomeUrl(page: string): string {
  const url = new URL(page);
  url.searchParams.set(WELCOME_QUERY.name, WELCOME_QUERY.value);
  return url.href;
}
