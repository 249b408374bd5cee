import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppUrl, pageOf } from './main/app-url';
import {
  launchTargets,
  needsInit,
  openTargetOf,
  openTargetsInArgs,
  workspaceRootOf,
  workspacesInArgs,
} from './main/workspace-location';

const scratch = mkdtempSync(join(tmpdir(), 'collate-shell-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the workspaces a command line names', () => {
  it('takes --workspace first, then COLLATE_WORKSPACE, else nothing (the welcome window lists the recents)', () => {
    expect(launchTargets(['.', '--workspace', 'w1'], { COLLATE_WORKSPACE: 'w2' })).toEqual([{ dir: resolve('w1') }]);
    expect(launchTargets(['.', '--workspace=w1'], {})).toEqual([{ dir: resolve('w1') }]);
    expect(launchTargets(['.'], { COLLATE_WORKSPACE: 'w2' })).toEqual([{ dir: resolve('w2') }]);
    expect(launchTargets(['.'], { COLLATE_WORKSPACE: '  ' })).toEqual([]);
    expect(launchTargets(['.'], {})).toEqual([]);
  });

  it('reads several workspaces, bundles and manifests, against the launch directory, once each', () => {
    expect(
      workspacesInArgs(
        [
          '/opt/Collate/collate',
          '--workspace',
          'a',
          '--no-sandbox',
          'Study.collate',
          '/w/b/collate.json',
          '--workspace=a',
          'notes.txt',
          '.collate',
        ],
        '/home/ana',
      ),
    ).toEqual(['/home/ana/a', '/home/ana/Study.collate', '/w/b']);
    expect(workspaceRootOf('/w/b/collate.json')).toBe('/w/b');
    expect(workspaceRootOf('/w/Study.collate/')).toBe('/w/Study.collate');
  });

  it('opens a collate.json handed over by the file manager as its folder, and refuses another JSON file, naming it', () => {
    expect(openTargetOf('/w/b/collate.json')).toEqual({ dir: '/w/b' });
    expect(openTargetOf('b/collate.json', '/home/ana')).toEqual({ dir: '/home/ana/b' });
    expect(openTargetOf('/w/Study.collate')).toEqual({ dir: '/w/Study.collate' });
    expect(openTargetOf('/w/b/package.JSON')).toEqual({
      refused: expect.stringMatching(/^\/w\/b\/package\.JSON is not a workspace's collate\.json/),
    });
    expect(openTargetsInArgs(['/opt/Collate/collate', 'data.json', '/w/b/collate.json'], '/home/ana')).toEqual([
      { refused: expect.stringContaining('/home/ana/data.json') },
      { dir: '/w/b' },
    ]);
  });

  it('ignores a --workspace without a value', () => {
    expect(workspacesInArgs(['--workspace'])).toEqual([]);
    expect(workspacesInArgs(['--workspace', '--inspect'])).toEqual([]);
  });

  it('makes only a missing or empty folder a new workspace', () => {
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
