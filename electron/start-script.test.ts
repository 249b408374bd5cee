import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNeeded, CLI_OUTPUTS, cliBuildNeeded, OUTPUTS } from '../scripts/build-freshness.js';

const root = resolve(import.meta.dirname, '..');

function electronInstalled(): boolean {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  return (
    existsSync(pathFile) &&
    existsSync(join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim()))
  );
}

describe('npm start (scripts/start.js)', () => {
  it.skipIf(electronInstalled())(
    'says in one line to use the browser shell when Electron cannot be downloaded',
    () => {
      const cache = mkdtempSync(join(tmpdir(), 'collate-electron-cache-'));
      try {
        const run = spawnSync(process.execPath, [join(root, 'scripts', 'start.js')], {
          cwd: root,
          encoding: 'utf8',
          timeout: 90_000,
          env: {
            ...process.env,
            // Nothing listens on port 9 (discard): the download fails at once, and an empty cache
            // means no earlier download can be extracted instead.
            ELECTRON_MIRROR: 'http://127.0.0.1:9/',
            electron_config_cache: cache,
            ELECTRON_SKIP_BINARY_DOWNLOAD: '',
          },
        });
        expect(run.status).toBe(1);
        const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain('needs Electron');
        expect(lines[0]).toContain('npx collate serve');
        expect(run.stdout).toBe('');
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    },
    100_000,
  );
});

describe('npm run dist (scripts/dist.ts)', () => {
  it.skipIf(electronInstalled())(
    'says plainly that no installer was made when Electron cannot be downloaded',
    () => {
      const cache = mkdtempSync(join(tmpdir(), 'collate-electron-cache-'));
      try {
        const run = spawnSync(
          process.execPath,
          [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/dist.ts'],
          {
            cwd: root,
            encoding: 'utf8',
            timeout: 90_000,
            env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: cache },
          },
        );
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(
          /^npm run dist needs the Electron \d+\.\d+\.\d+ binary for \w+-\w+, which could not be downloaded/,
        );
        expect(run.stderr).toContain('no installer was made');
        expect(existsSync(join(root, 'dist'))).toBe(false);
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    },
    100_000,
  );
});

describe('building only when needed', () => {
  function project(): string {
    const dir = mkdtempSync(join(tmpdir(), 'collate-freshness-'));
    for (const file of ['src/main.ts', 'electron/main/index.ts', 'src/a.test.ts', 'package.json', ...OUTPUTS]) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), 'x');
    }
    const past = new Date(Date.now() - 60_000);
    for (const file of ['src/main.ts', 'electron/main/index.ts', 'src/a.test.ts', 'package.json'])
      utimesSync(join(dir, file), past, past);
    return dir;
  }

  it('uses a build newer than every source, and rebuilds when a source or the build is missing or newer', () => {
    const dir = project();
    try {
      expect(buildNeeded(dir)).toBeNull();
      // A test file is not built into the app.
      writeFileSync(join(dir, 'src', 'a.test.ts'), 'changed');
      expect(buildNeeded(dir)).toBeNull();
      const future = new Date(Date.now() + 60_000);
      utimesSync(join(dir, 'electron', 'main', 'index.ts'), future, future);
      expect(buildNeeded(dir)).toBe('electron changed since the last build');
      rmSync(join(dir, 'out', 'preload', 'index.cjs'));
      expect(buildNeeded(dir)).toBe('out/preload/index.cjs is missing');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs the CLI's bundle while it is newer than the layers under the renderer", () => {
    const dir = project();
    try {
      expect(cliBuildNeeded(dir)).toBe('out/cli/main.js is missing');
      for (const file of ['src/service/a.ts', 'src/renderer/b.tsx', ...CLI_OUTPUTS]) {
        mkdirSync(join(dir, file, '..'), { recursive: true });
        writeFileSync(join(dir, file), 'x');
      }
      const past = new Date(Date.now() - 60_000);
      utimesSync(join(dir, 'src', 'service', 'a.ts'), past, past);
      const future = new Date(Date.now() + 60_000);
      // The renderer and the desktop shell are not in the CLI.
      utimesSync(join(dir, 'src', 'renderer', 'b.tsx'), future, future);
      utimesSync(join(dir, 'electron', 'main', 'index.ts'), future, future);
      expect(cliBuildNeeded(dir)).toBeNull();
      utimesSync(join(dir, 'src', 'service', 'a.ts'), future, future);
      expect(cliBuildNeeded(dir)).toBe('src/service changed since the last build');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
