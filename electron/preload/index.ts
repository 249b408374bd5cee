import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { methods } from '../../src/api/contract';
import {
  GET_PREFERENCES_CHANNEL,
  IMPORT_FILES_CHANNEL,
  MENU_COMMAND_CHANNEL,
  NATIVE_EDIT_CHANNEL,
  PREFERENCES_CHANGED_CHANNEL,
  SAVE_REPORT_PDF_CHANNEL,
  SET_PREFERENCES_CHANNEL,
  WELCOME_CHANNEL,
} from '../../src/api/desktop';
import { CALL_CHANNEL } from '../../src/api/envelope';

/**
 * The renderer's only door to the service: one function per contract method, each one `invoke` on
 * the single CALL_CHANNEL (src/api/envelope.ts). ipcRenderer itself is never exposed. The main process
 * parses every argument against the contract, and the renderer parses every answer (src/api/make-api.ts).
 * Beside it, `collateDesktop` holds what only the desktop shell offers (src/api/desktop.ts).
 */
const api: Record<string, (args?: unknown) => Promise<unknown>> = {};
for (const name of methods) {
  api[name] = (args?: unknown) => ipcRenderer.invoke(CALL_CHANNEL, name, args ?? {});
}

contextBridge.exposeInMainWorld('collate', Object.freeze(api));

/** Listens to one main → renderer channel; the listener gets the payload only, never the event. Returns the way to stop. */
function listen(channel: string) {
  return (listener: (payload: unknown) => void): (() => void) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => void ipcRenderer.removeListener(channel, forward);
  };
}

contextBridge.exposeInMainWorld(
  'collateDesktop',
  Object.freeze({
    // Only a string crosses as the title; the main process parses it (SaveReportPdfArgs).
    saveReportPdf: (title?: unknown) =>
      ipcRenderer.invoke(SAVE_REPORT_PDF_CHANNEL, typeof title === 'string' ? { title } : {}),
    getPreferences: () => ipcRenderer.invoke(GET_PREFERENCES_CHANNEL, {}),
    setPreferences: (patch: unknown) => ipcRenderer.invoke(SET_PREFERENCES_CHANNEL, patch),
    nativeEdit: (edit: unknown) => ipcRenderer.invoke(NATIVE_EDIT_CHANNEL, edit),
    // The welcome window's requests; main parses them and serves only the welcome window.
    welcome: (request: unknown) => ipcRenderer.invoke(WELCOME_CHANNEL, request),
    onMenuCommand: listen(MENU_COMMAND_CHANNEL),
    onImportFiles: listen(IMPORT_FILES_CHANNEL),
    onPreferencesChanged: listen(PREFERENCES_CHANGED_CHANNEL),
  }),
);
