import { makeApi } from '../../api/make-api';
import type { CollateApi } from '../../api/client';
import { takeSessionToken } from './session-token';
import { electronTransport, httpTransport } from './transport';

/** The one way the renderer reaches the service: the preload bridge if present, else HTTP. */
export function connectApi(): CollateApi {
  if (window.collate) return makeApi(electronTransport(window.collate));
  const token = takeSessionToken({
    href: window.location.href,
    storage: window.sessionStorage,
    replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
  });
  return makeApi(httpTransport(token));
}
