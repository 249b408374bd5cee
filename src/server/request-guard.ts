import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-collate-token';

/** What the browser shell accepts: loopback Host, same-origin requests, and the run's token. */
export interface Guard {
  port: number;
  token: string;
  /** The page cookie's value: it loads pages, never the API, so a cookie leaked to another port is useless. */
  pageKey: string;
}

export type Verdict = { allowed: true; viaQuery: boolean } | { allowed: false; status: number; reason: string };

const sameToken = (given: string | undefined, token: string): boolean => {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

export const cookieName = (port: number): string => `collate_page_${port}`;

function cookieToken(request: IncomingMessage, port: number): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName(port)) return value.join('=');
  }
  return undefined;
}

/**
 * Checks one request. The Host header defeats DNS rebinding; Origin and Sec-Fetch-Site refuse other
 * sites; the token proves the caller got the URL Collate printed. Pages may carry the token in the
 * URL, or the page cookie it is exchanged for; API calls must send the token in a header, which no
 * other site can. Browsers send cookies to every port of 127.0.0.1, so the cookie never holds the
 * token: the renderer keeps it in sessionStorage, which is per origin, port included.
 */
export function checkRequest(request: IncomingMessage, url: URL, guard: Guard): Verdict {
  const allowedHosts = [`127.0.0.1:${guard.port}`, `localhost:${guard.port}`];
  if (!allowedHosts.includes(request.headers.host ?? '')) {
    return { allowed: false, status: 403, reason: 'Forbidden: Collate only answers requests addressed to 127.0.0.1.' };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
    return { allowed: false, status: 403, reason: 'Forbidden: cross-origin requests are refused.' };
  }
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    return { allowed: false, status: 403, reason: 'Forbidden: cross-site requests are refused.' };
  }
  const isApi = url.pathname.startsWith('/api/');
  const header = request.headers[TOKEN_HEADER];
  if (sameToken(typeof header === 'string' ? header : undefined, guard.token))
    return { allowed: true, viaQuery: false };
  if (!isApi) {
    if (sameToken(url.searchParams.get('token') ?? undefined, guard.token)) return { allowed: true, viaQuery: true };
    if (sameToken(cookieToken(request, guard.port), guard.pageKey)) return { allowed: true, viaQuery: false };
  }
  return {
    allowed: false,
    status: 403,
    reason: 'Forbidden: this request lacks the token. Open the exact URL that "collate serve" printed.',
  };
}
