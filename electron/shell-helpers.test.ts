import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppUrl, pageOf } from './main/app-url';
import { chooseWorkspace, needsInit, withWorkspace, workspaceArg } from './main/workspace-location';

describe('the workspace the desktop window opens', () => {
  it('takes --workspace first, then COLLATE_WORKSPACE, then <documents>/Collate', () => {
    expect(chooseWorkspace(['.', '--workspace', 'w1'], { COLLATE_WORKSPACE: 'w2' }, '/docs')).toEqual({
      dir: resolve('w1'),
      isDefault: false,
    });
    expect(chooseWorkspace(['.', '--workspace=w1'], {}, '/docs')).toEqual({ dir: resolve('w1'), isDefault: false });
    expect(chooseWorkspace(['.'], { COLLATE_WORKSPACE: 'w2' }, '/docs')).toEqual({
      dir: resolve('w2'),
      isDefault: false,
    });
    expect(chooseWorkspace(['.'], { COLLATE_WORKSPACE: '  ' }, '/docs')).toEqual({
      dir: join('/docs', 'Collate'),
      isDefault: true,
    });
  });

  it('ignores a --workspace without a value', () => {
    expect(workspaceArg(['--workspace'])).toBeUndefined();
    expect(workspaceArg(['--workspace', '--inspect'])).toBeUndefined();
  });

  it('relaunches with the new workspace replacing the old one', () => {
    expect(withWorkspace(['.', '--workspace', 'old', '--x'], '/new')).toEqual(['.', '--x', '--workspace', '/new']);
    expect(withWorkspace(['.', '--workspace=old'], '/new')).toEqual(['.', '--workspace', '/new']);
  });

  const scratch = mkdtempSync(join(tmpdir(), 'collate-shell-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('creates only a missing or empty default folder', () => {
    expect(needsInit(join(scratch, 'missing'))).toBe(true);
    mkdirSync(join(scratch, 'empty'));
    expect(needsInit(join(scratch, 'empty'))).toBe(true);
    mkdirSync(join(scratch, 'full'));
    writeFileSync(join(scratch, 'full', 'notes.txt'), 'x');
    expect(needsInit(join(scratch, 'full'))).toBe(false);
  });
});

describe("the app's own page", () => {
  const page = 'file:///opt/collate/out/renderer/index.html';

  it('is the built index.html, whatever its hash or query', () => {
    expect(isAppUrl(`${page}#/doc/1`, page, undefined)).toBe(true);
    expect(isAppUrl(`${page}?x=1`, page, undefined)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', page, undefined)).toBe(false);
    expect(isAppUrl('https://example.org/', page, undefined)).toBe(false);
    expect(isAppUrl('not a url', page, undefined)).toBe(false);
    expect(pageOf('not a url')).toBeNull();
  });

  it('is the dev server origin in development only', () => {
    expect(isAppUrl('http://localhost:5173/index.html', page, 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', page, 'http://localhost:5173')).toBe(false);
    expect(isAppUrl(page, page, 'http://localhost:5173')).toBe(false);
  });
});
