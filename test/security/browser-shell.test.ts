import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callServer, type Answer } from '../../src/server/test-http';
import { workspaceHandlers } from '../../src/api/workspace-handlers';
import { BodyBudget } from '../../src/server/body-budget';
import { startServer, type RunningServer } from '../../src/server/start-server';
import { initWorkspace } from '../../src/service/init-workspace';
import { tempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';

// Issue #16, item 3 (the page cookie cannot call Collate) and item 8 (bodies held at once are capped).

let folder: ReturnType<typeof tempFolder>;
let service: WorkspaceService;
let server: RunningServer;

const call = (path: string, options?: Parameters<typeof callServer>[2]): Promise<Answer> =>
  callServer(server.port, path, options);

beforeEach(async () => {
  folder = tempFolder();
  const renderer = join(folder.path, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Collate</title>');
  await initWorkspace(join(folder.path, 'ws'));
  service = await WorkspaceService.open(join(folder.path, 'ws'));
  server = await startServer({
    handlers: workspaceHandlers(service),
    rendererDir: renderer,
    bodyBudget: new BodyBudget(1000, 1500),
  });
});

afterEach(async () => {
  await server.close();
  service.close();
  folder.cleanup();
});

describe('the browser shell session', () => {
  it('exchanges the URL token for an HttpOnly, SameSite=Strict page cookie that does not hold the token', async () => {
    const page = await call(`/?token=${server.token}`);
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(server.token);
    const [pair] = cookie.split(';');
    const value = pair!.split('=').slice(1).join('=');
    expect((await call('/', { headers: { cookie: pair! } })).status).toBe(200);
    // Another server on 127.0.0.1 receives this cookie; with it, it still cannot call Collate.
    const asHeader = await call('/api/listDocuments', {
      method: 'POST',
      body: '{}',
      headers: { 'x-collate-token': value },
    });
    const asCookie = await call('/api/listDocuments', { method: 'POST', body: '{}', headers: { cookie: pair! } });
    expect([asHeader.status, asCookie.status]).toEqual([403, 403]);
  });
});

describe('request bodies', () => {
  const post = (bytes: number) =>
    call('/api/listDocuments', {
      method: 'POST',
      body: JSON.stringify({ pad: 'x'.repeat(bytes) }),
      headers: { 'x-collate-token': server.token, 'content-type': 'application/json' },
    });

  it('answers 413 to a body over the limit, with a message, without resetting the connection', async () => {
    const answer = await post(2000);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('answers 413 when the bodies being received at once would pass the total limit', async () => {
    const slow = request({
      host: '127.0.0.1',
      port: server.port,
      path: '/api/listDocuments',
      method: 'POST',
      headers: { host: `127.0.0.1:${server.port}`, 'x-collate-token': server.token, 'content-length': '900' },
    });
    slow.on('error', () => undefined);
    slow.write('{"pad":"');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const answer = await post(700);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toMatch(/busy receiving other large requests/);
    slow.destroy();
    expect((await post(10)).status).toBe(200);
  });

  it('answers 413 from the declared length alone, before any of the body is sent', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const headersOnly = request({
        host: '127.0.0.1',
        port: server.port,
        path: '/api/listDocuments',
        method: 'POST',
        headers: { host: `127.0.0.1:${server.port}`, 'x-collate-token': server.token, 'content-length': '5000' },
      });
      headersOnly.on('response', (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      headersOnly.on('error', reject);
      // The headers go out; not one byte of the 5,000 declared follows.
      headersOnly.flushHeaders();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});
