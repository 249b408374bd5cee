import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Handlers } from '../../src/api/handlers';
import { dispatch } from '../../src/api/dispatch';
import { CALL_CHANNEL } from '../../src/api/envelope';
import { fail, type Result } from '../../src/core/result';
import { isAppUrl } from './app-url';

/** Which windows and page may call the main process. */
export interface SenderCheck {
  /** The workspace window showing these contents, if it is one of ours. */
  windowOf: (contents: WebContents) => BrowserWindow | undefined;
  appPage: string;
  devUrl: string | undefined;
}

export interface IpcContext extends SenderCheck {
  /** The handlers of the workspace open in the sender's window. */
  handlersOf: (contents: WebContents) => Handlers | null;
}

/** A call is served only from the main frame of one of our windows while it shows our own page. */
export function trustedSender(event: IpcMainInvokeEvent, context: SenderCheck): boolean {
  const window = context.windowOf(event.sender);
  const frame = event.senderFrame;
  if (!window || window.isDestroyed() || !frame) return false;
  if (event.sender !== window.webContents || frame !== window.webContents.mainFrame) return false;
  return isAppUrl(frame.url, context.appPage, context.devUrl);
}

/** The only ipcMain handler in the app. The arguments are parsed by dispatch, against the contract. */
export function registerIpc(context: IpcContext): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, args: unknown): Promise<Result<unknown>> => {
    if (!trustedSender(event, context)) return fail('forbidden', 'This call did not come from the Collate window.');
    const handlers = context.handlersOf(event.sender);
    if (!handlers) return fail('no-workspace', 'No workspace is open.');
    if (typeof method !== 'string') return fail('unknown-method', 'The method name must be a string.');
    return dispatch(handlers, method, args);
  });
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}
