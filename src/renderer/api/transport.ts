import type { Method } from '../../api/contract';
import { API_PATH } from '../../api/envelope';
import type { Transport } from '../../api/make-api';

type Bridge = Partial<Record<Method, (args: unknown) => Promise<unknown>>>;

declare global {
  interface Window {
    /** Set by the Electron preload: one async function per contract method. */
    collate?: Bridge;
  }
}

export function electronTransport(bridge: Bridge): Transport {
  return async (method, args) => {
    const call = bridge[method];
    if (typeof call !== 'function') {
      return { ok: false, error: { code: 'unknown-method', message: `The desktop shell does not offer ${method}.` } };
    }
    return call(args);
  };
}

/** The browser shell: POST /api/<method>; the body is the Result envelope, even on HTTP errors. */
export function httpTransport(token: string | null): Transport {
  return async (method, args) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers['X-Collate-Token'] = token;
    const response = await fetch(`${API_PATH}${method}`, { method: 'POST', headers, body: JSON.stringify(args ?? {}) });
    try {
      return (await response.json()) as unknown;
    } catch {
      return {
        ok: false,
        error: {
          code: 'http',
          message: `The service answered ${method} with HTTP ${response.status} ${response.statusText}`.trim(),
        },
      };
    }
  };
}
