import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_PAGE, appFilePath, serveAppRequest } from '../../electron/main/app-protocol';
import { devRendererUrl } from '../../electron/main/app-url';
import { externalTarget, openExternally } from '../../electron/main/open-external';
import { PRINT_POLICY, PrintPages } from '../../electron/main/print-page';
import { CONTENT_SECURITY_POLICY } from '../../src/core/content-security-policy';
import { tempFolder } from '../../src/service/test-workspace';

// Issue #16, item 7: the desktop renderer comes from app://collate/ (out/renderer only, with the CSP),
// a packaged app ignores ELECTRON_RENDERER_URL, and links leave the app only as https/mailto, asked first.

let folder: ReturnType<typeof tempFolder>;
let root: string;

beforeEach(() => {
  folder = tempFolder();
  root = join(folder.path, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Collate</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(folder.path, 'secret.txt'), 'secret');
});

afterEach(() => folder.cleanup());

describe('the app:// protocol', () => {
  it('serves the page and its assets with their type and the CSP header', async () => {
    const page = await serveAppRequest({ url: APP_PAGE, method: 'GET' }, root);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Collate</title>');
    const script = await serveAppRequest({ url: 'app://collate/assets/app.js?v=1#x', method: 'GET' }, root);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await serveAppRequest({ url: 'app://collate/', method: 'GET' }, root)).status).toBe(200);
  });

  it.each([
    'app://collate/../secret.txt',
    'app://collate/%2e%2e/secret.txt',
    'app://collate/assets/%2E%2E/%2E%2E/secret.txt',
    'app://collate/..%2fsecret.txt',
    'app://collate/..%5csecret.txt',
    'app://collate/%00index.html',
    'app://collate/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://collate/index.html',
  ])('refuses %s', async (url) => {
    const answer = await serveAppRequest({ url, method: 'GET' }, root);
    expect(answer.status).toBe(404);
    expect(await answer.text()).not.toContain('secret');
  });

  it('refuses a link inside out/renderer that leads out of it', async () => {
    symlinkSync(join(folder.path, 'secret.txt'), join(root, 'assets', 'leak.js'));
    const answer = await serveAppRequest({ url: 'app://collate/assets/leak.js', method: 'GET' }, root);
    expect(answer.status).toBe(404);
    expect(await answer.text()).not.toContain('secret');
  });

  it('answers only GET and HEAD', async () => {
    expect((await serveAppRequest({ url: APP_PAGE, method: 'POST' }, root)).status).toBe(405);
  });

  it('keeps every path it resolves under the root', () => {
    expect(appFilePath('app://collate/assets/app.js', root)).toBe(join(root, 'assets', 'app.js'));
    // The URL parser clamps dot segments at the root: this names renderer/secret.txt, not the folder above.
    expect(appFilePath('app://collate/a/../../secret.txt', root)).toBe(join(root, 'secret.txt'));
  });
});

describe('the dev server URL', () => {
  it('is ignored by a packaged app, and must be http(s) on this machine', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    expect(devRendererUrl(false, env)).toBe('http://localhost:5173/');
    expect(devRendererUrl(true, env)).toBeUndefined();
    expect(devRendererUrl(false, { ELECTRON_RENDERER_URL: 'https://evil.example/' })).toBeUndefined();
    expect(devRendererUrl(false, { ELECTRON_RENDERER_URL: 'file:///tmp/x.html' })).toBeUndefined();
    expect(devRendererUrl(false, {})).toBeUndefined();
  });
});

describe('links that leave the app', () => {
  it('allows https and mailto only', () => {
    expect(externalTarget('https://example.org/a')).toBe('https://example.org/a');
    expect(externalTarget('mailto:a@b.example')).toBe('mailto:a@b.example');
    for (const url of [
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'app://collate/',
      'x',
    ])
      expect(externalTarget(url), url).toBeNull();
  });

  it('asks first and opens only on yes', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openExternally('https://example.org/', { confirm: async () => false, open })).toBe(false);
    expect(open).not.toHaveBeenCalled();
    const confirm = vi.fn(async () => true);
    expect(await openExternally('https://example.org/', { confirm, open })).toBe(true);
    expect(confirm).toHaveBeenCalledWith('https://example.org/');
    expect(open).toHaveBeenCalledWith('https://example.org/');
    expect(await openExternally('file:///etc/passwd', { confirm, open })).toBe(false);
    expect(confirm).toHaveBeenCalledTimes(1);
  });
});

describe('the PDF printer’s page', () => {
  it('is served from memory over app://print/ under a policy that loads nothing, once', async () => {
    const pages = new PrintPages();
    const url = pages.add('<!doctype html><html><head><title>Report</title></head><body>x</body></html>');
    expect(url).toMatch(/^app:\/\/print\/[0-9a-f-]{36}\.html$/);
    const page = pages.serve({ url, method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(PRINT_POLICY);
    expect(PRINT_POLICY).toMatch(/^default-src 'none';/);
    expect(await page.text()).toContain(`<head><meta http-equiv="Content-Security-Policy" content="${PRINT_POLICY}">`);
    expect(pages.serve({ url: url.replace('print', 'collate'), method: 'GET' }).status).toBe(404);
    expect(pages.serve({ url: 'app://print/other.html', method: 'GET' }).status).toBe(404);
    expect(pages.serve({ url, method: 'POST' }).status).toBe(404);
    pages.remove(url);
    expect(pages.serve({ url, method: 'GET' }).status).toBe(404);
  });

  it('and every other page of the main process, never come from file:', () => {
    const main = join(import.meta.dirname, '..', '..', 'electron', 'main');
    for (const name of readdirSync(main).filter((file) => file.endsWith('.ts'))) {
      const source = readFileSync(join(main, name), 'utf8');
      expect(source, name).not.toMatch(/\.loadFile\(|pathToFileURL|['"`]file:\/\//);
    }
  });
});
