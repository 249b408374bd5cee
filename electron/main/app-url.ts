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

/** Is `url` the app's own page: the built index.html (file:) or, in development, the dev server's origin. */
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
