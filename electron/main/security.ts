import { dialog, shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../src/core/content-security-policy';
import { isAppUrl } from './app-url';
import { openExternally } from './open-external';

// The one policy both shells enforce, also in the renderer's <meta http-equiv="Content-Security-Policy">.
export { CONTENT_SECURITY_POLICY };

/**
 * With the dev server (ELECTRON_RENDERER_URL), Vite's client needs its websocket and React's refresh
 * preamble is an inline script; nothing else is relaxed, and a built app never takes this branch.
 */
function devPolicy(devUrl: string): string {
  const ws = devUrl.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${ws}`,
  );
}

/** Only https and mailto links leave the app, and only once the user says so. */
function askThenOpen(url: string): void {
  void openExternally(url, {
    confirm: async (target) => {
      const answer = await dialog.showMessageBox({
        type: 'question',
        buttons: ['Open', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: 'Open this link outside Collate?',
        detail: target,
      });
      return answer.response === 0;
    },
    open: (target) => shell.openExternal(target),
  }).catch(() => undefined);
}

export function hardenSession(session: Session, devUrl: string | undefined): void {
  const policy = devUrl ? devPolicy(devUrl) : CONTENT_SECURITY_POLICY;
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders = { ...details.responseHeaders };
    for (const key of Object.keys(responseHeaders)) {
      if (key.toLowerCase() === 'content-security-policy') delete responseHeaders[key];
    }
    responseHeaders['Content-Security-Policy'] = [policy];
    callback({ responseHeaders });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** The window shows the app's page and nothing else: no navigation, no new windows, no webviews. */
export function hardenContents(contents: WebContents, appPage: string, devUrl: string | undefined): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, appPage, devUrl)) return;
    event.preventDefault();
    askThenOpen(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appPage, devUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    askThenOpen(url);
    return { action: 'deny' };
  });
}
