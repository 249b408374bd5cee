import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callServer, type Answer } from './test-http';
import { initWorkspace } from '../service/init-workspace';
import { tempFolder } from '../service/test-workspace';
import { WorkspaceService } from '../service/workspace-service';
import { startServer, type RunningServer } from './start-server';
import { workspaceHandlers } from '../api/workspace-handlers';

let folder: ReturnType<typeof tempFolder>;
let service: WorkspaceService;
let server: RunningServer;

const call = (path: string, options?: Parameters<typeof callServer>[2]): Promise<Answer> =>
  callServer(server.port, path, options);

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  call(`/api/${method}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'x-collate-token': server.token, 'content-type': 'application/json', ...headers },
  });

beforeEach(async () => {
  folder = tempFolder();
  const renderer = join(folder.path, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Collate</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(folder.path, 'secret.txt'), 'outside');
  await initWorkspace(join(folder.path, 'ws'));
  service = await WorkspaceService.open(join(folder.path, 'ws'));
  server = await startServer({ handlers: workspaceHandlers(service), rendererDir: renderer });
});

afterEach(async () => {
  await server.close();
  service.close();
  folder.cleanup();
});

describe('browser shell server', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the page with the token and sets a strict cookie and CSP', async () => {
    const answer = await call(`/?token=${server.token}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<title>Collate</title>');
    expect(String(answer.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
    const cookie = String(answer.headers['set-cookie']).split(';')[0]!;
    expect((await call('/assets/app.js', { headers: { cookie } })).status).toBe(200);
  });

  it('refuses requests without the token, or with a wrong one', async () => {
    expect((await call('/')).status).toBe(403);
    expect((await call('/assets/app.js')).status).toBe(403);
    expect((await call('/?token=wrong')).status).toBe(403);
    const noToken = await call('/api/listDocuments', { method: 'POST', body: '{}' });
    expect(noToken.status).toBe(403);
    expect(noToken.body).toContain('lacks the token');
  });

  it('refuses a foreign Host header (DNS rebinding) and a cross-site Origin', async () => {
    const rebinding = await call(`/?token=${server.token}`, { headers: { host: `evil.example:${server.port}` } });
    expect(rebinding.status).toBe(403);
    expect(rebinding.body).toContain('127.0.0.1');
    expect((await api('listDocuments', {}, { host: 'evil.example' })).status).toBe(403);
    expect((await api('listDocuments', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('listDocuments', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await api('listDocuments', {}, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('does not accept the cookie alone for API calls', async () => {
    const cookie = String((await call(`/?token=${server.token}`)).headers['set-cookie']).split(';')[0]!;
    expect((await call('/api/listDocuments', { method: 'POST', body: '{}', headers: { cookie } })).status).toBe(403);
  });

  it('serves nothing outside the built renderer', async () => {
    const headers = { 'x-collate-token': server.token };
    expect((await call('/../secret.txt', { headers })).status).toBe(404);
    expect((await call('/%2e%2e/secret.txt', { headers })).status).toBe(404);
  });

  it('answers the contract: import, annotate, list, with parsed arguments', async () => {
    const imported = JSON.parse(
      (
        await api('importFiles', {
          files: [{ name: 'a.txt', dataBase64: Buffer.from('A claim here').toString('base64') }],
        })
      ).body,
    );
    expect(imported).toMatchObject({ ok: true, value: [{ status: 'imported', file: 'a.txt' }] });
    const documentId = imported.value[0].document.id;
    const created = JSON.parse((await api('createAnnotation', { documentId, label: 'Claim', start: 2, end: 7 })).body);
    expect(created).toMatchObject({ ok: true, value: { quote: 'claim' } });
    const bad = JSON.parse((await api('createAnnotation', { documentId, label: 'Claim', start: -1 })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(JSON.parse((await api('noSuchMethod', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    expect(
      (await call('/api/listDocuments', { method: 'POST', body: '{', headers: { 'x-collate-token': server.token } }))
        .status,
    ).toBe(400);
  });
});
