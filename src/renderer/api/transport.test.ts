import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeApi } from '../../api/make-api';
import { electronTransport, httpTransport } from './transport';

afterEach(() => vi.unstubAllGlobals());

describe('httpTransport', () => {
  it('posts JSON with the token and reads the envelope, also on HTTP errors', async () => {
    const fetchMock = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response(JSON.stringify({ ok: false, error: { code: 'forbidden', message: 'Bad token' } }), {
          status: 403,
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const api = makeApi(httpTransport('t0k'));
    const result = await api.listDocuments({});
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'Bad token' } });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/listDocuments');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['X-Collate-Token']).toBe('t0k');
    expect(init.body).toBe('{}');
  });

  it('names the HTTP status when the body is not JSON', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>oops</html>', { status: 502, statusText: 'Bad Gateway' }));
    const result = await makeApi(httpTransport(null)).listDocuments({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('502');
  });
});

describe('electronTransport', () => {
  it('calls the bridge function of the method', async () => {
    const api = makeApi(electronTransport({ listDocuments: async () => ({ ok: true, value: [] }) }));
    expect(await api.listDocuments({})).toEqual({ ok: true, value: [] });
    const missing = await api.getWorkspace({});
    expect(missing.ok).toBe(false);
  });
});
