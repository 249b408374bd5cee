import { request as httpRequest } from 'node:http';
import { expect, test } from './fixtures';

interface Answer {
  status: number;
  body: string;
}

/** A raw HTTP request, so the Host header can be anything (browsers will not let a page set it). */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (token?: string, host?: string) => ({
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    ...(token ? { 'X-Collate-Token': token } : {}),
    ...(host ? { Host: host } : {}),
  },
  body: '{}',
});

test('the browser shell refuses requests without the token or for another host', async ({ shell }) => {
  const { port, token } = shell;
  const tokenQuery = `/?token=${encodeURIComponent(token)}`;

  await test.step('with the token and its own host, it answers', async () => {
    expect((await send(port, tokenQuery)).status).toBe(200);
    const listed = await send(port, '/api/listDocuments', api(token));
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.body)).toMatchObject({ ok: true, value: [] });
  });

  await test.step('without the token: 403', async () => {
    expect((await send(port, '/')).status).toBe(403);
    expect((await send(port, '/api/listDocuments', api())).status).toBe(403);
    expect((await send(port, '/api/listDocuments')).status).toBe(403);
    expect((await send(port, '/api/listDocuments', api('not-the-token'))).status).toBe(403);
  });

  await test.step('Host evil.example (DNS rebinding): 403 even with the token', async () => {
    const evil = `evil.example:${port}`;
    expect((await send(port, tokenQuery, { headers: { Host: evil } })).status).toBe(403);
    expect((await send(port, '/api/listDocuments', api(token, evil))).status).toBe(403);
  });
});
