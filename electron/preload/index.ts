import { contextBridge, ipcRenderer } from 'electron';
import { methods } from '../../src/api/contract';

/**
 * The renderer's only door to the service: one function per contract method, each one `invoke` on
 * the single `collate:call` channel. ipcRenderer itself is never exposed. The main process parses every
 * argument against the contract, and the renderer parses every answer (src/api/make-api.ts).
 */
const CALL_CHANNEL = 'collate:call';

const api: Record<string, (args?: unknown) => Promise<unknown>> = {};
for (const name of methods) {
  api[name] = (args?: unknown) => ipcRenderer.invoke(CALL_CHANNEL, name, args ?? {});
}

contextBridge.exposeInMainWorld('collate', Object.freeze(api));
