import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../api/dispatch';
import { API_PATH } from '../api/envelope';
import type { Handlers } from '../api/handlers';
import { CollateError } from '../core/collate-error';
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy';
import { BodyBudget } from './body-budget';
import { checkRequest, cookieName } from './request-guard';
import { readStaticFile } from './static-files';

/** Where `npm run build` puts the renderer. */
export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

const LOOPBACK = '127.0.0.1';

export interface ServerOptions {
  handlers: Handlers;
  port?: number;
  rendererDir?: string;
  /** Limits on request bodies; tests give small ones. */
  bodyBudget?: BodyBudget;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(body);
}

const sendJson = (response: ServerResponse, status: number, value: unknown): void =>
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));

/**
 * The browser shell: the built renderer and the API contract over HTTP, bound to 127.0.0.1 only,
 * guarded by a per-run token and a Host check.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  if (!existsSync(`${rendererDir}/index.html`)) {
    throw new CollateError(
      'not-built',
      `The user interface is not built (${rendererDir} is missing). Run "npm run build" first.`,
    );
  }
  const token = randomBytes(24).toString('base64url');
  // The page cookie only lets the browser load Collate's pages; it can never call the API.
  const pageKey = randomBytes(24).toString('base64url');
  const bodies = options.bodyBudget ?? new BodyBudget();
  let port = 0;

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', `http://${LOOPBACK}`);
      const verdict = checkRequest(request, url, { port, token, pageKey });
      if (!verdict.allowed) return send(response, verdict.status, 'text/plain; charset=utf-8', verdict.reason + '\n');

      if (url.pathname.startsWith(API_PATH)) {
        if (request.method !== 'POST')
          return sendJson(response, 405, { ok: false, error: { code: 'method', message: 'Use POST.' } });
        const read = await bodies.read(request);
        if (!read.ok) return sendJson(response, 413, { ok: false, error: { code: 'too-large', message: read.reason } });
        let args: unknown;
        try {
          args = read.body.trim() === '' ? {} : JSON.parse(read.body);
        } catch {
          return sendJson(response, 400, {
            ok: false,
            error: { code: 'bad-request', message: 'The request body is not valid JSON.' },
          });
        }
        const result = await dispatch(options.handlers, url.pathname.slice(API_PATH.length), args);
        return sendJson(response, 200, result);
      }

      if (request.method !== 'GET' && request.method !== 'HEAD')
        return send(response, 405, 'text/plain', 'Method not allowed\n');
      const file = await readStaticFile(rendererDir, url.pathname);
      if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found\n');
      const headers: Record<string, string> = {
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Frame-Options': 'DENY',
      };
      if (verdict.viaQuery) headers['Set-Cookie'] = `${cookieName(port)}=${pageKey}; HttpOnly; SameSite=Strict; Path=/`;
      return send(response, 200, file.type, request.method === 'HEAD' ? '' : file.body, headers);
    } catch (error) {
      if (!response.headersSent)
        send(
          response,
          500,
          'text/plain',
          `Internal error: ${error instanceof Error ? error.message : String(error)}\n`,
        );
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new CollateError(
          'listen-failed',
          error.code === 'EADDRINUSE'
            ? `Port ${options.port} is already in use; choose another with --port.`
            : `Could not listen: ${error.message}`,
        ),
      ),
    );
    server.listen(options.port ?? 0, LOOPBACK, resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${LOOPBACK}:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
