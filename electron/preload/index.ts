import { contextBridge, ipcRenderer } from 'electron';
import { methods } from '../../src/api/contract';
import { SAVE_REPORT_PDF_CHANNEL } from '../../src/api/desktop';
import { CALL_CHANNEL } from '../../src/api/envelope';

/**
 * The renderer's only door to the service: one function per contract method, each one `invoke` on
 * the single CALL_CHANNEL (src/api/envelope.ts). ipcRenderer itself is never exposed. The main process
 * parses every argument against the contract, and the renderer parses every answer (src/api/make-api.ts).
 * Beside it, `collateDesktop.saveReportPdf` is the one desktop-only call (src/api/desktop.ts).
 */
const api: Record<string, (args?: unknown) => Promise<unknown>> = {};
for (const name of methods) {
  api[name] = (args?: unknown) => ipcRenderer.invoke(CALL_CHANNEL, name, args ?? {});
}

contextBridge.exposeInMainWorld('collate', Object.freeze(api));

// The desktop shell's one addition: the report printed to a PDF by Electron, where the user picks.
contextBridge.exposeInMainWorld(
  'collateDesktop',
  Object.freeze({
    // Only a string crosses as the title; the main process parses it (SaveReportPdfArgs).
    saveReportPdf: (title?: unknown) =>
      ipcRenderer.invoke(SAVE_REPORT_PDF_CHANNEL, typeof title === 'string' ? { title } : {}),
  }),
);
