import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../src/core/content-security-policy';

/** The renderer is served from `app://collate/…`, never from file:, so it has an origin of its own. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'collate';
export const APP_PAGE = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** What `protocol.registerSchemesAsPrivileged` is given, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

/** The file under `root` an `app://collate/…` URL names, or null for another host or a path that leaves root. */
export function appFilePath(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) return null;
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(resolve(root), file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? file : null;
}

const refusal = (status: number, text: string): Response =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** Answers one `app:` request with a file of root (links that lead out of it refused), under the app's CSP. */
export async function serveAppRequest(request: { url: string; method?: string }, root: string): Promise<Response> {
  if (request.method && request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Not allowed');
  const file = appFilePath(request.url, root);
  if (!file) return refusal(404, 'Not found');
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + sep)) return refusal(404, 'Not found');
    const bytes = await readFile(realFile);
    return new Response(bytes, {
      headers: {
        'Content-Type': TYPES[extname(realFile).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return refusal(404, 'Not found');
  }
}

/** The parts of Electron's `protocol` module used here, so tests can stand in for it. */
export interface ProtocolLike {
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}

/** Serves `app://collate/` from root (call once the app is ready). */
export function serveApp(protocol: ProtocolLike, root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, root));
}
